package id.kinerja.sending.internal;

import id.kinerja.framework.Period;
import id.kinerja.report.ReportKind;
import id.kinerja.sending.SentDocument;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents sent ({@code sent_document}, V61). */
@Repository
public class SentDocumentRepository {

    private static final String COLUMNS = """
            select id, unit_id, year, kind, period, version, file_name, sha256, length(pdf) as size, sent_by, sent_at,
                note, acknowledged_by, acknowledged_at
            from sent_document""";

    private final JdbcClient jdbc;

    SentDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SentDocument> ofUnit(long unitId, int year) {
        return jdbc.sql(COLUMNS + " where unit_id = ? and year = ? order by sent_at desc, id desc")
                .params(unitId, year)
                .query(SentDocument.class)
                .list();
    }

    public List<SentDocument> unacknowledged(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where unit_id in (:units) and acknowledged_at is null order by sent_at, id")
                .param("units", unitIds)
                .query(SentDocument.class)
                .list();
    }

    public Optional<SentDocument> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?")
                .param(id)
                .query(SentDocument.class)
                .optional();
    }

    public Optional<byte[]> pdf(long id) {
        return jdbc.sql("select pdf from sent_document where id = ?")
                .param(id)
                .query(byte[].class)
                .optional();
    }

    /**
     * Stores the next version of a report's sending; the version is one more than the highest of the same report,
     * and the unique key refuses a second sending made at the same moment (the caller's transaction fails).
     */
    public long insert(
            long unitId,
            int year,
            ReportKind kind,
            Period period,
            String fileName,
            byte[] pdf,
            String sha256,
            String sentBy,
            String note) {
        return jdbc.sql("""
                        insert into sent_document (unit_id, year, kind, period, version, file_name, pdf, sha256,
                            sent_by, note)
                        values (:unit, :year, :kind, :period,
                            (select coalesce(max(version), 0) + 1 from sent_document
                             where unit_id = :unit and year = :year and kind = :kind and period = :period),
                            :file, :pdf, :sha, :by, :note)
                        returning id""")
                .param("unit", unitId)
                .param("year", year)
                .param("kind", kind.name())
                .param("period", period.name())
                .param("file", fileName)
                .param("pdf", pdf)
                .param("sha", sha256)
                .param("by", sentBy)
                .param("note", note)
                .query(Long.class)
                .single();
    }

    /** Records the receipt; false when it was acknowledged already. */
    public boolean acknowledge(long id, String username) {
        return jdbc.sql("""
                        update sent_document set acknowledged_by = ?, acknowledged_at = now()
                        where id = ? and acknowledged_at is null""").params(username, id).update() == 1;
    }
}
