package id.kinerja.indicator.internal;

import id.kinerja.indicator.IndicatorNote;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code indicator_note}: notes on an IKU during the year, used through {@link id.kinerja.indicator.IndicatorPageService}. */
@Repository
public class IndicatorNoteRepository {

    private final JdbcClient jdbc;

    IndicatorNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorNote> find(long unitId, int year, String indicatorCode) {
        return jdbc.sql("""
                        select id, unit_id, year, indicator_code, content, author, created_at from indicator_note
                        where unit_id = ? and year = ? and indicator_code = ? order by created_at desc, id desc""")
                .params(unitId, year, indicatorCode)
                .query(IndicatorNote.class)
                .list();
    }

    public long insert(long unitId, int year, String indicatorCode, String content, String author) {
        return jdbc.sql("""
                        insert into indicator_note (unit_id, year, indicator_code, content, author)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(unitId, year, indicatorCode, content, author)
                .query(Long.class)
                .single();
    }
}
