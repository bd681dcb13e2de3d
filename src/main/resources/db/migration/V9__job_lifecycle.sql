-- The posting lifecycle: drafts and jobs in review have not been published, so they have no
-- posting date or valid-through date yet.
alter table job alter column posted_at drop not null;
alter table job alter column valid_through drop not null;
alter table job add column rejection_reason varchar(1000);
alter table job add column submitted_at timestamptz;
alter table job add column expiry_warned_at timestamptz;
-- The moderation queue reads jobs in review, oldest submission first.
create index job_in_review_idx on job (submitted_at) where status = 'IN_REVIEW';

-- Every change of a job's status, who made it and why: the audit trail employers and
-- moderators read.
create table job_transition (
    id                bigint generated always as identity primary key,
    job_id            bigint        not null references job (id) on delete cascade,
    from_status       varchar(16),
    to_status         varchar(16)   not null,
    actor_account_id  bigint        references user_account (id) on delete set null,
    actor             varchar(200)  not null,
    reason            varchar(1000),
    occurred_at       timestamptz   not null
);
create index job_transition_job_idx on job_transition (job_id, id);

-- Reports from visitors about a job: spam, scams, discrimination.
create table job_report (
    id                   bigint generated always as identity primary key,
    job_id               bigint        not null references job (id) on delete cascade,
    reason               varchar(16)   not null,
    details              varchar(1000),
    reporter_account_id  bigint        references user_account (id) on delete set null,
    ip_hash              varchar(64),
    created_at           timestamptz   not null,
    resolved_at          timestamptz,
    resolved_by          bigint        references user_account (id) on delete set null,
    resolved_by_name     varchar(200),
    resolution           varchar(16)
);
create index job_report_open_idx on job_report (created_at) where resolved_at is null;
