package id.kinerja.report.internal;

import id.kinerja.framework.Period;
import id.kinerja.report.DocumentSetting;
import id.kinerja.report.ReportKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The place and date of a unit's documents of a year ({@code document_setting}, V40). */
@Repository
public class DocumentSettingRepository {

    private final JdbcClient jdbc;

    DocumentSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String document, String period, String place, LocalDate signedOn) {}

    /** A unit's settings of a year: the LAKIN first, then the NKO report by period. */
    public List<DocumentSetting> find(long unitId, int year) {
        return jdbc.sql("""
                        select document, period, place, signed_on from document_setting
                        where unit_id = ? and year = ? order by document desc, period""").params(unitId, year).query(Row.class).list().stream()
                .map(r -> new DocumentSetting(
                        ReportKind.valueOf(r.document()), Period.valueOf(r.period()), r.place(), r.signedOn()))
                .sorted(Comparator.comparing((DocumentSetting s) -> s.document() != ReportKind.LAKIN)
                        .thenComparing(DocumentSetting::period))
                .toList();
    }

    /** Writes one setting; a setting with neither place nor date is removed (the defaults apply again). */
    public void save(long unitId, int year, DocumentSetting s, String username) {
        if (s.place() == null && s.date() == null) {
            jdbc.sql("delete from document_setting where unit_id = ? and year = ? and document = ? and period = ?")
                    .params(unitId, year, s.document().name(), s.period().name())
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into document_setting (unit_id, year, document, period, place, signed_on, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, document, period) do update set place = excluded.place,
                            signed_on = excluded.signed_on, updated_by = excluded.updated_by, updated_at = now()""")
                .params(unitId, year, s.document().name(), s.period().name(), s.place(), s.date(), username)
                .update();
    }
}
