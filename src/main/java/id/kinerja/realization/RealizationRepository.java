package id.kinerja.realization;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class RealizationRepository {

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    RealizationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * The realizations of many units of one year in one query (bulk work: an import of hundreds of offices), by
     * unit; value, note, source, status and who entered it (components and review details are not read).
     */
    public Map<Long, List<Realization>> findByUnitsAndYear(java.util.Collection<Long> unitIds, int year) {
        Map<Long, List<Realization>> out = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select unit_id, indicator_code, period, value, note, source, status, entered_by
                        from realization where unit_id = any(?) and year = ?""").params(unitIds.toArray(Long[]::new), year).query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Realization(
                            rs.getString(2),
                            Period.valueOf(rs.getString(3)),
                            rs.getBigDecimal(4),
                            Map.of(),
                            rs.getString(5),
                            rs.getString(6),
                            RealizationStatus.valueOf(rs.getString(7)),
                            rs.getString(8),
                            null));
        });
        return out;
    }

    /** One realization of a bulk write ({@link #saveAll}). */
    public record Imported(
            long unitId,
            String indicatorCode,
            Period period,
            BigDecimal value,
            String note,
            RealizationStatus status) {}

    /**
     * Writes many realizations of one year at once (an import): each replaces the unit's value of that IKU and
     * period (and its components), with the given source and status; {@code username} entered it and, for a
     * VERIFIED or APPROVED status, reviewed (and approved) it. One statement per table with arrays (unnest):
     * 100,000 rows in about a second, where a JDBC batch of single-row statements took ten times longer
     * (docs/benchmarks.md).
     */
    public void saveAll(int year, List<Imported> rows, String source, String username) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] unitIds = new Long[n];
        String[] codes = new String[n];
        String[] periods = new String[n];
        BigDecimal[] values = new BigDecimal[n];
        String[] notes = new String[n];
        String[] statuses = new String[n];
        String[] reviewers = new String[n];
        String[] approvers = new String[n];
        for (int i = 0; i < n; i++) {
            Imported r = rows.get(i);
            boolean approved = r.status() == RealizationStatus.APPROVED;
            boolean reviewed = approved || r.status() == RealizationStatus.VERIFIED;
            unitIds[i] = r.unitId();
            codes[i] = r.indicatorCode();
            periods[i] = r.period().name();
            values[i] = r.value();
            notes[i] = r.note();
            statuses[i] = r.status().name();
            reviewers[i] = reviewed ? username : null;
            approvers[i] = approved ? username : null;
        }
        template.update("""
                delete from realization_component c using realization r,
                    unnest(?::bigint[], ?::varchar[], ?::varchar[]) as k(unit_id, code, period)
                where c.realization_id = r.id and r.unit_id = k.unit_id and r.year = ?
                    and r.indicator_code = k.code and r.period = k.period""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", unitIds));
            ps.setArray(2, ps.getConnection().createArrayOf("varchar", codes));
            ps.setArray(3, ps.getConnection().createArrayOf("varchar", periods));
            ps.setInt(4, year);
        });
        template.update("""
                insert into realization (unit_id, year, indicator_code, period, value, note, source, status, entered_by,
                    updated_by, updated_at, reviewed_by, reviewed_at, approved_by, approved_at)
                select k.unit_id, ?, k.code, k.period, k.value, k.note, ?, k.status, ?, ?, now(), k.reviewer,
                    case when k.reviewer is not null then now() end, k.approver,
                    case when k.approver is not null then now() end
                from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::numeric[], ?::text[], ?::varchar[],
                    ?::varchar[], ?::varchar[]) as k(unit_id, code, period, value, note, status, reviewer, approver)
                on conflict (unit_id, year, indicator_code, period) do update set value = excluded.value,
                    note = excluded.note, source = excluded.source, status = excluded.status,
                    entered_by = excluded.entered_by, entered_at = now(), updated_by = excluded.updated_by,
                    updated_at = now(), reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at,
                    approved_by = excluded.approved_by, approved_at = excluded.approved_at,
                    row_version = realization.row_version + 1""", ps -> {
            var c = ps.getConnection();
            ps.setInt(1, year);
            ps.setString(2, source);
            ps.setString(3, username);
            ps.setString(4, username);
            ps.setArray(5, c.createArrayOf("bigint", unitIds));
            ps.setArray(6, c.createArrayOf("varchar", codes));
            ps.setArray(7, c.createArrayOf("varchar", periods));
            ps.setArray(8, c.createArrayOf("numeric", values));
            ps.setArray(9, c.createArrayOf("text", notes));
            ps.setArray(10, c.createArrayOf("varchar", statuses));
            ps.setArray(11, c.createArrayOf("varchar", reviewers));
            ps.setArray(12, c.createArrayOf("varchar", approvers));
        });
    }

    /** Every realization entered for a unit and year, with its components. */
    public List<Realization> findByUnitAndYear(long unitId, int year) {
        Map<Long, Map<String, BigDecimal>> components = new HashMap<>();
        jdbc.sql("""
                        select c.realization_id, c.component_code, c.value from realization_component c
                        join realization r on r.id = c.realization_id where r.unit_id = ? and r.year = ?""").params(unitId, year).query(rs -> {
            components
                    .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getBigDecimal(3));
        });
        List<Realization> result = new ArrayList<>();
        jdbc.sql("select * from realization where unit_id = ? and year = ? order by indicator_code, period")
                .params(unitId, year)
                .query(rs -> {
                    result.add(new Realization(
                            rs.getString("indicator_code"),
                            Period.valueOf(rs.getString("period")),
                            rs.getBigDecimal("value"),
                            Map.copyOf(components.getOrDefault(rs.getLong("id"), Map.of())),
                            rs.getString("note"),
                            rs.getString("source"),
                            RealizationStatus.valueOf(rs.getString("status")),
                            rs.getString("entered_by"),
                            rs.getObject("entered_at", OffsetDateTime.class)));
                });
        return result;
    }

    /** Inserts or replaces the realization of an IKU in a period, with its components. */
    @Transactional
    public void save(long unitId, int year, Realization r) {
        long id = jdbc.sql("""
                        insert into realization (unit_id, year, indicator_code, period, value, note, source, status, entered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, indicator_code, period) do update set
                            value = excluded.value, note = excluded.note, source = excluded.source,
                            status = excluded.status, entered_by = excluded.entered_by, entered_at = now(),
                            row_version = realization.row_version + 1
                        returning id""")
                .params(
                        unitId,
                        year,
                        r.indicatorCode(),
                        r.period().name(),
                        r.value(),
                        r.note(),
                        r.source(),
                        r.status().name(),
                        r.enteredBy())
                .query(Long.class)
                .single();
        jdbc.sql("delete from realization_component where realization_id = ?")
                .param(id)
                .update();
        for (var c : r.components().entrySet()) {
            jdbc.sql("insert into realization_component (realization_id, component_code, value) values (?, ?, ?)")
                    .params(id, c.getKey(), c.getValue())
                    .update();
        }
    }
}
