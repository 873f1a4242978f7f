package id.kinerja.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prognosis of a year's revenue at year end from its months so far, by three methods, each with its historical
 * deviation (plain Java: no Spring, no database). IKU 01b scores the cash-planning projection as accurate when its
 * deviation is at most 8% ({@link #ACCURATE_DEVIATION}); the backtests show how each method would have done.
 * <ol>
 *   <li>{@link Method#AVERAGE_SHARE}: year end = cumulative through month m / the average share of months 1..m in the
 *       previous (up to) five complete years (share of a year = its cumulative through m / its 12-month total).</li>
 *   <li>{@link Method#LAST_YEAR_GROWTH}: year end = last year's 12-month total x (cumulative through m this year /
 *       cumulative through m last year): the same months' growth applied to last year's total.</li>
 *   <li>{@link Method#LINEAR_TREND}: least-squares line through the cumulative months 1..m of this year
 *       (cumulative = a + b x month), read at month 12; needs m >= 2.</li>
 * </ol>
 * Backtest of a method: it is applied to each earlier year at the same month m with only what was known then (for
 * the average share, the (up to) five complete years before THAT year), and its projection compared with that year's
 * actual 12-month total: error % = (projection - actual) / actual x 100; the mean absolute percentage error (MAPE) and
 * the largest absolute error are reported. A year counts as complete when all 12 months are recorded and the total is
 * not zero. Full precision ({@link Money#MC}); null where a figure cannot be computed.
 */
public final class RevenuePrognosis {

    public static final BigDecimal ACCURATE_DEVIATION = BigDecimal.valueOf(8);
    public static final int SHARE_YEARS = 5;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public enum Method {
        AVERAGE_SHARE,
        LAST_YEAR_GROWTH,
        LINEAR_TREND
    }

    /** Why a method gives no projection. */
    public enum Missing {
        NO_MONTHS,
        GAP_IN_MONTHS,
        NO_COMPLETE_PAST_YEAR,
        NO_COMPLETE_LAST_YEAR,
        TOO_FEW_MONTHS,
        ZERO_BASE
    }

    /** A method applied to one earlier year: its projection, the actual 12-month total, the error in percent. */
    public record Backtest(int year, BigDecimal projected, BigDecimal actual, BigDecimal errorPercent) {
        public boolean accurate() {
            return errorPercent != null && errorPercent.abs().compareTo(ACCURATE_DEVIATION) <= 0;
        }
    }

    /**
     * One method's projection with its backtests.
     *
     * @param yearEnd  the projected year-end realization (null with {@code missing} set)
     * @param basis    the method's factor: the average share of months 1..m (AVERAGE_SHARE), the growth factor this
     *                 year / last year through m (LAST_YEAR_GROWTH), the monthly slope (LINEAR_TREND)
     * @param basisYears the years the factor was taken from (AVERAGE_SHARE: the past years; LAST_YEAR_GROWTH: last
     *                 year; LINEAR_TREND: none)
     * @param mape     mean absolute percentage error of the backtests (null when there is none)
     * @param maxError the largest absolute error of the backtests, percent
     */
    public record Projection(
            Method method,
            BigDecimal yearEnd,
            BigDecimal basis,
            List<Integer> basisYears,
            Missing missing,
            List<Backtest> backtests,
            BigDecimal mape,
            BigDecimal maxError) {
        public boolean available() {
            return yearEnd != null;
        }

        /** True when the backtests' mean deviation is within IKU 01b's 8%. */
        public boolean accurateOnAverage() {
            return mape != null && mape.compareTo(ACCURATE_DEVIATION) <= 0;
        }

        public long accurateBacktests() {
            return backtests.stream().filter(Backtest::accurate).count();
        }
    }

    /** The prognosis of {@code year} through {@code month}: the cumulative so far and every method. */
    public record Result(int year, int month, BigDecimal cumulative, List<Projection> projections) {
        public Projection projection(Method m) {
            return projections.stream().filter(p -> p.method() == m).findFirst().orElseThrow();
        }
    }

    private final Map<Integer, BigDecimal[]> series;

    /**
     * @param monthly per year, the realization of months 1..12 (index 0 = January; null or a shorter array for months
     *                not recorded)
     */
    public RevenuePrognosis(Map<Integer, BigDecimal[]> monthly) {
        this.series = new TreeMap<>();
        monthly.forEach((y, v) -> {
            BigDecimal[] a = new BigDecimal[12];
            for (int i = 0; i < Math.min(12, v.length); i++) {
                a[i] = v[i];
            }
            series.put(y, a);
        });
    }

    /** The months recorded of a year in a row from January (0 when January is missing). */
    public int monthsInARow(int year) {
        BigDecimal[] a = series.get(year);
        int m = 0;
        while (a != null && m < 12 && a[m] != null) {
            m++;
        }
        return m;
    }

    /** The prognosis of {@code year} from its months 1..{@code month}. */
    public Result project(int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Bulan harus 1 sampai 12: " + month);
        }
        BigDecimal cumulative = cumulative(year, month);
        List<Projection> list = new ArrayList<>();
        for (Method m : Method.values()) {
            list.add(projection(m, year, month, cumulative));
        }
        return new Result(year, month, cumulative, List.copyOf(list));
    }

    private Projection projection(Method method, int year, int month, BigDecimal cumulative) {
        Estimate e = cumulative == null
                ? new Estimate(
                        null, null, List.of(), series.containsKey(year) ? Missing.GAP_IN_MONTHS : Missing.NO_MONTHS)
                : estimate(method, year, month, cumulative);
        List<Backtest> backtests = new ArrayList<>();
        for (int past : series.keySet()) {
            if (past >= year || !complete(past)) {
                continue;
            }
            BigDecimal pastCumulative = cumulative(past, month);
            Estimate p = estimate(method, past, month, pastCumulative);
            if (p.yearEnd() != null) {
                BigDecimal actual = total(past);
                backtests.add(new Backtest(past, p.yearEnd(), actual, Money.growth(p.yearEnd(), actual)));
            }
        }
        BigDecimal mape = null;
        BigDecimal max = null;
        if (!backtests.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Backtest b : backtests) {
                sum = sum.add(b.errorPercent().abs());
                max = max == null || b.errorPercent().abs().compareTo(max) > 0
                        ? b.errorPercent().abs()
                        : max;
            }
            mape = sum.divide(BigDecimal.valueOf(backtests.size()), Money.MC);
        }
        return new Projection(
                method, e.yearEnd(), e.basis(), e.basisYears(), e.missing(), List.copyOf(backtests), mape, max);
    }

    private record Estimate(BigDecimal yearEnd, BigDecimal basis, List<Integer> basisYears, Missing missing) {}

    /** One method applied to {@code year} knowing its months 1..m and the years before it. */
    private Estimate estimate(Method method, int year, int month, BigDecimal cumulative) {
        return switch (method) {
            case AVERAGE_SHARE -> {
                List<Integer> years = new ArrayList<>();
                BigDecimal shares = BigDecimal.ZERO;
                for (int y = year - 1; y >= year - SHARE_YEARS; y--) {
                    if (complete(y)) {
                        years.add(y);
                        shares = shares.add(cumulative(y, month).divide(total(y), Money.MC));
                    }
                }
                if (years.isEmpty()) {
                    yield new Estimate(null, null, List.of(), Missing.NO_COMPLETE_PAST_YEAR);
                }
                BigDecimal share = shares.divide(BigDecimal.valueOf(years.size()), Money.MC);
                if (share.signum() == 0) {
                    yield new Estimate(null, share, years.reversed(), Missing.ZERO_BASE);
                }
                yield new Estimate(cumulative.divide(share, Money.MC), share, years.reversed(), null);
            }
            case LAST_YEAR_GROWTH -> {
                int last = year - 1;
                if (!complete(last)) {
                    yield new Estimate(null, null, List.of(), Missing.NO_COMPLETE_LAST_YEAR);
                }
                BigDecimal lastCumulative = cumulative(last, month);
                if (lastCumulative.signum() == 0) {
                    yield new Estimate(null, null, List.of(last), Missing.ZERO_BASE);
                }
                BigDecimal factor = cumulative.divide(lastCumulative, Money.MC);
                yield new Estimate(total(last).multiply(factor, Money.MC), factor, List.of(last), null);
            }
            case LINEAR_TREND -> {
                if (month < 2) {
                    yield new Estimate(null, null, List.of(), Missing.TOO_FEW_MONTHS);
                }
                BigDecimal[] a = series.get(year);
                // x = 1..m, y = cumulative; slope = sum((x - xm)(y - ym)) / sum((x - xm)^2)
                List<BigDecimal> ys = new ArrayList<>();
                BigDecimal running = BigDecimal.ZERO;
                for (int i = 0; i < month; i++) {
                    running = running.add(a[i]);
                    ys.add(running);
                }
                BigDecimal n = BigDecimal.valueOf(month);
                BigDecimal xMean = BigDecimal.valueOf(month + 1L).divide(BigDecimal.TWO, Money.MC);
                BigDecimal yMean =
                        ys.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, Money.MC);
                BigDecimal sxy = BigDecimal.ZERO;
                BigDecimal sxx = BigDecimal.ZERO;
                for (int i = 0; i < month; i++) {
                    BigDecimal dx = BigDecimal.valueOf(i + 1L).subtract(xMean);
                    sxy = sxy.add(dx.multiply(ys.get(i).subtract(yMean)));
                    sxx = sxx.add(dx.multiply(dx));
                }
                BigDecimal slope = sxy.divide(sxx, Money.MC);
                BigDecimal atTwelve = yMean.add(slope.multiply(TWELVE.subtract(xMean)), Money.MC);
                yield new Estimate(atTwelve, slope, List.of(), null);
            }
        };
    }

    /** Months 1..m of a year added up; null when one of them is missing. */
    private BigDecimal cumulative(int year, int month) {
        BigDecimal[] a = series.get(year);
        if (a == null) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < month; i++) {
            if (a[i] == null) {
                return null;
            }
            sum = sum.add(a[i]);
        }
        return sum;
    }

    private boolean complete(int year) {
        BigDecimal total = cumulative(year, 12);
        return total != null && total.signum() != 0;
    }

    private BigDecimal total(int year) {
        return cumulative(year, 12);
    }
}
