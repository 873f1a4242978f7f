-- Where and when a unit's documents of a year are signed, entered once by the office (docs/domain.md §8): the LAKIN
-- (period Y) and the NKO report of each period. A column left null takes the default the documents print: the
-- place of the PK, else the city of the office; the day the document is made.
create table document_setting (
    unit_id    bigint       not null references unit (id),
    year       integer      not null,
    document   varchar(8)   not null check (document in ('LAKIN', 'NKO')),
    period     varchar(4)   not null check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    place      varchar(128),
    signed_on  date,
    updated_by varchar(64)  not null,
    updated_at timestamptz  not null default now(),
    primary key (unit_id, year, document, period),
    check (document <> 'LAKIN' or period = 'Y')
);
