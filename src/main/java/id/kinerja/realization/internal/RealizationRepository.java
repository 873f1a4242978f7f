package id.kinerja.realization.internal;

import id.kinerja.framework.Period;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The realization aggregate ({@code realization} with its {@code realization_component} rows): the workflow's reads
 * and writes, the bulk write of an import and the reads of the other modules (through {@code RealizationQueries}).
 * Every workflow write names the row version it was based on and increments it; a write on a stale version changes
 * nothing and reports {@code false}.
 */
@Repository
public class RealizationRepository {

    private final JdbcClient jdbc;

    /**
     * Kept for the {@code unnest} statements: they bind typed SQL arrays ({@code createArrayOf}) in a
     * PreparedStatement callback, which JdbcClient does not offer.
     */
    private final JdbcTemplate template;

    public RealizationRepository(JdbcClient jdbc, JdbcTemplate template) {
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
                        from realization where unit_id = any(?) and year = ?""")
                .params(unitIds.toArray(Long[]::new), year)
                .query(BulkRow.class)
                .list()
                .forEach(r ->
                        out.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r.realization()));
        return out;
    }

    /** A realization row of the bulk read: no components, no review details. */
    private record BulkRow(
            long unitId,
            String indicatorCode,
            Period period,
            BigDecimal value,
            String note,
            String source,
            RealizationStatus status,
            String enteredBy) {

        Realization realization() {
            return new Realization(indicatorCode, period, value, Map.of(), note, source, status, enteredBy, null);
        }
    }

    /** A {@code realization_component} row. */
    private record ComponentRow(long realizationId, String componentCode, BigDecimal value) {}

    /** One realization of a bulk write ({@link #saveAll}) with the state the workflow gave it. */
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
                        join realization r on r.id = c.realization_id where r.unit_id = ? and r.year = ?""")
                .params(unitId, year)
                .query(ComponentRow.class)
                .list()
                .forEach(c -> components
                        .computeIfAbsent(c.realizationId(), k -> new LinkedHashMap<>())
                        .put(c.componentCode(), c.value()));
        List<Realization> result = new ArrayList<>();
        jdbc.sql("select * from realization where unit_id = ? and year = ? order by indicator_code, period")
                .params(unitId, year)
                // hand-mapped: each row is joined in Java with its components, read by the query above
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

    public List<RealizationEntry> findEntries(long unitId, int year) {
        return query("r.unit_id = ? and r.year = ?", unitId, year);
    }

    public List<RealizationEntry> findByIndicator(long unitId, int year, String indicatorCode) {
        return query("r.unit_id = ? and r.year = ? and r.indicator_code = ?", unitId, year, indicatorCode);
    }

    public Optional<RealizationEntry> find(long unitId, int year, String indicatorCode, Period period) {
        return query(
                        "r.unit_id = ? and r.year = ? and r.indicator_code = ? and r.period = ?",
                        unitId,
                        year,
                        indicatorCode,
                        period.name())
                .stream()
                .findFirst();
    }

    private List<RealizationEntry> query(String where, Object... params) {
        Map<Long, Map<String, BigDecimal>> components = new HashMap<>();
        jdbc.sql("select c.realization_id, c.component_code, c.value from realization_component c "
                        + "join realization r on r.id = c.realization_id where " + where + " order by c.component_code")
                .params(params)
                .query(ComponentRow.class)
                .list()
                .forEach(c -> components
                        .computeIfAbsent(c.realizationId(), k -> new LinkedHashMap<>())
                        .put(c.componentCode(), c.value()));
        List<RealizationEntry> result = new ArrayList<>();
        jdbc.sql("select r.* from realization r where " + where + " order by r.indicator_code, r.period")
                .params(params)
                // hand-mapped: each row is joined in Java with its components, read by the query above
                .query(rs -> {
                    result.add(row(rs, components.getOrDefault(rs.getLong("id"), Map.of())));
                });
        return result;
    }

    private static RealizationEntry row(ResultSet rs, Map<String, BigDecimal> components) throws SQLException {
        return new RealizationEntry(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getInt("year"),
                rs.getString("indicator_code"),
                Period.valueOf(rs.getString("period")),
                rs.getBigDecimal("value"),
                Collections.unmodifiableMap(new LinkedHashMap<>(components)),
                rs.getString("note"),
                RealizationStatus.valueOf(rs.getString("status")),
                rs.getString("entered_by"),
                rs.getObject("entered_at", OffsetDateTime.class),
                rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("review_note"),
                rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getString("approved_by"),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("row_version"));
    }

