package id.kinerja.framework;

import id.kinerja.framework.internal.EnumNames;

/**
 * How the aggregate columns (Smt. 1, s.d. Q3, Y) follow from the quarters (docs/domain.md §3).
 * File spellings: sum, average, take-last.
 */
public enum Consolidation {
    /** Flow values: Smt. 1 = Q1 + Q2, s.d. Q3 = Q1 + Q2 + Q3, Y = Q1 + Q2 + Q3 + Q4. */
    SUM("sum"),
    /** Mean of the quarters the aggregate covers. */
    AVERAGE("average"),
    /** Cumulative values: the aggregate is its last quarter (Smt. 1 = Q2, s.d. Q3 = Q3, Y = Q4). */
    TAKE_LAST("take-last");

    private final String fileName;

    Consolidation(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Parses the file spelling; null when unknown. */
    public static Consolidation fromFileName(String s) {
        for (Consolidation c : values()) {
            if (c.fileName.equals(s)) {
                return c;
            }
        }
        return null;
    }

    public static String acceptedValues() {
        return EnumNames.list(values());
    }
}
