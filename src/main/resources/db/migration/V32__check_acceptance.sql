-- The head's acceptance of a unit's year's consistency-check errors (docs/architecture.md, draft marking): while the
-- check has errors and their set is not accepted, the LAKIN and the NKO report are marked as drafts. The fingerprint
-- identifies the set of errors accepted (SHA-256 of the errors, hex): when the errors change, the acceptance no longer
-- applies. Rows are never updated; the newest acceptance of a fingerprint is the one shown.
create table check_acceptance (
    id                bigserial primary key,
    unit_id           bigint        not null references unit (id),
    year              integer       not null,
    fingerprint       char(64)      not null,
    errors            integer       not null check (errors > 0),
    reason            varchar(1000) not null check (length(btrim(reason)) > 0),
    accepted_by       varchar(64)   not null,
    accepted_by_name  varchar(255)  not null,
    accepted_at       timestamptz   not null default now()
);
create index check_acceptance_unit_year on check_acceptance (unit_id, year, fingerprint);
