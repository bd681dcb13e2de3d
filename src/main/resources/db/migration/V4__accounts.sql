-- People who sign in: candidates, employers' members, moderators and admins.
create table user_account (
    id                 bigint primary key,
    email              varchar(254) not null,
    password_hash      varchar(200),
    display_name       varchar(100) not null,
    email_verified_at  timestamptz,
    totp_secret        varchar(200),
    totp_enabled_at    timestamptz,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            integer      not null default 0
);
create unique index user_account_email_idx on user_account (lower(email));
create sequence user_account_seq start with 1 increment by 50;

create table user_role (
    user_id  bigint      not null references user_account (id) on delete cascade,
    role     varchar(16) not null,
    primary key (user_id, role)
);

-- External identities, keyed on the provider's issuer and subject, never on the email.
create table user_identity (
    issuer      varchar(500) not null,
    subject     varchar(255) not null,
    user_id     bigint       not null references user_account (id) on delete cascade,
    email       varchar(254),
    linked_at   timestamptz  not null,
    primary key (issuer, subject)
);
create index user_identity_user_idx on user_identity (user_id);

-- Single-use links (email verification, password reset, email change): only the hash is kept.
create table account_token (
    token_hash  varchar(64)  primary key,
    purpose     varchar(32)  not null,
    user_id     bigint       not null references user_account (id) on delete cascade,
    payload     varchar(254),
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_at  timestamptz  not null
);
create index account_token_user_idx on account_token (user_id, purpose);

create table recovery_code (
    user_id     bigint      not null references user_account (id) on delete cascade,
    code_hash   varchar(64) not null,
    used_at     timestamptz,
    primary key (user_id, code_hash)
);

-- Who did what to an account, without passwords, tokens or codes.
create table security_event (
    id          bigserial    primary key,
    occurred_at timestamptz  not null,
    user_id     bigint,
    type        varchar(40)  not null,
    ip          varchar(64),
    detail      varchar(500)
);
create index security_event_user_idx on security_event (user_id, occurred_at);

-- Rate limit buckets shared by every node (Bucket4j).
create table rate_limit_bucket (
    id     varchar(200) primary key,
    state  bytea,
    expires_at bigint
);

-- Mail waiting to go out, written in the transaction that causes it (the outbox).
create table outgoing_mail (
    id            bigserial     primary key,
    recipient     varchar(254)  not null,
    subject       varchar(300)  not null,
    text_body     text          not null,
    html_body     text          not null,
    created_at    timestamptz   not null,
    claimed_until timestamptz,
    attempts      integer       not null default 0,
    sent_at       timestamptz,
    last_error    varchar(500)
);
create index outgoing_mail_pending_idx on outgoing_mail (id) where sent_at is null;

-- Spring Session's tables: sessions live in PostgreSQL so that every node sees them.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
