-- Notifications (issue 13 item 4): what the application tells a person, shown under the bell of the page header and
-- on /notifications, and sent by e-mail in one daily digest where the person wants that kind by e-mail.
-- The text is the bundle message notify.kind.<KIND> with the arguments in args, in the reader's language.
-- dedup_key names the cause (the realization step, the signed agreement, the review comment, the reminder of one
-- deadline on one day): one row per person and cause, so an event delivered twice or a reminder job run twice (or
-- on two nodes) adds nothing.
create table notification (
    id             bigserial primary key,
    user_id        bigint      not null references app_user (id) on delete cascade,
    kind           text        not null check (kind in ('SUBMITTED', 'RETURNED', 'VERIFIED', 'APPROVED', 'UNLOCKED',
                                                        'AGREEMENT_SIGNED', 'REVIEW_COMMENT', 'DUE_SOON', 'OVERDUE',
                                                        'DOCUMENT_SENT', 'FOLLOW_UP')),
    unit_id        bigint      references unit (id),
    unit_code      text,
    year           integer,
    period         text        check (period in ('Q1', 'Q2', 'S1', 'Q3', 'SDQ3', 'Q4', 'Y')),
    indicator_code text,
    args           text[]      not null default '{}',
    href           text        not null,
    dedup_key      text        not null,
    created_at     timestamptz not null default now(),
    read_at        timestamptz,
    emailed_at     timestamptz,
    unique (user_id, dedup_key)
);
create index notification_unread_idx on notification (user_id) where read_at is null;
create index notification_unsent_idx on notification (user_id) where emailed_at is null;

-- Per person and kind: whether it also arrives by e-mail (absent: the kind's default, notify.NotificationKind).
create table notification_preference (
    user_id bigint  not null references app_user (id) on delete cascade,
    kind    text    not null,
    email   boolean not null,
    primary key (user_id, kind)
);
