-- Next year's Manual IKU edited in the application (docs/domain.md §3, docs/architecture.md "Framework editor").
-- A published version records who published it and where it came from: 'file' (a framework file of the jar or of
-- kinerja.frameworks-dir, loaded at start) or 'editor' (a draft published in the application), and the version the
-- draft was based on.
alter table framework_version
    add column origin       varchar(8)  not null default 'file' check (origin in ('file', 'editor')),
    add column published_by varchar(64),
    add column based_on_id  bigint references framework_version (id);

-- A framework being edited: its YAML text (the format of docs/framework-format.md, exactly as it will be published),
-- the version it was copied from, who made and last changed it, and a row version against lost updates. Published
-- drafts stay as the record of what was published (published_version_id) and are never changed again; a code has at
-- most one open draft.
create table framework_draft (
    id                   bigserial primary key,
    code                 varchar(64)  not null,
    year                 integer      not null,
    name                 varchar(255) not null,
    based_on_id          bigint       references framework_version (id),
    content              text         not null,
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    updated_by           varchar(64)  not null,
    updated_at           timestamptz  not null default now(),
    row_version          integer      not null default 1 check (row_version > 0),
    published_version_id bigint       references framework_version (id),
    published_at         timestamptz
);
create unique index framework_draft_open_code on framework_draft (code) where published_version_id is null;
