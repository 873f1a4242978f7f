-- The data version (issue 15 item 1): one number that every committed change to what a scorecard or a dashboard
-- shows makes larger, so that every app node keys its caches by it and none serves a figure another node's write
-- has changed (database.DataVersion). The number is raised at commit, once per transaction (a deferred constraint
-- trigger, guarded by a transaction-local setting), so that the row is locked only for the instant of the commit
-- and a 100,000-row import raises it once. It becomes visible with the data it follows, in the same commit.
create table data_version (
    id integer primary key check (id = 1),
    version bigint not null
);
insert into data_version (id, version) values (1, 1);

create function bump_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('kinerja.data_version_bumped', true) = 'y' then
        return null;
    end if;
    perform set_config('kinerja.data_version_bumped', 'y', true);
    update data_version set version = version + 1 where id = 1;
    return null;
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['unit', 'framework_version', 'performance_agreement', 'agreement_indicator',
                             'agreement_target', 'agreement_budget', 'realization', 'realization_component',
                             'reported_index', 'indicator_history']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_data_version()',
                       t || '_data_version', t);
    end loop;
end;
$$;
