-- The Kanwil's review (issue 13 item 5): a reviewer of a Kanwil (or headquarters) opens a comment thread on an
-- office's period, one of its IKU (optionally of a period) or its LAKIN draft of a year; the office answers, the
-- reviewer replies or closes (review.ReviewService). Every write of a thread claims its row version.
create table review_thread (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    year integer not null,
    scope text not null check (scope in ('PERIOD', 'INDICATOR', 'LAKIN')),
    period text check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    indicator_code text,
    state text not null check (state in ('OPEN', 'ANSWERED', 'CLOSED')),
    opened_by text not null,
    opened_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now(),
    row_version integer not null default 0,
    check ((scope = 'PERIOD' and period is not null and indicator_code is null)
        or (scope = 'INDICATOR' and indicator_code is not null)
        or (scope = 'LAKIN' and period is null and indicator_code is null))
);
create index review_thread_unit_idx on review_thread (unit_id, year, state);
create index review_thread_opened_by_idx on review_thread (opened_by, state);

-- The comments of a thread, plain text, never changed or deleted.
create table review_comment (
    id bigserial primary key,
    thread_id bigint not null references review_thread (id),
    author text not null,
    from_reviewer boolean not null,
    body text not null,
    written_at timestamptz not null default now()
);
create index review_comment_thread_idx on review_comment (thread_id, id);

-- An office's quarter marked as reviewed by the Kanwil; un-marking deletes the row (both audited).
create table period_review (
    unit_id bigint not null references unit (id),
    year integer not null,
    period text not null check (period in ('Q1', 'Q2', 'Q3', 'Q4')),
    reviewed_by text not null,
    reviewed_at timestamptz not null default now(),
    primary key (unit_id, year, period)
);
