-- Accounts made by single sign-on (OpenID Connect, kinerja.sso.*): their unit and roles come from the identity
-- provider's claims at every sign-in, and their password (a random one nobody knows) is never usable.
alter table app_user add column sso boolean not null default false;
