-- Background jobs in PostgreSQL (issue 15 item 1): db-scheduler's table (its PostgreSQL schema), and the document
-- batches, which were kept in one process's memory: a batch and its offices, each office's document stored with its
-- outcome in one statement that only the first writer wins, so that a batch taken over by another node after its
-- node died neither loses nor makes twice a document (report.ReportBatchService).
create table scheduled_tasks (
    task_name text not null,
    task_instance text not null,
    task_data bytea,
    execution_time timestamptz not null,
    picked boolean not null,
    picked_by text,
    last_success timestamptz,
    last_failure timestamptz,
    consecutive_failures integer,
    last_heartbeat timestamptz,
    version bigint not null,
    priority smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

create table report_batch (
    id text primary key,
    unit_code text not null,
    unit_name text not null,
    kind text not null,
    year integer not null,
    period text,
    format text not null,
    started_by text not null,
    starter_unit_id bigint not null,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz,
    state text not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    error text,
    attempts integer not null default 0
);
create index report_batch_finished on report_batch (finished_at);

create table report_batch_item (
    batch_id text not null references report_batch (id) on delete cascade,
    position integer not null,
    unit_code text not null,
    unit_name text not null,
    outcome text check (outcome in ('OK', 'SKIPPED', 'FAILED')),
    entry text,
    reason text,
    document bytea,
    made_by text,
    made_at timestamptz,
    cpu_millis bigint,
    primary key (batch_id, position)
);
