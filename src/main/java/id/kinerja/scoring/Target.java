package id.kinerja.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target for one period.
 *
 * @param value the target (the lower bound of a range)
 * @param upper the upper bound, only for {@link id.kinerja.framework.Polarity#RANGE}; null otherwise
 */
public record Target(BigDecimal value, BigDecimal upper) {

    public Target {
        Objects.requireNonNull(value, "value");
    }

    /** A single-valued target. */
    public static Target of(BigDecimal value) {
        return new Target(value, null);
    }

    /** A single-valued target from text, e.g. {@code Target.of("73")}. */
    public static Target of(String value) {
        return of(new BigDecimal(value));
    }

    /** A range target [lower, upper]. */
    public static Target range(BigDecimal lower, BigDecimal upper) {
        return new Target(lower, Objects.requireNonNull(upper, "upper"));
    }

    /** Whether both targets are numerically equal (ignoring scale). */
    public boolean sameAs(Target other) {
        if (other == null || value.compareTo(other.value) != 0) {
            return false;
        }
        if (upper == null || other.upper == null) {
            return upper == null && other.upper == null;
        }
        return upper.compareTo(other.upper) == 0;
    }
}
