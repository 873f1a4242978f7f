package id.kinerja.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.kinerja.revenue.RevenuePrognosis.Method;
import id.kinerja.revenue.RevenuePrognosis.Missing;
import id.kinerja.revenue.RevenuePrognosis.Projection;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The prognosis methods on a small synthetic series computed by hand:
 * <pre>
 *   2022: 10, 20, 30, then 20 x 9   -> total 240, through March 60  (share 1/4)
 *   2023: 20, 20, 20, then 40 x 9   -> total 420, through March 60  (share 1/7)
 *   2024: 30, 30, 40 (January to March) -> through March 100
 * </pre>
 */
class RevenuePrognosisTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-10");

    private static BigDecimal[] months(int... values) {
        BigDecimal[] a = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            a[i] = BigDecimal.valueOf(values[i]);
        }
        return a;
    }

    private static final RevenuePrognosis SERIES = new RevenuePrognosis(Map.of(
            2022, months(10, 20, 30, 20, 20, 20, 20, 20, 20, 20, 20, 20),
            2023, months(20, 20, 20, 40, 40, 40, 40, 40, 40, 40, 40, 40),
            2024, months(30, 30, 40)));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void averageShareOfThePastYears() {
        var result = SERIES.project(2024, 3);
        assertThat(result.cumulative()).isEqualByComparingTo("100");
        Projection p = result.projection(Method.AVERAGE_SHARE);
        // average share (1/4 + 1/7) / 2 = 11/56; 100 / (11/56) = 5600/11 = 509.0909...
        assertThat(p.basis()).isCloseTo(d("0.19642857142857142857"), within(TOLERANCE));
        assertThat(p.yearEnd()).isCloseTo(d("509.09090909090909"), within(d("1e-9")));
        assertThat(p.basisYears()).containsExactly(2022, 2023);
        // backtest: 2022 has no earlier complete year; 2023 from 2022's share 1/4: 60 / 0.25 = 240 vs 420 -> -42.857%
        assertThat(p.backtests()).hasSize(1);
        assertThat(p.backtests().getFirst().year()).isEqualTo(2023);
        assertThat(p.backtests().getFirst().projected()).isEqualByComparingTo("240");
        assertThat(p.backtests().getFirst().errorPercent()).isCloseTo(d("-42.857142857142857"), within(TOLERANCE));
        assertThat(p.mape()).isCloseTo(d("42.857142857142857"), within(TOLERANCE));
        assertThat(p.accurateOnAverage()).isFalse();
    }

    @Test
    void lastYearsTotalGrownLikeTheSameMonths() {
        Projection p = SERIES.project(2024, 3).projection(Method.LAST_YEAR_GROWTH);
        // 420 x 100 / 60 = 700
        assertThat(p.yearEnd()).isCloseTo(d("700"), within(TOLERANCE));
        assertThat(p.basis()).isCloseTo(d("1.6666666666666667"), within(TOLERANCE));
        // backtest 2023: 240 x 60 / 60 = 240 vs 420
        assertThat(p.backtests()).extracting(RevenuePrognosis.Backtest::year).containsExactly(2023);
        assertThat(p.backtests().getFirst().errorPercent()).isCloseTo(d("-42.857142857142857"), within(TOLERANCE));
    }

    @Test
    void linearTrendOfTheCumulativeMonths() {
        Projection p = SERIES.project(2024, 3).projection(Method.LINEAR_TREND);
        // cumulative 30, 60, 100 at x = 1, 2, 3: slope 70 / 2 = 35, mean 190/3; at 12: 190/3 + 35 x 10 = 413.33...
        assertThat(p.basis()).isEqualByComparingTo("35");
        assertThat(p.yearEnd()).isCloseTo(d("413.33333333333333"), within(TOLERANCE));
        // backtests: 2022 (10, 30, 60): slope 25, mean 100/3 -> 283.33 vs 240 = +18.0556%;
        //            2023 (20, 40, 60): slope 20, mean 40 -> 240 vs 420 = -42.8571%
        assertThat(p.backtests()).extracting(RevenuePrognosis.Backtest::year).containsExactly(2022, 2023);
        assertThat(p.backtests().get(0).errorPercent()).isCloseTo(d("18.055555555555556"), within(TOLERANCE));
        assertThat(p.backtests().get(1).errorPercent()).isCloseTo(d("-42.857142857142857"), within(TOLERANCE));
        // MAPE (18.0556 + 42.8571) / 2 = 30.4563; max 42.8571
        assertThat(p.mape()).isCloseTo(d("30.456349206349206"), within(TOLERANCE));
        assertThat(p.maxError()).isCloseTo(d("42.857142857142857"), within(TOLERANCE));
    }

    @Test
    void anAccurateMethodIsWithinEightPercent() {
        // every year the same seasonal shape (10% in Q1 per month... ), growing 10% a year: the share method is exact
        RevenuePrognosis steady = new RevenuePrognosis(Map.of(
                2021, months(5, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0),
                2022, months(10, 10, 20, 20, 20, 20, 20, 20, 20, 20, 20, 0),
                2023, months(15, 15, 30)));
        Projection p = steady.project(2023, 3).projection(Method.AVERAGE_SHARE);
        // share through March = 20/100 = 40/200 = 0.2; 60 / 0.2 = 300
        assertThat(p.yearEnd()).isEqualByComparingTo("300");
        assertThat(p.mape()).isEqualByComparingTo("0"); // 2022 from 2021: 40 / 0.2 = 200 = actual
        assertThat(p.accurateOnAverage()).isTrue();
        assertThat(p.accurateBacktests()).isEqualTo(1);
    }

    @Test
    void whatIsMissingIsSaid() {
        RevenuePrognosis gap = new RevenuePrognosis(Map.of(2024, new BigDecimal[] {d("1"), null, d("3")}));
        assertThat(gap.monthsInARow(2024)).isEqualTo(1);
        assertThat(gap.project(2024, 3).projection(Method.AVERAGE_SHARE).missing())
                .isEqualTo(Missing.GAP_IN_MONTHS);
        assertThat(gap.project(2024, 1).projection(Method.AVERAGE_SHARE).missing())
                .isEqualTo(Missing.NO_COMPLETE_PAST_YEAR);
        assertThat(gap.project(2024, 1).projection(Method.LAST_YEAR_GROWTH).missing())
                .isEqualTo(Missing.NO_COMPLETE_LAST_YEAR);
        assertThat(gap.project(2024, 1).projection(Method.LINEAR_TREND).missing())
                .isEqualTo(Missing.TOO_FEW_MONTHS);
        assertThat(new RevenuePrognosis(Map.of())
                        .project(2024, 3)
                        .projection(Method.LINEAR_TREND)
                        .missing())
                .isEqualTo(Missing.NO_MONTHS);
        // a past year with a zero first quarter: no division by zero
        RevenuePrognosis zero = new RevenuePrognosis(
                Map.of(2023, months(0, 0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10), 2024, months(1, 1, 1)));
        assertThat(zero.project(2024, 3).projection(Method.AVERAGE_SHARE).missing())
                .isEqualTo(Missing.ZERO_BASE);
        assertThat(zero.project(2024, 3).projection(Method.LAST_YEAR_GROWTH).missing())
                .isEqualTo(Missing.ZERO_BASE);
    }
}
