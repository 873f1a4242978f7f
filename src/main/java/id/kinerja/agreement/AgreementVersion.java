package id.kinerja.agreement;

import java.time.OffsetDateTime;

/**
 * One version of a unit's agreement for a year as the editor lists it: status, who created, changed and signed
 * it and when, and the row version every edit form carries back (optimistic locking). {@code signedBy} and
 * {@code signedAt} are the signature that put it in force; each party's own signature is
 * {@code firstPartySignedBy/At} (the unit's head) and {@code secondPartySignedBy/At} (the head of the unit above).
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
        int rowVersion,
        String firstPartySignedBy,
        OffsetDateTime firstPartySignedAt,
        String secondPartySignedBy,
        OffsetDateTime secondPartySignedAt) {

    /** Who signed as the given party, null when that party has not signed yet. */
    public String signedBy(AgreementParty party) {
        return party == AgreementParty.FIRST ? firstPartySignedBy : secondPartySignedBy;
    }

    /** When the given party signed, null when it has not. */
    public OffsetDateTime signedAt(AgreementParty party) {
        return party == AgreementParty.FIRST ? firstPartySignedAt : secondPartySignedAt;
    }

    public String lastBy() {
        return updatedBy != null ? updatedBy : createdBy;
    }

    public OffsetDateTime lastAt() {
        return updatedAt != null ? updatedAt : createdAt;
    }
}
