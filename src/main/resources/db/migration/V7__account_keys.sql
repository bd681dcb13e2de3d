-- Keys the accounts module generated for itself when none is configured (the TOTP secret
-- encryption key), so that every node uses the same one. A configured key takes precedence.
create table account_key (
    name        varchar(40)  primary key,
    key_bytes   bytea        not null,
    created_at  timestamptz  not null
);
