-- Revisions of DIPA ceilings (issue 5, budget module). budget_line.ceiling is the CURRENT ceiling; each revision
-- keeps the ceiling before and after it, so the original ceiling is the first revision's previous_ceiling (or the
-- line's ceiling when it was never revised). One DIPA revision ("revisi ke-N") changes one or more lines of a
-- unit's year; they share its number, date and reason.
create table budget_ceiling_revision (
    id               bigserial primary key,
    budget_line_id   bigint        not null references budget_line (id) on delete cascade,
    revision_no      integer       not null check (revision_no >= 1),
    revision_date    date          not null,
    previous_ceiling numeric(20,0) not null check (previous_ceiling >= 0),
    ceiling          numeric(20,0) not null check (ceiling >= 0),
    reason           text          not null check (length(btrim(reason)) > 0),
    recorded_by      varchar(128)  not null,
    recorded_at      timestamptz   not null default now(),
    unique (budget_line_id, revision_no)
);
create index budget_ceiling_revision_line_idx on budget_ceiling_revision (budget_line_id);
