-- The monthly realization by kind of spending of an office without a DIPA tree (docs/domain.md §7), and the
-- attachment of an award or an innovation (a certificate, photo or PDF), stored in the database like evidence.

create table budget_kind_month (
    unit_id     bigint        not null references unit (id),
    year        integer       not null,
    kind        integer       not null check (kind in (51, 52, 53)),
    month       integer       not null check (month between 1 and 12),
    realization numeric(20,0) not null check (realization >= 0),
    primary key (unit_id, year, kind, month)
);

alter table award
    add column attachment_name    varchar(160),
    add column attachment_type    varchar(128),
    add column attachment_content bytea,
    add column attachment_sha256  char(64),
    add constraint award_attachment_complete check (
        (attachment_name is null) = (attachment_content is null)
        and (attachment_name is null) = (attachment_type is null));

alter table innovation
    add column attachment_name    varchar(160),
    add column attachment_type    varchar(128),
    add column attachment_content bytea,
    add column attachment_sha256  char(64),
    add constraint innovation_attachment_complete check (
        (attachment_name is null) = (attachment_content is null)
        and (attachment_name is null) = (attachment_type is null));

create index award_unit_year_idx on award (unit_id, year);
create index innovation_unit_year_idx on innovation (unit_id, year);
