-- Targets of an IKU in the planning documents above the PK (Renstra DJP, RPJMN) and the national standard
-- (e.g. the APBN revenue achievement), per unit, year and IKU, as the LAKIN compares them (docs/domain.md §8,
-- chapter III.A points 3 and 4). All optional: a document that sets no target leaves its column null.
create table planning_reference (
    unit_id           bigint       not null references unit (id),
    year              integer      not null,
    indicator_code    varchar(32)  not null,
    renstra_target    numeric,
    rpjmn_target      numeric,
    national_standard numeric,
    source            varchar(512),
    primary key (unit_id, year, indicator_code)
);
