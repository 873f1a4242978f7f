package id.kinerja.audit;

import java.time.OffsetDateTime;

/**
 * One recorded change: who, when, on what, the old and new value, and the reason when one is required.
 * {@code action} is the stored code ({@link AuditAction#code()}); users read {@link #kind()}'s label.
 */
public record AuditEvent(
        long id,
        OffsetDateTime at,
        String username,
        Long unitId,
        String entity,
        String entityKey,
        String action,
        String oldValue,
        String newValue,
        String reason) {

    /** The action of the stored code; null for a code no {@link AuditAction} has. */
    public AuditAction kind() {
        return AuditAction.fromCode(action);
    }
}
