-- Personal API tokens (issue 5, REST API). The token shown once to its owner is
-- "kin_<prefix>_<secret>": the prefix (12 hex characters) finds the row, the secret (32 random bytes,
-- base64url) is stored only as its SHA-256. Revoked tokens are kept (revoked_at) for the record.
create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    prefix       varchar(16)  not null unique,
    secret_hash  bytea        not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(64)
);
create index api_token_user on api_token (user_id);
