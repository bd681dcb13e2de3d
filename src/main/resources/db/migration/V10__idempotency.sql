-- Responses to API writes sent with an Idempotency-Key, kept for a day so that a retried
-- request gets the first answer instead of a second job.
create table idempotent_request (
    owner         varchar(100)  not null,
    idem_key      varchar(255)  not null,
    request_hash  varchar(64)   not null,
    status        integer,
    location      varchar(500),
    etag          varchar(100),
    body          text,
    created_at    timestamptz   not null,
    primary key (owner, idem_key)
);
create index idempotent_request_created_idx on idempotent_request (created_at);
