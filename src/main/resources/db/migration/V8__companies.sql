-- Company profiles, logos, team invitations, domain verification and API tokens.
alter table company
    add column about_md           text,
    add column size               varchar(16),
    add column headquarters       varchar(200),
    add column verified_domain    varchar(253),
    add column domain_verified_at timestamptz;

-- Logos live in the database, served only through /companies/{slug}/logo.
create table company_logo (
    company_id    bigint      primary key references company (id) on delete cascade,
    content_type  varchar(32) not null,
    bytes         bytea       not null,
    updated_at    timestamptz not null
);

-- Invitations to join a company: only the hash of the link's token is kept.
create table company_invitation (
    id           bigserial    primary key,
    token_hash   varchar(64)  not null unique,
    company_id   bigint       not null references company (id) on delete cascade,
    email        varchar(254) not null,
    role         varchar(16)  not null,
    invited_by   bigint       references user_account (id) on delete set null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    accepted_at  timestamptz,
    accepted_by  bigint       references user_account (id) on delete set null
);
create index company_invitation_company_idx on company_invitation (company_id);

-- Single-use links that prove a member reads mail at the company's domain.
create table company_domain_token (
    token_hash    varchar(64)  primary key,
    company_id    bigint       not null references company (id) on delete cascade,
    email         varchar(254) not null,
    domain        varchar(253) not null,
    requested_by  bigint       references user_account (id) on delete set null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    used_at       timestamptz
);
create index company_domain_token_company_idx on company_domain_token (company_id);

-- API tokens act for one company; only the SHA-256 of the token is kept.
create table api_token (
    id            bigserial    primary key,
    company_id    bigint       not null references company (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null unique,
    scopes        varchar(200) not null,
    created_by    bigint       references user_account (id) on delete set null,
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_company_idx on api_token (company_id);
