package id.kinerja.revenue.internal;

import id.kinerja.framework.Period;
import id.kinerja.revenue.ActivityRevenue;
import id.kinerja.revenue.RevenueActivity;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueMonth;
import id.kinerja.revenue.RevenueTotal;
import id.kinerja.revenue.TaxType;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tax revenue (tables tax_type, revenue, revenue_total, revenue_month, revenue_activity): the taxonomy, target and realization per unit, year and tax type, and yearly net totals. */
@Repository
public class RevenueRepository {

    private final JdbcClient jdbc;
    /**
     * Kept for the {@code unnest} statements: they bind typed SQL arrays ({@code createArrayOf}) in a
     * PreparedStatement callback, which JdbcClient does not offer.
     */
    private final JdbcTemplate template;

    RevenueRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<TaxType> taxTypes() {
        return jdbc.sql("select code, name, group_code, sort_order from tax_type order by sort_order")
                .query(TaxType.class)
                .list();
    }

    public void saveTaxType(TaxType t) {
        jdbc.sql("""
                        insert into tax_type (code, name, group_code, sort_order) values (?, ?, ?, ?)
                        on conflict (code) do update set name = excluded.name, group_code = excluded.group_code,
                            sort_order = excluded.sort_order""").params(t.code(), t.name(), t.groupCode(), t.sortOrder()).update();
    }

    public List<RevenueLine> findLines(long unitId) {
        return jdbc.sql("""
                        select r.year, r.tax_type_code, r.target, r.realization from revenue r
                        join tax_type t on t.code = r.tax_type_code where r.unit_id = ? order by r.year, t.sort_order""").param(unitId).query(RevenueLine.class).list();
    }

    public void saveLine(long unitId, RevenueLine line) {
        jdbc.sql("""
                        insert into revenue (unit_id, year, tax_type_code, target, realization) values (?, ?, ?, ?, ?)
                        on conflict (unit_id, year, tax_type_code) do update set
                            target = excluded.target, realization = excluded.realization""")
                .params(unitId, line.year(), line.taxTypeCode(), line.target(), line.realization())
                .update();
    }

    public List<RevenueTotal> findTotals(long unitId) {
        return jdbc.sql(
                        "select year, target, gross, refunds, realization from revenue_total where unit_id = ? order by year")
                .param(unitId)
                .query(RevenueTotal.class)
                .list();
    }

    public void saveTotal(long unitId, RevenueTotal total) {
        jdbc.sql("""
                        insert into revenue_total (unit_id, year, target, gross, refunds, realization)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year) do update set target = excluded.target, gross = excluded.gross,
                            refunds = excluded.refunds, realization = excluded.realization""")
                .params(unitId, total.year(), total.target(), total.gross(), total.refunds(), total.realization())
                .update();
    }

    /** Removes a unit's net total of a year (nothing left to keep). */
    public void deleteTotal(long unitId, int year) {
        jdbc.sql("delete from revenue_total where unit_id = ? and year = ?")
                .params(unitId, year)
                .update();
    }

    /** A {@code revenue_activity} row. */
    private record ActivityRow(int year, String activity, String period, BigDecimal target, BigDecimal realization) {}

    /** The PPM and PKM figures of a unit, all years, by year, activity and period. */
    public List<ActivityRevenue> findActivities(long unitId) {
        return jdbc.sql("""
                        select year, activity, period, target, realization from revenue_activity where unit_id = ?
                        order by year, activity""").param(unitId).query(ActivityRow.class).list().stream()
                .map(r -> new ActivityRevenue(
                        r.year(),
                        RevenueActivity.valueOf(r.activity()),
                        Period.valueOf(r.period()),
                        r.target(),
                        r.realization()))
                .sorted(java.util.Comparator.comparing(ActivityRevenue::year)
                        .thenComparing(ActivityRevenue::activity)
                        .thenComparing(ActivityRevenue::period))
                .toList();
    }

