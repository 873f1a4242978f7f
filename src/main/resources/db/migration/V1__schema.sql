-- Kinerja schema, version 1: organisation, frameworks, performance agreements (PK),
-- realizations, past results, revenue, budget (DIPA), report narratives, awards, innovations.
-- Money in numeric(20,0) rupiah; targets, realizations and indexes in numeric at full precision.

create table unit (
    id            bigserial primary key,
    code          varchar(64)  not null unique,
    name          varchar(255) not null,
    type          varchar(16)  not null check (type in ('HQ', 'KANWIL', 'KPP', 'KP2KP', 'SECTION')),
    parent_id     bigint references unit (id),
    official_code varchar(32),
    head_name     varchar(255),
    area          text,
    address       text,
    staff_count   integer check (staff_count is null or staff_count >= 0),
    created_at    timestamptz  not null default now()
);
create index unit_parent_idx on unit (parent_id);

-- Every framework file ever loaded, by content: an agreement points at the exact version it was made with.
create table framework_version (
    id         bigserial primary key,
    code       varchar(64)  not null,
    year       integer      not null,
    name       varchar(255) not null,
    version    integer      not null,
    sha256     char(64)     not null,
    content    text         not null,
    source     varchar(255) not null,
    loaded_at  timestamptz  not null default now(),
    unique (code, version),
    unique (code, sha256)
);

create table performance_agreement (
    id                    bigserial primary key,
    unit_id               bigint       not null references unit (id),
    year                  integer      not null,
    framework_version_id  bigint       not null references framework_version (id),
    version               integer      not null default 1 check (version > 0),
    number                varchar(128),
    agreement_date        date,
    place                 varchar(128),
    status                varchar(16)  not null check (status in ('DRAFT', 'SIGNED', 'SUPERSEDED')),
    first_party_name      varchar(255),
    first_party_position  varchar(255),
    second_party_name     varchar(255),
    second_party_position varchar(255),
    signed_at             timestamptz,
    created_at            timestamptz  not null default now(),
    created_by            varchar(128) not null default 'system',
    row_version           integer      not null default 0,
    unique (unit_id, year, version)
);

create table agreement_indicator (
    id             bigserial primary key,
    agreement_id   bigint        not null references performance_agreement (id) on delete cascade,
    indicator_code varchar(32)   not null,
    weight         numeric       not null check (weight > 0),
    sort_order     integer       not null,
    unique (agreement_id, indicator_code)
);

create table agreement_target (
    agreement_indicator_id bigint      not null references agreement_indicator (id) on delete cascade,
    period                 varchar(8)  not null check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    target                 numeric     not null,
    target_upper           numeric,
    primary key (agreement_indicator_id, period)
);

create table agreement_budget (
    id           bigserial primary key,
    agreement_id bigint        not null references performance_agreement (id) on delete cascade,
    code         varchar(64)   not null,
    name         varchar(512)  not null,
    amount       numeric(20,0) not null check (amount >= 0),
    sort_order   integer       not null,
    unique (agreement_id, code)
);

-- What was entered for an IKU in a period; aggregate periods not entered are derived by the engine.
create table realization (
    id             bigserial primary key,
    unit_id        bigint       not null references unit (id),
    year           integer      not null,
    indicator_code varchar(32)  not null,
    period         varchar(8)   not null check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    value          numeric,
    note           text,
    source         varchar(255),
    status         varchar(16)  not null default 'APPROVED'
                   check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED', 'APPROVED')),
    entered_by     varchar(128) not null,
    entered_at     timestamptz  not null default now(),
    row_version    integer      not null default 0,
    unique (unit_id, year, indicator_code, period)
);

create table realization_component (
    realization_id bigint      not null references realization (id) on delete cascade,
    component_code varchar(32) not null,
    value          numeric     not null,
    primary key (realization_id, component_code)
);

-- Past years' results of an IKU (the LAKIN's five-year comparison).
create table indicator_history (
    unit_id        bigint      not null references unit (id),
    indicator_code varchar(32) not null,
    year           integer     not null,
    realization    numeric     not null,
    index_value    numeric,
    note           text,
    primary key (unit_id, indicator_code, year)
);

create table tax_type (
    code       varchar(16)  primary key,
    name       varchar(255) not null,
    group_code varchar(16)  references tax_type (code),
    sort_order integer      not null
);

create table revenue (
    unit_id       bigint        not null references unit (id),
    year          integer       not null,
    tax_type_code varchar(16)   not null references tax_type (code),
    target        numeric(20,0),
    realization   numeric(20,0),
    primary key (unit_id, year, tax_type_code)
);

create table revenue_month (
    unit_id       bigint        not null references unit (id),
    year          integer       not null,
    tax_type_code varchar(16)   not null references tax_type (code),
    month         integer       not null check (month between 1 and 12),
    realization   numeric(20,0) not null,
    primary key (unit_id, year, tax_type_code, month)
);

-- Net revenue per year as reported (exact figures, where per-type detail is unknown or rounded).
create table revenue_total (
    unit_id     bigint        not null references unit (id),
    year        integer       not null,
    target      numeric(20,0),
    realization numeric(20,0),
    primary key (unit_id, year)
);

-- DIPA: program > activity > output > component, by code path.
create table budget_line (
    id          bigserial primary key,
    unit_id     bigint        not null references unit (id),
    year        integer       not null,
    code        varchar(64)   not null,
    parent_code varchar(64),
    level       varchar(16)   not null check (level in ('PROGRAM', 'ACTIVITY', 'OUTPUT', 'COMPONENT')),
    name        varchar(512)  not null,
    kind        integer       check (kind in (51, 52, 53)),
    ceiling     numeric(20,0) not null check (ceiling >= 0),
    realization numeric(20,0) not null default 0,
    sort_order  integer       not null,
    unique (unit_id, year, code)
);

create table budget_line_month (
    budget_line_id bigint        not null references budget_line (id) on delete cascade,
    month          integer       not null check (month between 1 and 12),
    realization    numeric(20,0) not null,
    primary key (budget_line_id, month)
);

-- The kind-of-spending summary (51 personnel, 52 goods and services, 53 capital) as reported.
create table budget_kind (
    unit_id     bigint        not null references unit (id),
    year        integer       not null,
    kind        integer       not null check (kind in (51, 52, 53)),
    name        varchar(128)  not null,
    ceiling     numeric(20,0) not null check (ceiling >= 0),
    realization numeric(20,0) not null default 0,
    primary key (unit_id, year, kind)
);

-- The office's own prose for the LAKIN, per section, versioned.
create table report_narrative (
    id          bigserial primary key,
    unit_id     bigint       not null references unit (id),
    year        integer      not null,
    section_key varchar(128) not null,
    version     integer      not null,
    content     text         not null,
    author      varchar(128) not null,
    created_at  timestamptz  not null default now(),
    unique (unit_id, year, section_key, version)
);

create table award (
    id          bigserial primary key,
    unit_id     bigint       not null references unit (id),
    year        integer      not null,
    title       varchar(512) not null,
    giver       varchar(255),
    award_date  date,
    description text,
    sort_order  integer      not null
);

create table innovation (
    id          bigserial primary key,
    unit_id     bigint       not null references unit (id),
    year        integer      not null,
    name        varchar(255) not null,
    long_name   varchar(512),
    description text,
    goals       text,
    sort_order  integer      not null
);

-- Key/value facts about this installation (e.g. when the demo data set was loaded).
create table installation (
    key        varchar(64) primary key,
    value      text        not null,
    updated_at timestamptz not null default now()
);
