-- "Kirim ke Kanwil" (issue 13 item 6): the quarterly NKO report or the LAKIN as sent, frozen: the PDF's bytes and
-- their SHA-256, who sent it and when; the Kanwil acknowledges receipt once. Sending again makes the next version;
-- the earlier ones stay, so both sides see the whole history.
create table sent_document (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    year integer not null,
    kind text not null check (kind in ('NKO', 'LAKIN')),
    period text not null check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    version integer not null,
    file_name text not null,
    pdf bytea not null,
    sha256 text not null,
    sent_by text not null,
    sent_at timestamptz not null default now(),
    note text,
    acknowledged_by text,
    acknowledged_at timestamptz,
    unique (unit_id, year, kind, period, version)
);
create index sent_document_unacknowledged on sent_document (unit_id) where acknowledged_at is null;
