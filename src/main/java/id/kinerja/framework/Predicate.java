package id.kinerja.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of the NKO predicate scale, e.g. "Istimewa" for NKO &gt; 100.
 *
 * @param name           Indonesian name, e.g. "Istimewa", "Butuh Perbaikan"
 * @param lowerBound     the lower bound; null for the lowest predicate (no bound)
 * @param lowerInclusive whether an NKO equal to the bound qualifies ("at-least") or not ("above")
 */
public record Predicate(String name, BigDecimal lowerBound, boolean lowerInclusive) {
    public Predicate {
        Objects.requireNonNull(name, "name");
    }

    /** Whether an NKO qualifies for this predicate (ignoring the predicates above it). */
    public boolean admits(BigDecimal nko) {
        if (lowerBound == null) {
            return true;
        }
        int c = nko.compareTo(lowerBound);
        return c > 0 || (c == 0 && lowerInclusive);
    }

    /** E.g. "NKO > 100", "NKO >= 60", "semua nilai lain (all other values)". */
    public String describe() {
        if (lowerBound == null) {
            return "nilai lainnya (any other value)";
        }
        return "NKO " + (lowerInclusive ? ">= " : "> ")
                + lowerBound.stripTrailingZeros().toPlainString();
    }
}