    /** Replaces the figures of one activity of a unit's year with these (an empty list removes them). */
    public void replaceActivity(long unitId, int year, RevenueActivity activity, List<ActivityRevenue> figures) {
        jdbc.sql("delete from revenue_activity where unit_id = ? and year = ? and activity = ?")
                .params(unitId, year, activity.name())
                .update();
        for (ActivityRevenue f : figures) {
            jdbc.sql("""
                            insert into revenue_activity (unit_id, year, activity, period, target, realization)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(unitId, year, activity.name(), f.period().name(), f.target(), f.realization())
                    .update();
        }
    }

    /** Inserts or replaces one quarter of an activity's figures. */
    public void saveActivity(long unitId, ActivityRevenue f) {
        jdbc.sql("""
                        insert into revenue_activity (unit_id, year, activity, period, target, realization)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, activity, period) do update set
                            target = excluded.target, realization = excluded.realization""")
                .params(unitId, f.year(), f.activity().name(), f.period().name(), f.target(), f.realization())
                .update();
    }

    /** Removes the months of one tax type of a unit's year (before the months entered on the screen replace them). */
    public void deleteMonths(long unitId, int year, String taxTypeCode) {
        jdbc.sql("delete from revenue_month where unit_id = ? and year = ? and tax_type_code = ?")
                .params(unitId, year, taxTypeCode)
                .update();
    }

    /** Every month recorded for a unit, all years, in year, tax-type and month order. */
    public List<RevenueMonth> findMonths(long unitId) {
        return jdbc.sql("""
                        select m.year, m.tax_type_code, m.month, m.realization from revenue_month m
                        join tax_type t on t.code = m.tax_type_code where m.unit_id = ?
                        order by m.year, t.sort_order, m.month""").param(unitId).query(RevenueMonth.class).list();
    }

    public void saveMonth(long unitId, RevenueMonth month) {
        jdbc.sql("""
                        insert into revenue_month (unit_id, year, tax_type_code, month, realization) values (?, ?, ?, ?, ?)
                        on conflict (unit_id, year, tax_type_code, month) do update set realization = excluded.realization""")
                .params(unitId, month.year(), month.taxTypeCode(), month.month(), month.realization())
                .update();
    }

    /** A {@code revenue_month} row with its unit. */
    private record MonthRow(long unitId, String taxTypeCode, int month, BigDecimal realization) {}

    /** The months recorded for many units in one year, by unit (bulk work: an import). */
    public java.util.Map<Long, List<RevenueMonth>> findMonths(java.util.Collection<Long> unitIds, int year) {
        java.util.Map<Long, List<RevenueMonth>> out = new java.util.LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        "select unit_id, tax_type_code, month, realization from revenue_month where unit_id = any(?) and year = ?")
                .params(unitIds.toArray(Long[]::new), year)
                .query(MonthRow.class)
                .list()
                .forEach(r -> out.computeIfAbsent(r.unitId(), k -> new java.util.ArrayList<>())
                        .add(new RevenueMonth(year, r.taxTypeCode(), r.month(), r.realization())));
        return out;
    }

    /** Many months of many units of one year in one statement (an import): inserted or replaced. */
    public void saveMonths(int year, List<Long> unitIds, List<RevenueMonth> months) {
        if (months.isEmpty()) {
            return;
        }
        Long[] units = unitIds.toArray(Long[]::new);
        String[] types = months.stream().map(RevenueMonth::taxTypeCode).toArray(String[]::new);
        Integer[] numbers = months.stream().map(RevenueMonth::month).toArray(Integer[]::new);
        BigDecimal[] amounts = months.stream().map(RevenueMonth::realization).toArray(BigDecimal[]::new);
        template.update("""
                insert into revenue_month (unit_id, year, tax_type_code, month, realization)
                select k.unit_id, ?, k.type, k.month, k.amount
                from unnest(?::bigint[], ?::varchar[], ?::int[], ?::numeric[]) as k(unit_id, type, month, amount)
                on conflict (unit_id, year, tax_type_code, month) do update set realization = excluded.realization""", ps -> {
            var c = ps.getConnection();
            ps.setInt(1, year);
            ps.setArray(2, c.createArrayOf("bigint", units));
            ps.setArray(3, c.createArrayOf("varchar", types));
            ps.setArray(4, c.createArrayOf("int4", numbers));
            ps.setArray(5, c.createArrayOf("numeric", amounts));
        });
    }
}
