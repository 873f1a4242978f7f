package id.kinerja.realization;

import id.kinerja.framework.Period;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workflow's reads and writes of {@code realization}. Every write names the row version it was based
 * on and increments it; a write on a stale version changes nothing and reports {@code false}.
 */
@Repository
public class RealizationEntryRepository {

    private final JdbcClient jdbc;

    RealizationEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RealizationEntry> findByUnitAndYear(long unitId, int year) {
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
                .query(rs -> {
                    components
                            .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        List<RealizationEntry> result = new ArrayList<>();
        jdbc.sql("select r.* from realization r where " + where + " order by r.indicator_code, r.period")
                .params(params)
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
    boolean insertDraft(
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
    boolean insertDraft(
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
    boolean updateDraft(
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
    boolean updateDraft(
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

    boolean submit(long id, int rowVersion, String username) {
        return jdbc.sql("""
                        update realization set status = 'SUBMITTED', submitted_by = ?, submitted_at = now(),
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""").params(username, username, id, rowVersion).update() == 1;
    }

    /** VERIFIED or RETURNED by the performance administrator, with the note (a return's reason). */
    boolean review(long id, int rowVersion, RealizationStatus status, String note, String username) {
        return jdbc.sql("""
                        update realization set status = ?, review_note = ?, reviewed_by = ?, reviewed_at = now(),
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""")
                        .params(status.name(), note, username, username, id, rowVersion)
                        .update()
                == 1;
    }

    boolean approve(long id, int rowVersion, String username) {
        return jdbc.sql("""
                        update realization set status = 'APPROVED', approved_by = ?, approved_at = now(),
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""").params(username, username, id, rowVersion).update() == 1;
    }

    /** An administrator's unlock: back to DRAFT with the reason as review note; no longer approved. */
    boolean unlock(long id, int rowVersion, String reason, String username) {
        return jdbc.sql("""
                        update realization set status = 'DRAFT', review_note = ?, approved_by = null, approved_at = null,
                            updated_by = ?, updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ?""").params(reason, username, id, rowVersion).update() == 1;
    }

    /** The status of a realization, locking its row until the transaction ends; empty when none is entered. */
    Optional<RealizationStatus> lockStatus(long unitId, int year, String indicatorCode, Period period) {
        return jdbc.sql("""
                        select status from realization
                        where unit_id = ? and year = ? and indicator_code = ? and period = ? for update""")
                .params(unitId, year, indicatorCode, period.name())
                .query(String.class)
                .optional()
                .map(RealizationStatus::valueOf);
    }
}
