package id.kinerja.evidence.internal;

import id.kinerja.evidence.Evidence;
import id.kinerja.evidence.EvidenceKind;
import id.kinerja.framework.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code evidence}: evidence files of realizations (bytea + SHA-256), used through {@link id.kinerja.evidence.EvidenceService}. */
@Repository
public class EvidenceRepository {

    private static final String COLUMNS = "id, unit_id, year, indicator_code, period, filename, content_type, "
            + "size_bytes, sha256, kind, uploaded_by, uploaded_at";

    /** The first key of the advisory lock that serialises a unit's uploads ("EV" as a number). */
    private static final int QUOTA_LOCK = 0x4556;

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long unitId,
            int year,
            String indicatorCode,
            Period period,
            String filename,
            String contentType,
            byte[] content,
            String sha256,
            EvidenceKind kind,
            String username) {
        return jdbc.sql("""
                        insert into evidence (unit_id, year, indicator_code, period, filename, content_type, size_bytes,
                            sha256, content, kind, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unitId,
                        year,
                        indicatorCode,
                        period.name(),
                        filename,
                        contentType,
                        (long) content.length,
                        sha256,
                        content,
                        kind.name(),
                        username)
                .query(Long.class)
                .single();
    }

    public List<Evidence> findByIndicator(long unitId, int year, String indicatorCode) {
        return jdbc.sql("select " + COLUMNS + " from evidence where unit_id = ? and year = ? and indicator_code = ? "
                        + "order by uploaded_at desc, id desc")
                .params(unitId, year, indicatorCode)
                .query(Evidence.class)
                .list();
    }

    /** The evidence with this id if it belongs to this unit (an id of another unit is "not found"). */
    public Optional<Evidence> find(long unitId, long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence where id = ? and unit_id = ?")
                .params(id, unitId)
                .query(Evidence.class)
                .optional();
    }

    /**
     * The bytes stored for a unit, after taking the unit's evidence lock for the rest of the transaction (so that
     * two uploads of one unit at once cannot both pass the quota).
     */
    public long lockAndMeasure(long unitId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(QUOTA_LOCK, (int) unitId)
                .query(Object.class)
                .single();
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from evidence where unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .single();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from evidence where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }
}
