-- Sign-in throttling kept in the database, so that every app node sees the same counts and a restart forgets
-- nothing. One row per key: 'addr:<client address>' (every sign-in from that address) and
-- 'user:<username>|addr:<client address>' (one account from one address). A stranger's failures therefore never
-- block the account's owner at another address.
create table login_throttle (
    throttle_key  text primary key,
    failures      integer     not null,
    last_failure  timestamptz not null,
    blocked_until timestamptz
);
create index login_throttle_last_failure on login_throttle (last_failure);
