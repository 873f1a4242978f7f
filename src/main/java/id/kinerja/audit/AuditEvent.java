package id.kinerja.audit;

import java.time.OffsetDateTime;

/** One recorded change: who, when, on what, the old and new value, and the reason when one is required. */
public record AuditEvent(long id, OffsetDateTime at, String username, Long unitId, String entity, String entityKey,
                         String action, String oldValue, String newValue, String reason) {
}
