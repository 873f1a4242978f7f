package id.kinerja.framework;

import id.kinerja.framework.internal.EnumNames;

/**
 * How a realization relates to its target (docs/domain.md §3). File spellings: maximize, minimize, range.
 */
public enum Polarity {
    /** Higher is better: index = R / T x 100. */
    MAXIMIZE("maximize"),
    /** Lower is better: index = (2 - R / T) x 100. */
    MINIMIZE("minimize"),
    /** A target range [T, upper]: 100 inside; outside scored against the nearer bound. */
    RANGE("range");

    private final String fileName;

    Polarity(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling used in framework files. */
    public String fileName() {
        return fileName;
    }

    /** Parses the file spelling; null when unknown. */
    public static Polarity fromFileName(String s) {
        for (Polarity p : values()) {
            if (p.fileName.equals(s)) {
                return p;
            }
        }
        return null;
    }

    /** "maximize, minimize, range". */
    public static String acceptedValues() {
        return EnumNames.list(values());
    }
}
