-- The revenue figures an office enters itself (docs/domain.md §6), on the web, in the workbook and through the API:
-- 1. the net revenue of a year as gross revenue minus refunds (restitusi / pengembalian): revenue_total keeps the
--    net figure in "realization" (as before) and gains the gross and the refunds; when both are given the net is
--    exactly gross - refunds (the service refuses anything else, the constraint guards the rule);
-- 2. the revenue from the PPM and PKM activities (IKU 02a and 03a), target and realization per quarter, cumulative
--    from January to the quarter's end as the Mandor application reports them (S1, s.d. Q3 and Y are Q2, Q3, Q4).
alter table revenue_total
    add column gross   numeric(20,0),
    add column refunds numeric(20,0),
    add constraint revenue_total_gross_not_negative check (gross is null or gross >= 0),
    add constraint revenue_total_refunds_not_negative check (refunds is null or refunds >= 0),
    add constraint revenue_total_gross_and_refunds check ((gross is null) = (refunds is null)),
    add constraint revenue_total_net_is_gross_minus_refunds
        check (gross is null or (realization is not null and realization = gross - refunds));

create table revenue_activity (
    unit_id     bigint        not null references unit (id),
    year        integer       not null,
    activity    varchar(8)    not null check (activity in ('PPM', 'PKM')),
    period      varchar(8)    not null check (period in ('Q1', 'Q2', 'Q3', 'Q4')),
    target      numeric(20,0) check (target is null or target >= 0),
    realization numeric(20,0),
    primary key (unit_id, year, activity, period),
    check (target is not null or realization is not null)
);
