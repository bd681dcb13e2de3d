-- Employers' webhook endpoints. Signing secrets ("whsec_" + base64) are sealed with the
-- "webhook" encryption key (AES-256-GCM, bound to the company); during a rotation the
-- previous secret also signs until previous_secret_until.
create table webhook_endpoint (
    id                     bigserial      primary key,
    company_id             bigint         not null references company (id) on delete cascade,
    url                    varchar(2000)  not null,
    description            varchar(300)   not null default '',
    events                 text[]         not null,
    secret                 bytea          not null,
    previous_secret        bytea,
    previous_secret_until  timestamptz,
    enabled                boolean        not null default true,
    disabled_reason        varchar(300),
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null
);
create index webhook_endpoint_company on webhook_endpoint (company_id, id);

-- The outbox: one row per message and endpoint. next_attempt_at is null once the message
-- was delivered or given up; a node claims due rows with SKIP LOCKED until claimed_until.
create table webhook_delivery (
    id               bigserial     primary key,
    endpoint_id      bigint        not null references webhook_endpoint (id) on delete cascade,
    message_id       varchar(40)   not null,
    event_type       varchar(40)   not null,
    payload          text          not null,
    created_at       timestamptz   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz,
    claimed_until    timestamptz,
    delivered_at     timestamptz,
    given_up_at      timestamptz,
    last_status      integer,
    last_error       varchar(500)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where next_attempt_at is not null;
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, id desc);

-- Every attempt, with the receiver's status code (null when none came back).
create table webhook_attempt (
    id            bigserial     primary key,
    delivery_id   bigint        not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamptz   not null,
    status        integer,
    error         varchar(500),
    duration_ms   integer       not null,
    response      varchar(1000)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
