package id.kinerja.exchange.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code import_batch} table: an uploaded workbook kept with its previewed plan until it is applied. */
@Repository
public class ImportBatchRepository {

    /** One kept batch; {@code planJson} is the plan as previewed. */
    public record ImportBatch(
            long id,
            String fileName,
            byte[] content,
            long unitId,
            String planJson,
            String status,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime appliedAt) {}

    private final JdbcClient jdbc;

    ImportBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a previewed batch; its id. */
    public long insertPreviewed(
            String fileName, String sha256, byte[] content, long unitId, int year, String planJson, String createdBy) {
        return jdbc.sql("""
                        insert into import_batch (file_name, sha256, size_bytes, content, unit_id, year, plan_json, status, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, 'PREVIEWED', ?) returning id""")
                .params(fileName, sha256, content.length, content, unitId, year, planJson, createdBy)
                .query(Long.class)
                .single();
    }

    /** The unit a batch was uploaded on. */
    public Optional<Long> unitOf(long batchId) {
        return jdbc.sql("select unit_id from import_batch where id = ?")
                .param(batchId)
                .query(Long.class)
                .optional();
    }

    /** The batch, locked until the end of the transaction (so that it is applied once). */
    public Optional<ImportBatch> lock(long batchId) {
        return jdbc.sql("""
                        select id, file_name, content, unit_id, plan_json, status, created_by, created_at, applied_at
                        from import_batch where id = ? for update""").param(batchId).query(ImportBatch.class).optional();
    }

    public void markApplied(long batchId) {
        jdbc.sql("update import_batch set status = 'APPLIED', applied_at = now() where id = ?")
                .param(batchId)
                .update();
    }

    /** The batch when it has been applied. */
    public Optional<ImportBatch> findApplied(long batchId) {
        return jdbc.sql("""
                        select id, file_name, content, unit_id, plan_json, status, created_by, created_at, applied_at
                        from import_batch where id = ? and status = 'APPLIED'""").param(batchId).query(ImportBatch.class).optional();
    }
}
