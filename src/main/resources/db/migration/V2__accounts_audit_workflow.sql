-- Sign-in accounts with per-unit roles, the audit trail, evidence files, and the review workflow
-- of realizations.

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(255) not null,
    password_hash varchar(255) not null,
    unit_id       bigint       not null references unit (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(32) not null check (role in ('ADMINISTRATOR', 'HEAD', 'PERFORMANCE_ADMIN', 'PIC', 'REVIEWER', 'VIEWER')),
    primary key (user_id, role)
);

-- The IKU an indicator owner (PIC) is responsible for.
create table user_indicator (
    user_id        bigint      not null references app_user (id) on delete cascade,
    indicator_code varchar(32) not null,
    primary key (user_id, indicator_code)
);

-- Every change: who, when, what, the old and the new value, and why when a reason is required.
create table audit_event (
    id         bigserial primary key,
    at         timestamptz  not null default now(),
    username   varchar(64)  not null,
    unit_id    bigint       references unit (id),
    entity     varchar(64)  not null,
    entity_key varchar(255) not null,
    action     varchar(64)  not null,
    old_value  text,
    new_value  text,
    reason     text
);
create index audit_event_entity_idx on audit_event (unit_id, entity, entity_key);

alter table realization add column review_note text;
alter table realization add column reviewed_by varchar(128);
alter table realization add column reviewed_at timestamptz;
alter table realization add column approved_by varchar(128);
alter table realization add column approved_at timestamptz;

-- Evidence files of a realization, stored in the database (transactional, no path handling).
create table evidence (
    id             bigserial primary key,
    unit_id        bigint       not null references unit (id),
    year           integer      not null,
    indicator_code varchar(32)  not null,
    period         varchar(8)   not null check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    filename       varchar(255) not null,
    content_type   varchar(128) not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null,
    content        bytea        not null,
    kind           varchar(64)  not null,
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamptz  not null default now()
);
create index evidence_realization_idx on evidence (unit_id, year, indicator_code, period);

-- Notes on an IKU per year (narrative during the year, not the LAKIN prose).
create table indicator_note (
    id             bigserial primary key,
    unit_id        bigint      not null references unit (id),
    year           integer     not null,
    indicator_code varchar(32) not null,
    content        text        not null,
    author         varchar(64) not null,
    created_at     timestamptz not null default now()
);
