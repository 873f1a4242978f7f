package id.kinerja.budget.internal;

import id.kinerja.budget.BudgetKindMonth;
import id.kinerja.budget.BudgetKindTotal;
import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The DIPA (tables budget_line, budget_kind, budget_line_month, budget_kind_month): budget lines by code path with ceiling and
 * realization, and the kind-of-spending summary. Other modules use it through {@link id.kinerja.budget.BudgetService}.
 */
@Repository
public class BudgetRepository {

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BudgetLine> findLines(long unitId, int year) {
        return jdbc.sql("""
                        select year, code, parent_code, level, name, kind, ceiling, realization from budget_line
                        where unit_id = ? and year = ? order by sort_order""").params(unitId, year).query(BudgetLine.class).list();
    }

    public void saveLine(long unitId, BudgetLine line, int sortOrder) {
        if (line.ceiling().signum() < 0) {
            throw new IllegalArgumentException("Pagu tidak boleh negatif: " + line.code());
        }
        jdbc.sql("""
                        insert into budget_line (unit_id, year, code, parent_code, level, name, kind, ceiling, realization, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, code) do update set parent_code = excluded.parent_code,
                            level = excluded.level, name = excluded.name, kind = excluded.kind, ceiling = excluded.ceiling,
                            realization = excluded.realization, sort_order = excluded.sort_order""")
                .params(
                        unitId,
                        line.year(),
                        line.code(),
                        line.parentCode(),
                        line.level().name(),
                        line.name(),
                        line.kind(),
                        line.ceiling(),
                        line.realization(),
                        sortOrder)
                .update();
    }

    public List<BudgetKindTotal> findKinds(long unitId, int year) {
        return jdbc.sql(
                        "select year, kind, name, ceiling, realization from budget_kind where unit_id = ? and year = ? order by kind")
                .params(unitId, year)
                .query(BudgetKindTotal.class)
                .list();
    }

    public void saveKind(long unitId, BudgetKindTotal k) {
        jdbc.sql("""
                        insert into budget_kind (unit_id, year, kind, name, ceiling, realization) values (?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, kind) do update set name = excluded.name, ceiling = excluded.ceiling,
                            realization = excluded.realization""")
                .params(unitId, k.year(), k.kind(), k.name(), k.ceiling(), k.realization())
                .update();
    }

    /** The monthly realization of every line of a unit's year, in line and month order. */
    public List<BudgetMonth> findMonths(long unitId, int year) {
        return jdbc.sql("""
                        select l.year, l.code, m.month, m.realization from budget_line_month m
                        join budget_line l on l.id = m.budget_line_id where l.unit_id = ? and l.year = ?
                        order by l.sort_order, m.month""").params(unitId, year).query(BudgetMonth.class).list();
    }

    /** Records a month of a line that exists (saved with {@link #saveLine}); false when there is no such line. */
    public boolean saveMonth(long unitId, BudgetMonth month) {
        return jdbc.sql("""
                        insert into budget_line_month (budget_line_id, month, realization)
                        select id, ?, ? from budget_line where unit_id = ? and year = ? and code = ?
                        on conflict (budget_line_id, month) do update set realization = excluded.realization""")
                        .params(month.month(), month.realization(), unitId, month.year(), month.code())
                        .update()
                == 1;
    }

    /** Removes a line's figure of a month; false when there was none. */
    public boolean deleteMonth(long unitId, int year, String code, int month) {
        return jdbc.sql("""
                        delete from budget_line_month m using budget_line l
                        where l.id = m.budget_line_id and l.unit_id = ? and l.year = ? and l.code = ? and m.month = ?""").params(unitId, year, code, month).update() == 1;
    }

    /** The monthly realization by kind of spending of a unit's year, in kind and month order. */
    public List<BudgetKindMonth> findKindMonths(long unitId, int year) {
        return jdbc.sql("""
                        select year, kind, month, realization from budget_kind_month where unit_id = ? and year = ?
                        order by kind, month""").params(unitId, year).query(BudgetKindMonth.class).list();
    }

    public void saveKindMonth(long unitId, BudgetKindMonth m) {
        jdbc.sql("""
                        insert into budget_kind_month (unit_id, year, kind, month, realization) values (?, ?, ?, ?, ?)
                        on conflict (unit_id, year, kind, month) do update set realization = excluded.realization""")
                .params(unitId, m.year(), m.kind(), m.month(), m.realization())
                .update();
    }

    public void deleteKindMonth(long unitId, int year, int kind, int month) {
        jdbc.sql("delete from budget_kind_month where unit_id = ? and year = ? and kind = ? and month = ?")
                .params(unitId, year, kind, month)
                .update();
    }

    /** Locks the unit's kinds of the year for the rest of the transaction (one writer at a time). */
    public void lockKinds(long unitId, int year) {
        jdbc.sql("select kind from budget_kind where unit_id = ? and year = ? for update")
                .params(unitId, year)
                .query(Integer.class)
                .list();
    }
}
