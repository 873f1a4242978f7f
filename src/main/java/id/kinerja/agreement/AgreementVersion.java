package id.kinerja.agreement;

import java.time.OffsetDateTime;

/**
 * One version of a unit's agreement for a year as the editor lists it: status, who created, changed and signed
 * it and when, and the row version every edit form carries back (optimistic locking).
 */
public record AgreementVersion(
        long id,
        int version,
        AgreementStatus status,
        String number,
        long frameworkVersionId,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        String signedBy,
        OffsetDateTime signedAt,
        int rowVersion) {

    public String lastBy() {
        return updatedBy != null ? updatedBy : createdBy;
    }

    public OffsetDateTime lastAt() {
        return updatedAt != null ? updatedAt : createdAt;
    }
}
