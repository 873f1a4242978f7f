-- The index an office reported itself beside a realization (the workbook's "Indeks dilaporkan" column), kept so that
-- every later consistency check, not only the import preview, compares it with the engine's index. One row per
-- unit, year, IKU and period, like realizations; a later import without the column's value removes it.
create table reported_index (
    unit_id        bigint       not null references unit (id),
    year           integer      not null,
    indicator_code varchar(32)  not null,
    period         varchar(8)   not null check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    reported       numeric      not null,
    recorded_by    varchar(128) not null,
    recorded_at    timestamptz  not null default now(),
    primary key (unit_id, year, indicator_code, period)
);
