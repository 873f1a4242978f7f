package id.kinerja.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * A piecewise-linear conversion from a realization to an index (docs/domain.md §4.1, e.g. 10a's IKPA table). Bands are
 * in ascending order of realization and do not overlap. A band is either a constant index for a realization
 * range, or a straight line from (lower -> fromIndex) to (upper -> toIndex). Every bound states whether it is
 * inclusive, so a table like 10a's (&gt; 95 -> 120; 91 &lt; R &le; 95 -> 100 + (R - 91) / 0.2; = 91 -> 100;
 * 80 &lt; R &lt; 91 -> 80 + (R - 80) / 0.55; = 80 -> 80; &lt; 80 -> 79.9) is exact.
 */
public record ConversionTable(List<Band> bands) {

    public ConversionTable {
        bands = List.copyOf(bands);
    }

    /**
     * One band. {@code lower}/{@code upper} null means unbounded on that side. Exactly one of {@code index}
     * (constant) or the pair {@code fromIndex}/{@code toIndex} (linear, needs both bounds) is set.
     */
    public record Band(
            BigDecimal lower,
            boolean lowerInclusive,
            BigDecimal upper,
            boolean upperInclusive,
            BigDecimal index,
            BigDecimal fromIndex,
            BigDecimal toIndex) {

        /** A constant band. */
        public static Band constant(
                BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive, BigDecimal index) {
            return new Band(lower, lowerInclusive, upper, upperInclusive, Objects.requireNonNull(index), null, null);
        }

        /** A linear band from (lower -> fromIndex) to (upper -> toIndex). */
        public static Band linear(
                BigDecimal lower,
                boolean lowerInclusive,
                BigDecimal upper,
                boolean upperInclusive,
                BigDecimal fromIndex,
                BigDecimal toIndex) {
            return new Band(
                    Objects.requireNonNull(lower),
                    lowerInclusive,
                    Objects.requireNonNull(upper),
                    upperInclusive,
                    null,
                    Objects.requireNonNull(fromIndex),
                    Objects.requireNonNull(toIndex));
        }

        public boolean isLinear() {
            return index == null;
        }

        /** Whether the realization falls in this band. */
        public boolean contains(BigDecimal r) {
            if (lower != null) {
                int c = r.compareTo(lower);
                if (c < 0 || (c == 0 && !lowerInclusive)) {
                    return false;
                }
            }
            if (upper != null) {
                int c = r.compareTo(upper);
                if (c > 0 || (c == 0 && !upperInclusive)) {
                    return false;
                }
            }
            return true;
        }

        /** The index for a realization inside this band. */
        public BigDecimal indexFor(BigDecimal r, MathContext mc) {
            if (!isLinear()) {
                return index;
            }
            // fromIndex + (R - lower) x (toIndex - fromIndex) / (upper - lower)
            BigDecimal slope = toIndex.subtract(fromIndex).divide(upper.subtract(lower), mc);
            return fromIndex.add(r.subtract(lower).multiply(slope, mc), mc);
        }

        /** The band's condition in readable form, e.g. "91 < R <= 95", "R = 80", "R < 80". */
        public String describe() {
            String lo = lower == null ? null : lower.stripTrailingZeros().toPlainString();
            String hi = upper == null ? null : upper.stripTrailingZeros().toPlainString();
            if (lower != null && upper != null && lower.compareTo(upper) == 0) {
                return "R = " + lo;
            }
            StringBuilder sb = new StringBuilder();
            if (lo != null) {
                sb.append(lo).append(lowerInclusive ? " <= " : " < ");
            }
            sb.append('R');
            if (hi != null) {
                sb.append(upperInclusive ? " <= " : " < ").append(hi);
            }
            return sb.toString();
        }
    }

    /** The band containing the realization, or null when it falls in a gap of the table. */
    public Band bandFor(BigDecimal realization) {
        for (Band b : bands) {
            if (b.contains(realization)) {
                return b;
            }
        }
        return null;
    }

    /** The converted index, or null when the realization falls in no band. */
    public BigDecimal convert(BigDecimal realization, MathContext mc) {
        Band b = bandFor(realization);
        return b == null ? null : b.indexFor(realization, mc);
    }
}
