package id.kinerja.scoring;

/**
 * Why an indicator was left out of a period's score (docs/domain.md §4.5). Users read it through the message
 * bundles ({@link #key()}: {@code scoring.exclusion.NO_TARGET}, ...); the API and the import's files use the code.
 */
public enum Exclusion {
    NO_TARGET,
    ZERO_TARGET,
    NO_REALIZATION,
    NO_UPPER_BOUND,
    INVALID_RANGE,
    NO_CONVERSION_BAND,
    ZERO_WEIGHT;

    /** The reason code, e.g. "NO_TARGET". */
    public String code() {
        return name();
    }

    /** The message key of the reason, e.g. "scoring.exclusion.NO_TARGET". */
    public String key() {
        return "scoring.exclusion." + name();
    }
}
