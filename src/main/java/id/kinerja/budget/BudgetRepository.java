package id.kinerja.budget;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The DIPA: budget lines by code path with ceiling and realization, and the kind-of-spending summary. */
@Repository
public class BudgetRepository {

    /** Levels of the DIPA tree. */
    public enum Level {
        PROGRAM,
        ACTIVITY,
        OUTPUT,
        COMPONENT
    }

    /** One DIPA line; {@code parentCode} is the code of the line it belongs to (null for a program). */
    public record Line(
            int year,
            String code,
            String parentCode,
            Level level,
            String name,
            Integer kind,
            BigDecimal ceiling,
            BigDecimal realization) {}

    /** Ceiling and realization of one kind of spending (51, 52, 53). */
    public record KindTotal(int year, int kind, String name, BigDecimal ceiling, BigDecimal realization) {}

    /** Realization of one DIPA line (by code) in one month (1-12). */
    public record Month(int year, String code, int month, BigDecimal realization) {}

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> findLines(long unitId, int year) {
        return jdbc.sql("""
                        select year, code, parent_code, level, name, kind, ceiling, realization from budget_line
                        where unit_id = ? and year = ? order by sort_order""")
                .params(unitId, year)
                .query((rs, i) -> new Line(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        Level.valueOf(rs.getString(4)),
                        rs.getString(5),
                        (Integer) rs.getObject(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8)))
                .list();
    }

    public void saveLine(long unitId, Line line, int sortOrder) {
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

    /**
     * Fills in each line's parent: the longest code-path prefix that is itself a line
     * ({@code CC.4791.BMA.004} -> {@code CC.4791}, since there is no {@code CC.4791.BMA} line;
     * {@code WA.4707.EBB.002} -> {@code WA.4707.EBB}).
     */
    public static List<Line> withParents(List<Line> lines) {
        var codes = lines.stream().map(Line::code).collect(java.util.stream.Collectors.toSet());
        return lines.stream()
                .map(l -> {
                    if (l.parentCode() != null) {
                        return l;
                    }
                    String parent = null;
                    String prefix = l.code();
                    while (parent == null && prefix.lastIndexOf('.') > 0) {
                        prefix = prefix.substring(0, prefix.lastIndexOf('.'));
                        if (codes.contains(prefix)) {
                            parent = prefix;
                        }
                    }
                    return new Line(
                            l.year(), l.code(), parent, l.level(), l.name(), l.kind(), l.ceiling(), l.realization());
                })
                .toList();
    }

    public List<KindTotal> findKinds(long unitId, int year) {
        return jdbc.sql(
                        "select year, kind, name, ceiling, realization from budget_kind where unit_id = ? and year = ? order by kind")
                .params(unitId, year)
                .query(KindTotal.class)
                .list();
    }

    public void saveKind(long unitId, KindTotal k) {
        jdbc.sql("""
                        insert into budget_kind (unit_id, year, kind, name, ceiling, realization) values (?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, kind) do update set name = excluded.name, ceiling = excluded.ceiling,
                            realization = excluded.realization""")
                .params(unitId, k.year(), k.kind(), k.name(), k.ceiling(), k.realization())
                .update();
    }

    /** The monthly realization of every line of a unit's year, in line and month order. */
    public List<Month> findMonths(long unitId, int year) {
        return jdbc.sql("""
                        select l.year, l.code, m.month, m.realization from budget_line_month m
                        join budget_line l on l.id = m.budget_line_id where l.unit_id = ? and l.year = ?
                        order by l.sort_order, m.month""").params(unitId, year).query(Month.class).list();
    }

    /** Records a month of a line that exists (saved with {@link #saveLine}); false when there is no such line. */
    public boolean saveMonth(long unitId, Month month) {
        return jdbc.sql("""
                        insert into budget_line_month (budget_line_id, month, realization)
                        select id, ?, ? from budget_line where unit_id = ? and year = ? and code = ?
                        on conflict (budget_line_id, month) do update set realization = excluded.realization""")
                        .params(month.month(), month.realization(), unitId, month.year(), month.code())
                        .update()
                == 1;
    }
}
