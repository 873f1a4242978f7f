-- Issue 12 item 1: units are created and kept in the app (docs/domain.md, "2. Organisation").
-- The head's NIP and position beside the name, an active flag (a unit with data is deactivated, never deleted),
-- who changed the unit last, the area served as a list of regencies/cities, and the staff by group that
-- Bab I of the LAKIN prints.

alter table unit
    add column head_nip      varchar(18) check (head_nip is null or head_nip ~ '^[0-9]{18}$'),
    add column head_position varchar(255),
    add column active        boolean     not null default true,
    add column updated_at    timestamptz,
    add column updated_by    varchar(128);

-- The regencies/cities a unit serves, in the order it names them.
create table unit_area (
    unit_id  bigint       not null references unit (id),
    position integer      not null check (position >= 1),
    name     varchar(255) not null check (length(btrim(name)) > 0),
    primary key (unit_id, position),
    unique (unit_id, name)
);

-- Today's free text "A, B, dan C" becomes its list: split at commas and at the last " dan ".
insert into unit_area (unit_id, position, name)
select u.id, p.position, p.name
from unit u
cross join lateral (
    select row_number() over (order by ord)::integer as position, btrim(part) as name
    from unnest(regexp_split_to_array(u.area, '\s*,\s*(dan\s+)?|\s+dan\s+')) with ordinality as t(part, ord)
    where btrim(part) <> '') p
where u.area is not null and btrim(u.area) <> ''
on conflict do nothing;

alter table unit drop column area;

-- Staff by group for Bab I's tables: by rank group (golongan), education, position kind, gender, age.
create table unit_staff (
    unit_id     bigint       not null references unit (id),
    grouping    varchar(16)  not null check (grouping in ('RANK', 'EDUCATION', 'POSITION', 'GENDER', 'AGE')),
    position    integer      not null check (position >= 1),
    label       varchar(128) not null check (length(btrim(label)) > 0),
    staff_count integer      not null check (staff_count >= 0),
    primary key (unit_id, grouping, position),
    unique (unit_id, grouping, label)
);
