-- The authorization server's state, shared by every node: registered apps, the grants
-- people gave them (codes and tokens), their consents, the key that signs ID tokens, and
-- the refresh tokens already spent (to spot a stolen one being replayed).
-- Column names are the ones Spring's JDBC services read; blobs are text, times timestamptz.
create table oauth2_registered_client (
    id                            varchar(100)  primary key,
    client_id                     varchar(100)  not null unique,
    client_id_issued_at           timestamptz   not null default current_timestamp,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamptz,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null
);

create table oauth2_authorization (
    id                            varchar(100)  primary key,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);
-- Every API call looks its access token up; hash indexes take values of any length.
create index oauth2_authorization_access_token on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_refresh_token on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_state on oauth2_authorization using hash (state);
create index oauth2_authorization_principal on oauth2_authorization (principal_name, registered_client_id);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);

-- The RSA key pair that signs ID tokens, made by the first node that needs one.
create table oauth_signing_key (
    key_id       varchar(64)  primary key,
    private_key  bytea        not null,
    public_key   bytea        not null,
    created_at   timestamptz  not null
);

-- Refresh tokens replaced by rotation (SHA-256 only). One presented again means it was
-- copied: the whole grant it belonged to is revoked.
create table oauth_spent_refresh_token (
    token_hash        varchar(64)   primary key,
    authorization_id  varchar(100)  not null,
    principal_name    varchar(200)  not null,
    spent_at          timestamptz   not null
);
create index oauth_spent_refresh_token_authorization on oauth_spent_refresh_token (authorization_id);

-- Who registered an app, and the browser origins of single-page apps (for CORS).
create table oauth_client_profile (
    registered_client_id varchar(100)  primary key references oauth2_registered_client (id) on delete cascade,
    created_by           bigint,
    created_at           timestamptz   not null,
    allowed_origins      varchar(1000) not null default ''
);
