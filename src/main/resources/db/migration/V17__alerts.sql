-- Saved searches and job alerts.

-- Whoever receives alerts: a signed-in person's account, or an address confirmed by
-- double opt-in. The token is the secret of the links in alert mails (manage, unsubscribe).
create table alert_subscriber (
    id            bigserial     primary key,
    email         varchar(254)  not null,
    account_id    bigint        references user_account (id) on delete cascade,
    token         varchar(64)   not null unique,
    time_zone     varchar(64)   not null default 'UTC',
    confirmed_at  timestamptz,
    created_at    timestamptz   not null,
    daily_sent_at  timestamptz,
    weekly_sent_at timestamptz
);
create unique index alert_subscriber_account_idx on alert_subscriber (account_id) where account_id is not null;
create unique index alert_subscriber_email_idx on alert_subscriber (lower(email)) where account_id is null;

-- Every change of a saved search takes a new revision, so that each node's in-memory
-- reverse index can catch up with the changes made on other nodes.
create sequence saved_search_revision;

create table saved_search (
    id             bigserial     primary key,
    subscriber_id  bigint        not null references alert_subscriber (id) on delete cascade,
    name           varchar(100)  not null,
    query          varchar(2000) not null,
    frequency      varchar(10)   not null check (frequency in ('INSTANT', 'DAILY', 'WEEKLY')),
    active         boolean       not null default true,
    -- Saved by a visitor for an address: inactive until the link in the mail confirms it.
    awaiting_confirmation boolean not null default false,
    created_at     timestamptz   not null,
    changed_at     timestamptz   not null,
    revision       bigint        not null default nextval('saved_search_revision')
);
create index saved_search_revision_idx on saved_search (revision);
create index saved_search_subscriber_idx on saved_search (subscriber_id);

-- Jobs to match against the saved searches, recorded in the transaction that reacts to
-- their publication or edit; a node claims them with SKIP LOCKED.
create table alert_job_queue (
    id             bigserial     primary key,
    job_id         bigint        not null,
    enqueued_at    timestamptz   not null,
    claimed_until  timestamptz,
    attempts       integer       not null default 0
);

-- A job a saved search matched, once; instant ones are mailed at once, the others wait
-- for the digest.
create table alert_match (
    saved_search_id  bigint       not null references saved_search (id) on delete cascade,
    job_id           bigint       not null,
    matched_at       timestamptz  not null,
    sent_at          timestamptz,
    primary key (saved_search_id, job_id)
);
create index alert_match_unsent_idx on alert_match (saved_search_id) where sent_at is null;

-- Jobs a person was told about, by any of their alerts: nobody hears of a job twice.
create table alert_announced (
    subscriber_id  bigint       not null references alert_subscriber (id) on delete cascade,
    job_id         bigint       not null,
    announced_at   timestamptz  not null,
    primary key (subscriber_id, job_id)
);

-- RFC 8058: alert mails carry a one-click unsubscribe address.
alter table outgoing_mail add column list_unsubscribe varchar(1000);
