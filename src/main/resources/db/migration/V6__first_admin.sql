-- The one-time link that creates the first admin. One row at most (id is always 1), so that
-- nodes starting together replace the same link instead of each keeping their own; only
-- the SHA-256 of the token is kept.
create table admin_setup_token (
    id          smallint     primary key default 1 check (id = 1),
    token_hash  varchar(64)  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_at  timestamptz  not null
);
