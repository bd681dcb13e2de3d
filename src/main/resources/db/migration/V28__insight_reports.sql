-- The market insights of a day per filter, computed once (the daily task or the first request for a
-- combination) and read by every node. Days before the last complete run are deleted.
create table insight_report (
    filter_key  varchar(200) not null,
    day         date         not null,
    report      jsonb        not null,
    computed_at timestamptz  not null default now(),
    primary key (filter_key, day)
);
create index insight_report_day_idx on insight_report (day);
