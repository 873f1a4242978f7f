package id.kinerja.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ceiling revisions of DIPA lines ({@code budget_ceiling_revision}, V5) and the write of a line's current ceiling. */
@Repository
public class BudgetRevisionRepository {

    /** A stored revision of one line. */
    public record Stored(
            String code,
            int revisionNo,
            LocalDate date,
            BigDecimal previousCeiling,
            BigDecimal ceiling,
            String reason,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    private final JdbcClient jdbc;

    BudgetRevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The years with DIPA lines or kinds of spending of the unit, oldest first. */
    public List<Integer> years(long unitId) {
        return jdbc.sql("""
                        select year from budget_line where unit_id = ? union select year from budget_kind where unit_id = ?
                        order by 1""").params(unitId, unitId).query(Integer.class).list();
    }

    /** Every revision of a unit's year, in revision number and line order. */
    public List<Stored> find(long unitId, int year) {
        return jdbc.sql("""
                        select l.code, r.revision_no, r.revision_date as date, r.previous_ceiling, r.ceiling, r.reason,
                            r.recorded_by, r.recorded_at
                        from budget_ceiling_revision r join budget_line l on l.id = r.budget_line_id
                        where l.unit_id = ? and l.year = ? order by r.revision_no, l.sort_order""").params(unitId, year).query(Stored.class).list();
    }

    /** The id and current ceiling of a line, locked for the rest of the transaction. */
    public Optional<LineRef> lockLine(long unitId, int year, String code) {
        return jdbc.sql("select id, ceiling from budget_line where unit_id = ? and year = ? and code = ? for update")
                .params(unitId, year, code)
                .query(LineRef.class)
                .optional();
    }

    public record LineRef(long id, BigDecimal ceiling) {}

    /** The highest revision number of a unit's year (0 when none), with the year's lines locked. */
    public int lastRevisionNo(long unitId, int year) {
        jdbc.sql("select id from budget_line where unit_id = ? and year = ? for update")
                .params(unitId, year)
                .query(Long.class)
                .list();
        return jdbc.sql("""
                        select coalesce(max(r.revision_no), 0) from budget_ceiling_revision r
                        join budget_line l on l.id = r.budget_line_id where l.unit_id = ? and l.year = ?""").params(unitId, year).query(Integer.class).single();
    }

    /** Records the revision and sets the line's current ceiling. */
    public void insert(
            long lineId,
            int revisionNo,
            LocalDate date,
            BigDecimal previous,
            BigDecimal ceiling,
            String reason,
            String username) {
        jdbc.sql("""
                        insert into budget_ceiling_revision (budget_line_id, revision_no, revision_date, previous_ceiling,
                            ceiling, reason, recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(lineId, revisionNo, date, previous, ceiling, reason, username)
                .update();
        jdbc.sql("update budget_line set ceiling = ? where id = ?")
                .params(ceiling, lineId)
                .update();
    }
}
