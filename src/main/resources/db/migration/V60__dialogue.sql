-- The performance dialogue (issue 13 item 5): the quarterly DKO of an office (DKRO of a Kanwil) with its date,
-- participants, minutes and decisions, and whether risk monitoring was discussed (IKU 09c reads the meetings through
-- risk.RiskMeetingSource); each follow-up decided has an owner (an account of the unit) and a due date, and is open
-- until its owner or the performance administrator marks it done.
create table dialogue_meeting (
    id bigserial primary key,
    unit_id bigint not null references unit (id),
    year integer not null,
    quarter text not null check (quarter in ('Q1', 'Q2', 'Q3', 'Q4')),
    kind text not null check (kind in ('DKO', 'DKRO')),
    held_on date not null,
    participants text not null,
    minutes text,
    decisions text,
    risk_monitoring_discussed boolean not null default false,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text,
    updated_at timestamptz,
    row_version integer not null default 0
);
create index dialogue_meeting_unit_year on dialogue_meeting (unit_id, year);

create table dialogue_follow_up (
    id bigserial primary key,
    meeting_id bigint not null references dialogue_meeting (id) on delete cascade,
    position integer not null,
    text text not null,
    owner_id bigint not null references app_user (id),
    due_on date not null,
    done_by text,
    done_at timestamptz,
    done_note text,
    unique (meeting_id, position)
);
create index dialogue_follow_up_owner on dialogue_follow_up (owner_id) where done_at is null;
