-- Sources a company imports its jobs from: an ATS job board (Greenhouse board token, Lever
-- site name, Ashby job board name) or a feed URL in the aggregator XML format. A node claims
-- a due source with SKIP LOCKED until claimed_until, so two nodes never sync one at once.
create table import_source (
    id                    bigserial      primary key,
    company_id            bigint         not null references company (id) on delete cascade,
    vendor                varchar(20)    not null,
    reference             varchar(2000)  not null,
    apply_on_backboard    boolean        not null default false,
    edit_policy           varchar(20)    not null,
    interval_minutes      integer        not null,
    enabled               boolean        not null default true,
    next_sync_at          timestamptz    not null,
    claimed_until         timestamptz,
    consecutive_failures  integer        not null default 0,
    failure_mailed_at     timestamptz,
    last_synced_at        timestamptz,
    created_at            timestamptz    not null,
    unique (company_id, vendor, reference)
);
create index import_source_due on import_source (next_sync_at) where enabled;

-- Each job a source brought in: its id at the source, the Backboard job, and what was
-- written last (a hash of the source's content and the job's version then), so that an
-- unchanged job is not written again and an edit made in Backboard is noticed.
create table imported_job (
    id              bigserial      primary key,
    source_id       bigint         not null references import_source (id) on delete cascade,
    external_id     varchar(200)   not null,
    job_id          bigint         not null references job (id) on delete cascade,
    content_hash    varchar(64)    not null,
    job_version     integer        not null,
    departments     varchar(500)   not null default '',
    removed_at      timestamptz,
    unique (source_id, external_id)
);
create index imported_job_job on imported_job (job_id);

-- The sync history: one row per run with its counts, and why it failed.
create table import_run (
    id           bigserial      primary key,
    source_id    bigint         not null references import_source (id) on delete cascade,
    started_at   timestamptz    not null,
    finished_at  timestamptz    not null,
    succeeded    boolean        not null,
    listed       integer        not null default 0,
    created      integer        not null default 0,
    updated      integer        not null default 0,
    closed       integer        not null default 0,
    failed       integer        not null default 0,
    error        varchar(2000)
);
create index import_run_source on import_run (source_id, id desc);
