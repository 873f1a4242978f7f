-- The lock of the scheduled jobs that must run on one node at a time (ShedLock's JDBC provider, its documented
-- PostgreSQL table): the daily digest and the reminders of the notifications.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
