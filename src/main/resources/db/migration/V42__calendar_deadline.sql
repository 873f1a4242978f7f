-- The year's calendar (issue 13 item 1): each unit that sets dates (headquarters for every office, a Kanwil earlier
-- ones for its offices) has one row per work and period; the date that applies to an office is the earliest one set
-- by the office or any unit above it (calendar.Deadlines).
create table calendar_deadline (
    unit_id bigint not null references unit (id),
    year integer not null,
    kind text not null check (kind in ('REALIZATION', 'AGREEMENT', 'NKO_REPORT', 'DKO', 'LAKIN', 'RISK_CHARTER',
                                       'RISK_MONITORING')),
    period text not null check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    due_on date not null,
    updated_by text not null,
    updated_at timestamptz not null default now(),
    primary key (unit_id, year, kind, period)
);
