package id.kinerja.framework;

import java.util.List;
import java.util.Locale;

/**
 * The seven reporting columns of a DJP performance sheet (docs/domain.md §3): four quarters and three
 * aggregates. Declared in the order the columns are printed.
 */
public enum Period {
    Q1("Q1", List.of()),
    Q2("Q2", List.of()),
    /** Semester 1 ("Smt. 1"): Q1 and Q2. */
    S1("Smt. 1", List.of("Q1", "Q2")),
    Q3("Q3", List.of()),
    /** Through the third quarter ("s.d. Q3"): Q1, Q2 and Q3. */
    SDQ3("s.d. Q3", List.of("Q1", "Q2", "Q3")),
    Q4("Q4", List.of()),
    /** The year ("Y", printed "Yearly" or "Tahunan" in reports): Q1 to Q4. */
    Y("Y", List.of("Q1", "Q2", "Q3", "Q4"));

    private static final String ACCEPTED = "Q1, Q2, S1 (or SMT1), Q3, SDQ3, Q4, Y";

    private final String label;
    private final List<String> quarterNames;

    Period(String label, List<String> quarterNames) {
        this.label = label;
        this.quarterNames = quarterNames;
    }

    /** The Indonesian column heading: "Q1", "Q2", "Smt. 1", "Q3", "s.d. Q3", "Q4", "Y". */
    public String label() {
        return label;
    }

    /** True for S1, SDQ3 and Y: columns derived from quarters. */
    public boolean isAggregate() {
        return !quarterNames.isEmpty();
    }

    /** The quarters an aggregate covers (S1 -> Q1, Q2; SDQ3 -> Q1..Q3; Y -> Q1..Q4); a quarter covers itself. */
    public List<Period> quarters() {
        if (!isAggregate()) {
            return List.of(this);
        }
        return quarterNames.stream().map(Period::valueOf).toList();
    }

    /** The last quarter an aggregate covers (S1 -> Q2, SDQ3 -> Q3, Y -> Q4); a quarter is its own last quarter. */
    public Period lastQuarter() {
        List<Period> q = quarters();
        return q.get(q.size() - 1);
    }

    /**
     * Parses a period name case-insensitively: Q1, Q2, S1 or SMT1 (also "Smt. 1"), Q3, SDQ3 (also
     * "s.d. Q3"), Q4, Y.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("period is missing; expected one of " + ACCEPTED);
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace(".", "");
        return switch (t) {
            case "Q1" -> Q1;
            case "Q2" -> Q2;
            case "S1", "SMT1" -> S1;
            case "Q3" -> Q3;
            case "SDQ3" -> SDQ3;
            case "Q4" -> Q4;
            case "Y" -> Y;
            default -> throw new IllegalArgumentException("unknown period '" + text + "'; expected one of " + ACCEPTED);
        };
    }

    /** The accepted spellings, for error messages. */
    public static String acceptedValues() {
        return ACCEPTED;
    }

    /** The names a file may use, as a plain list without words of any language (for the message bundles). */
    public static String acceptedNames() {
        return "Q1, Q2, S1, SMT1, Q3, SDQ3, Q4, Y";
    }

    /**
     * The period this one is compared with, the report made one quarter earlier: Q2 after Q1, Q3 after Q2, Q4 after
     * Q3; a cumulative period after the one a quarter shorter (Smt. 1 after Q1, s.d. Q3 after Smt. 1, Y after
     * s.d. Q3). Null for Q1.
     */
    public Period previous() {
        return switch (this) {
            case Q1 -> null;
            case Q2, S1 -> Q1;
            case Q3 -> Q2;
            case SDQ3 -> S1;
            case Q4 -> Q3;
            case Y -> SDQ3;
        };
    }
}