    /** A first entry (status DRAFT); false when a row for that IKU and period exists already. */
    public boolean insertDraft(
            long unitId,
            int year,
            String indicatorCode,
            Period period,
            BigDecimal value,
            Map<String, BigDecimal> components,
            String note,
            String username) {
        return insertDraft(unitId, year, indicatorCode, period, value, components, note, username, "Kinerja");
    }

    /** A first entry (status DRAFT) with where its value comes from ({@code source}, e.g. REVENUE). */
    public boolean insertDraft(
            long unitId,
            int year,
            String indicatorCode,
            Period period,
            BigDecimal value,
            Map<String, BigDecimal> components,
            String note,
            String username,
            String source) {
        Optional<Long> id = jdbc.sql("""
                        insert into realization (unit_id, year, indicator_code, period, value, note, source, status,
                            entered_by, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, now())
                        on conflict (unit_id, year, indicator_code, period) do nothing
                        returning id""")
                .params(unitId, year, indicatorCode, period.name(), value, note, source, username, username)
                .query(Long.class)
                .optional();
        id.ifPresent(i -> replaceComponents(i, components));
        return id.isPresent();
    }

    /** New value and note from a named source (e.g. REVENUE), back to DRAFT; false on a stale version. */
    public boolean updateDraft(
            long id,
            int rowVersion,
            BigDecimal value,
            Map<String, BigDecimal> components,
            String note,
            String username,
            String source) {
        boolean done = updateDraft(id, rowVersion, value, components, note, username);
        if (done) {
            jdbc.sql("update realization set source = ? where id = ?")
                    .params(source, id)
                    .update();
        }
        return done;
    }

    /** New value (or components) and note, back to DRAFT; false on a stale version. */
    public boolean updateDraft(
            long id,
            int rowVersion,
            BigDecimal value,
            Map<String, BigDecimal> components,
            String note,
            String username) {
        int n = jdbc.sql("""
                        update realization set value = ?, note = ?, status = 'DRAFT', entered_by = ?, entered_at = now(),
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""")
                .params(value, note, username, username, id, rowVersion)
                .update();
        if (n == 1) {
            replaceComponents(id, components);
        }
        return n == 1;
    }

    private void replaceComponents(long id, Map<String, BigDecimal> components) {
        jdbc.sql("delete from realization_component where realization_id = ?")
                .param(id)
                .update();
        for (var c : components.entrySet()) {
            jdbc.sql("insert into realization_component (realization_id, component_code, value) values (?, ?, ?)")
                    .params(id, c.getKey(), c.getValue())
                    .update();
        }
    }

    public boolean submit(long id, int rowVersion, String username) {
        return jdbc.sql("""
                        update realization set status = 'SUBMITTED', submitted_by = ?, submitted_at = now(),
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""").params(username, username, id, rowVersion).update() == 1;
    }

    /** VERIFIED or RETURNED by the performance administrator, with the note (a return's reason). */
    public boolean review(long id, int rowVersion, RealizationStatus status, String note, String username) {
        return jdbc.sql("""
                        update realization set status = ?, review_note = ?, reviewed_by = ?, reviewed_at = now(),
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""")
                        .params(status.name(), note, username, username, id, rowVersion)
                        .update()
                == 1;
    }

    public boolean approve(long id, int rowVersion, String username) {
        return jdbc.sql("""
                        update realization set status = 'APPROVED', approved_by = ?, approved_at = now(),
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""").params(username, username, id, rowVersion).update() == 1;
    }

    /** An administrator's unlock: back to DRAFT with the reason as review note; no longer approved. */
    public boolean unlock(long id, int rowVersion, String reason, String username) {
        return jdbc.sql("""
                        update realization set status = 'DRAFT', review_note = ?, approved_by = null, approved_at = null,
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""").params(reason, username, id, rowVersion).update() == 1;
    }

    /** The status of a realization, locking its row until the transaction ends; empty when none is entered. */
    public Optional<RealizationStatus> lockStatus(long unitId, int year, String indicatorCode, Period period) {
        return jdbc.sql("""
                        select status from realization
                        where unit_id = ? and year = ? and indicator_code = ? and period = ? for update""")
                .params(unitId, year, indicatorCode, period.name())
                .query(String.class)
                .optional()
                .map(RealizationStatus::valueOf);
    }
}
