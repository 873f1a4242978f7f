package id.kinerja.realization.internal;

import id.kinerja.realization.IndicatorHistoryEntry;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Past years' results of each IKU of a unit: the LAKIN's five-year comparison. */
@Repository
public class IndicatorHistoryRepository {

    private final JdbcClient jdbc;

    public IndicatorHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorHistoryEntry> findByUnit(long unitId) {
        return jdbc.sql("""
                        select indicator_code, year, realization, index_value as index, note from indicator_history
                        where unit_id = ? order by indicator_code, year""").param(unitId).query(IndicatorHistoryEntry.class).list();
    }

    public void save(long unitId, IndicatorHistoryEntry e) {
        jdbc.sql("""
                        insert into indicator_history (unit_id, indicator_code, year, realization, index_value, note)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, indicator_code, year) do update set
                            realization = excluded.realization, index_value = excluded.index_value, note = excluded.note""")
                .params(unitId, e.indicatorCode(), e.year(), e.realization(), e.index(), e.note())
                .update();
    }

    /** Removes one past year of an IKU; whether there was one. */
    public boolean delete(long unitId, String indicatorCode, int year) {
        return jdbc.sql("delete from indicator_history where unit_id = ? and indicator_code = ? and year = ?")
                        .params(unitId, indicatorCode, year)
                        .update()
                > 0;
    }
}
