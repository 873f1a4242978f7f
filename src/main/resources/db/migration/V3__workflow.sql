-- The realization workflow and the agreement editor: who did the last change and when (shown in
-- conflict messages and tables), who submitted and who signed; at most one draft and one signed
-- agreement per unit and year (a second concurrent revision or signature fails instead of forking).

alter table realization add column submitted_by varchar(128);
alter table realization add column submitted_at timestamptz;
alter table realization add column updated_by varchar(128);
alter table realization add column updated_at timestamptz;

alter table performance_agreement add column signed_by varchar(128);
alter table performance_agreement add column updated_by varchar(128);
alter table performance_agreement add column updated_at timestamptz;

create unique index performance_agreement_one_draft on performance_agreement (unit_id, year) where status = 'DRAFT';
create unique index performance_agreement_one_signed on performance_agreement (unit_id, year) where status = 'SIGNED';

create index indicator_note_idx on indicator_note (unit_id, year, indicator_code);
