-- The still-live check of jobs posted by hand with an external apply URL. Per job: when it
-- was last checked (the oldest go first), its flag (the page answered "gone": the URL, the
-- status and when), and the URL its employer said is fine, whose "gone" answers are then
-- ignored until the job's URL changes.
create table still_live_job (
    job_id           bigint         primary key references job (id) on delete cascade,
    last_checked_at  timestamptz    not null,
    flag_url         varchar(1000),
    flag_status      integer,
    flagged_at       timestamptz,
    dismissed_url    varchar(1000),
    dismissed_at     timestamptz
);
create index still_live_job_flagged on still_live_job (flagged_at) where flagged_at is not null;

-- Every check: the URL asked, the final HTTP status (none after a time-out, a DNS failure or a
-- refused address) and the verdict (LIVE, GONE, UNKNOWN, DISALLOWED by robots.txt).
create table still_live_check (
    id           bigserial      primary key,
    job_id       bigint         not null references job (id) on delete cascade,
    url          varchar(1000)  not null,
    checked_at   timestamptz    not null,
    http_status  integer,
    verdict      varchar(16)    not null,
    detail       varchar(500)
);
create index still_live_check_job on still_live_check (job_id, id desc);
create index still_live_check_time on still_live_check (checked_at);

-- Each site's robots.txt as last fetched, shared by every node and kept for a day.
create table still_live_robots (
    origin       varchar(300)   primary key,
    fetched_at   timestamptz    not null,
    http_status  integer        not null,
    body         text           not null
);
