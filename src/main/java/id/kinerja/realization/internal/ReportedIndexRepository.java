package id.kinerja.realization.internal;

import id.kinerja.framework.Period;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.realization.ReportedIndexWrite;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored {@link ReportedIndex reported indexes} ({@code reported_index}), written by the Excel import. */
@Repository
public class ReportedIndexRepository {

    private final JdbcClient jdbc;
    /**
     * Kept for the {@code unnest} statements: they bind typed SQL arrays ({@code createArrayOf}) in a
     * PreparedStatement callback, which JdbcClient does not offer.
     */
    private final JdbcTemplate template;

    public ReportedIndexRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A {@code reported_index} row with its unit. */
    private record Row(long unitId, String indicatorCode, Period period, java.math.BigDecimal reported) {}

    /** A unit's reported indexes of a year, in IKU and period order. */
    public List<ReportedIndex> findByUnitAndYear(long unitId, int year) {
        return findByUnitsAndYear(List.of(unitId), year).getOrDefault(unitId, List.of());
    }

    /** The reported indexes of many units of one year in one query, by unit. */
    public Map<Long, List<ReportedIndex>> findByUnitsAndYear(Collection<Long> unitIds, int year) {
        Map<Long, List<ReportedIndex>> out = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select unit_id, indicator_code, period, reported from reported_index
                        where unit_id = any(?) and year = ? order by unit_id, indicator_code, period""")
                .params(unitIds.toArray(Long[]::new), year)
                .query(Row.class)
                .list()
                .forEach(r -> out.computeIfAbsent(r.unitId(), k -> new ArrayList<>())
                        .add(new ReportedIndex(r.indicatorCode(), r.period(), r.reported())));
        out.values()
                .forEach(l -> l.sort(java.util.Comparator.comparing(ReportedIndex::indicatorCode)
                        .thenComparing(ReportedIndex::period)));
        return out;
    }

    /** Stores (or, for a null index, removes) many reported indexes of one year at once. */
    public void saveAll(int year, List<ReportedIndexWrite> rows, String username) {
        List<ReportedIndexWrite> removed =
                rows.stream().filter(w -> w.reported() == null).toList();
        List<ReportedIndexWrite> stored =
                rows.stream().filter(w -> w.reported() != null).toList();
        if (!removed.isEmpty()) {
            template.update("""
                    delete from reported_index r using unnest(?::bigint[], ?::varchar[], ?::varchar[])
                        as k(unit_id, code, period)
                    where r.unit_id = k.unit_id and r.year = ? and r.indicator_code = k.code and r.period = k.period""", ps -> {
                var c = ps.getConnection();
                ps.setArray(
                        1,
                        c.createArrayOf(
                                "bigint",
                                removed.stream().map(ReportedIndexWrite::unitId).toArray()));
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "varchar",
                                removed.stream()
                                        .map(ReportedIndexWrite::indicatorCode)
                                        .toArray()));
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "varchar",
                                removed.stream().map(w -> w.period().name()).toArray()));
                ps.setInt(4, year);
            });
        }
        if (!stored.isEmpty()) {
            template.update("""
                    insert into reported_index (unit_id, year, indicator_code, period, reported, recorded_by)
                    select k.unit_id, ?, k.code, k.period, k.reported, ?
                    from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::numeric[]) as k(unit_id, code, period, reported)
                    on conflict (unit_id, year, indicator_code, period) do update set reported = excluded.reported,
                        recorded_by = excluded.recorded_by, recorded_at = now()""", ps -> {
                var c = ps.getConnection();
                ps.setInt(1, year);
                ps.setString(2, username);
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "bigint",
                                stored.stream().map(ReportedIndexWrite::unitId).toArray()));
                ps.setArray(
                        4,
                        c.createArrayOf(
                                "varchar",
                                stored.stream()
                                        .map(ReportedIndexWrite::indicatorCode)
                                        .toArray()));
                ps.setArray(
                        5,
                        c.createArrayOf(
                                "varchar",
                                stored.stream().map(w -> w.period().name()).toArray()));
                ps.setArray(
                        6,
                        c.createArrayOf(
                                "numeric",
                                stored.stream()
                                        .map(ReportedIndexWrite::reported)
                                        .toArray()));
            });
        }
    }
}
