package id.kinerja.framework;

import id.kinerja.framework.internal.EnumNames;

/**
 * How an indicator's (or a component's) realization becomes an achievement index (docs/domain.md §4.1).
 * File spellings: ratio, realization-is-index, conversion-table.
 */
public enum ScoringKind {
    /** The polarity formula against the target (e.g. R / T x 100). */
    RATIO("ratio"),
    /** The realization already is an index (01b, 06b, 06c, 07a, 09a, 10a). */
    REALIZATION_IS_INDEX("realization-is-index"),
    /** A piecewise-linear table from realization to index. */
    CONVERSION_TABLE("conversion-table");

    private final String fileName;

    ScoringKind(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Parses the file spelling; null when unknown. */
    public static ScoringKind fromFileName(String s) {
        for (ScoringKind k : values()) {
            if (k.fileName.equals(s)) {
                return k;
            }
        }
        return null;
    }

    public static String acceptedValues() {
        return EnumNames.list(values());
    }
}
