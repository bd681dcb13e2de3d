-- One table for the generated keys that encrypt data at rest (used when no key is configured).
create table encryption_key (
    name        varchar(40)  primary key,
    key_bytes   bytea        not null,
    created_at  timestamptz  not null
);
insert into encryption_key (name, key_bytes, created_at) select name, key_bytes, created_at from account_key;
insert into encryption_key (name, key_bytes, created_at) select name, key_bytes, created_at from candidate_key
    on conflict do nothing;
drop table account_key;
drop table candidate_key;
