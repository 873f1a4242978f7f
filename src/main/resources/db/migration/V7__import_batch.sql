-- Excel imports awaiting confirmation: the uploaded file, its sha256 and the plan shown in the preview. The
-- confirmation re-plans the stored file and applies only when the plan is unchanged (nothing changed meanwhile).
-- Only previewable files are stored: a refused file leaves no trace in the database.
create table import_batch (
    id          bigserial primary key,
    file_name   varchar(255) not null,
    sha256      char(64)     not null,
    size_bytes  bigint       not null check (size_bytes > 0),
    content     bytea        not null,
    unit_id     bigint       not null references unit (id),
    year        integer      not null,
    plan_json   text         not null,
    status      varchar(16)  not null check (status in ('PREVIEWED', 'APPLIED', 'STALE')),
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    applied_at  timestamptz
);
create index import_batch_unit_idx on import_batch (unit_id, created_at);
