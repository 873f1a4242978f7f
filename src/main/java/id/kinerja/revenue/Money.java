package id.kinerja.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Objects;

/**
 * The plain calculations of the revenue and budget figures, in {@link BigDecimal} at full precision
 * ({@link MathContext#DECIMAL64} for divisions); nothing is rounded here, only when printed. A figure that cannot be
 * computed (a missing operand, a division by zero) is {@code null}, never 0.
 */
public final class Money {

    public static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    /** {@code part / whole x 100}; null when either is unknown or the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, MC);
    }

    /** Growth in percent, {@code (now - before) / before x 100}; null when either is unknown or before is zero. */
    public static BigDecimal growth(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, MC);
    }

    /** The sum of the known values; null when none is known (an unknown sum is not zero). */
    public static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
