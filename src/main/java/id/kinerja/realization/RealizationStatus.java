package id.kinerja.realization;

/** Where a realization stands in the quarterly review: entered, submitted, verified, returned, approved. */
public enum RealizationStatus {
    DRAFT,
    SUBMITTED,
    VERIFIED,
    RETURNED,
    APPROVED
}
