-- A narrative version copied from the unit's previous year ("Mulai dari narasi tahun lalu", issue 12 item 6):
-- carried_from is that year, null for a version someone wrote or imported. The newest version of a section being
-- carried over means a draft that still needs review (the editor, the list and the consistency check say so);
-- saving the section again writes a version without it.
alter table report_narrative add column carried_from integer;
