-- Accounts administered in the app (docs/domain.md, issue 12 "Accounts"): when the account last signed in, whether
-- its password is a temporary one an administrator set (the next sign-in must change it before anything else),
-- its e-mail address (for notifications), its language (applied at sign-in), whether it may use the REST API
-- (personal tokens), and who disabled it when.
alter table app_user
    add column last_sign_in_at      timestamptz,
    add column must_change_password boolean      not null default false,
    add column email                varchar(254),
    add column language             varchar(2)   check (language in ('id', 'en')),
    add column api_access           boolean      not null default false,
    add column disabled_at          timestamptz,
    add column disabled_by          varchar(64);

-- every account that existed before could use the API: it keeps that right until an administrator withdraws it
update app_user set api_access = true;
