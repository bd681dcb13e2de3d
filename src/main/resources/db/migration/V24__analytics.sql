-- Analytics: raw events (no personal data: no IP address, no user agent, no account), kept
-- for backboard.analytics.retention, and their daily sums, kept for good.
create table analytics_event (
    id              bigserial    primary key,
    occurred_at     timestamptz  not null,
    type            varchar(16)  not null,
    source          varchar(8),
    job_id          bigint,
    company_id      bigint,
    query           varchar(500),
    filters         varchar(2000),
    result_count    bigint,
    -- Waiting to be sent to the analytics platform; only set while forwarding is on.
    forward_pending boolean      not null default false
);
create index analytics_event_occurred on analytics_event (occurred_at);
create index analytics_event_company on analytics_event (company_id, occurred_at) where company_id is not null;
create index analytics_event_forward on analytics_event (id) where forward_pending;

create table analytics_daily (
    day         date         not null,
    type        varchar(16)  not null,
    source      varchar(8)   not null,
    job_id      bigint       not null,
    company_id  bigint       not null,
    events      bigint       not null,
    no_results  bigint       not null,
    primary key (day, type, source, job_id, company_id)
);
create index analytics_daily_company on analytics_daily (company_id, day);

create table analytics_daily_query (
    day         date          not null,
    query       varchar(500)  not null,
    searches    bigint        not null,
    no_results  bigint        not null,
    primary key (day, query)
);

-- The last whole day summed into the daily tables; later days are read from the raw events.
create table analytics_aggregation (
    id       int   primary key check (id = 1),
    through  date
);
insert into analytics_aggregation (id, through) values (1, null);
