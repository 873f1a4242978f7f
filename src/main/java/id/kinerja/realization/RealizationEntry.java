package id.kinerja.realization;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A realization as the workflow sees it: the entered value (or its components), its review state with who
 * did each step and when, the last change, and the row version every form carries back (optimistic locking).
 */
public record RealizationEntry(
        long id,
        long unitId,
        int year,
        String indicatorCode,
        Period period,
        BigDecimal value,
        Map<String, BigDecimal> components,
        String note,
        RealizationStatus status,
        String enteredBy,
        OffsetDateTime enteredAt,
        String submittedBy,
        OffsetDateTime submittedAt,
        String reviewNote,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        String approvedBy,
        OffsetDateTime approvedAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        int rowVersion) {

    /** Who made the last change (the demo's rows have only who entered them). */
    public String lastBy() {
        return updatedBy != null ? updatedBy : enteredBy;
    }

    public OffsetDateTime lastAt() {
        return updatedAt != null ? updatedAt : enteredAt;
    }

    /** Approved periods are locked: only an administrator's unlock changes them. */
    public boolean locked() {
        return status == RealizationStatus.APPROVED;
    }

    public boolean byComponents() {
        return value == null && !components.isEmpty();
    }

    /** The audit text of value and state: {@code 1234.56 [DRAFT]} or {@code KEGIATAN=90; ... [SUBMITTED]}. */
    public String auditText() {
        return auditText(value, components, status);
    }

    static String auditText(BigDecimal value, Map<String, BigDecimal> components, RealizationStatus status) {
        StringBuilder sb = new StringBuilder();
        if (value != null) {
            sb.append(value.toPlainString());
        } else {
            components.forEach((k, v) ->
                    sb.append(sb.isEmpty() ? "" : "; ").append(k).append('=').append(v.toPlainString()));
        }
        return sb.append(sb.isEmpty() ? "" : " ")
                .append('[')
                .append(status.name())
                .append(']')
                .toString();
    }
}
