package id.kinerja.review;

/** What a review thread is about: an office's period, one of its IKU (optionally of a period), or its LAKIN draft. */
public enum ReviewScope {
    PERIOD,
    INDICATOR,
    LAKIN
}
