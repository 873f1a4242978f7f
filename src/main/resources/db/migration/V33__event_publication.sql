-- Spring Modulith's event publication registry (docs/architecture.md, "Events between modules"): one row per event
-- and listener, written in the publishing transaction, completed when the listener has handled it. Copied from the
-- schema spring-modulith-events-jdbc 2.1.1 ships for PostgreSQL (schemas/v2/schema-postgresql.sql and
-- schema-postgresql-archive.sql); Modulith's own schema initialisation is off, Flyway owns the tables.
create table if not exists event_publication
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash(serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

-- Completed publications are moved here (spring.modulith.events.completion-mode=archive).
create table if not exists event_publication_archive
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index if not exists event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash(serialized_event);
create index if not exists event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
