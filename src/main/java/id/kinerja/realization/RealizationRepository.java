package id.kinerja.realization;

import id.kinerja.framework.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Repository
public class RealizationRepository {

    private final JdbcClient jdbc;

    RealizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every realization entered for a unit and year, with its components. */
    public List<Realization> findByUnitAndYear(long unitId, int year) {
        Map<Long, Map<String, BigDecimal>> components = new HashMap<>();
        jdbc.sql("""
                        select c.realization_id, c.component_code, c.value from realization_component c
                        join realization r on r.id = c.realization_id where r.unit_id = ? and r.year = ?""")
                .params(unitId, year).query(rs -> {
                    components.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                });
        List<Realization> result = new ArrayList<>();
        jdbc.sql("select * from realization where unit_id = ? and year = ? order by indicator_code, period")
                .params(unitId, year).query(rs -> {
                    result.add(new Realization(rs.getString("indicator_code"), Period.valueOf(rs.getString("period")),
                            rs.getBigDecimal("value"), Map.copyOf(components.getOrDefault(rs.getLong("id"), Map.of())),
                            rs.getString("note"), rs.getString("source"),
                            RealizationStatus.valueOf(rs.getString("status")), rs.getString("entered_by"),
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
                .params(unitId, year, r.indicatorCode(), r.period().name(), r.value(), r.note(), r.source(),
                        r.status().name(), r.enteredBy())
                .query(Long.class).single();
        jdbc.sql("delete from realization_component where realization_id = ?").param(id).update();
        for (var c : r.components().entrySet()) {
            jdbc.sql("insert into realization_component (realization_id, component_code, value) values (?, ?, ?)")
                    .params(id, c.getKey(), c.getValue()).update();
        }
    }
}
