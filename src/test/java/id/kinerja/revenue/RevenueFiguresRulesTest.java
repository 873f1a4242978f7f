package id.kinerja.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.framework.Period;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of the revenue figures an office enters (no database): net = gross - refunds, the PPM / PKM quarters,
 * and 02a / 03a computed from them.
 */
class RevenueFiguresRulesTest {

    static BigDecimal rp(long v) {
        return BigDecimal.valueOf(v);
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (UserError e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theNetIsGrossMinusRefundsComputedWhenBlankRefusedWhenDifferent() {
        RevenueTotal t = RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(rp(900), rp(1_000), rp(150), null));
        assertThat(t.realization()).isEqualByComparingTo("850");
        assertThat(t.gross()).isEqualByComparingTo("1000");
        assertThat(t.refunds()).isEqualByComparingTo("150");
        assertThat(t.target()).isEqualByComparingTo("900");
        assertThat(t.hasGross()).isTrue();

        // the same net typed: accepted
        assertThat(RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(null, rp(1_000), rp(150), rp(850)))
                        .realization())
                .isEqualByComparingTo("850");

        // a different net: refused, the message names the three figures and their difference
        assertThatThrownBy(() ->
                        RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(null, rp(1_000), rp(150), rp(851))))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.code()).isEqualTo("revenue.net.mismatch");
                    assertThat(e.args()).containsExactly(2024, "851", "1000", "150", "850");
                });

        // refunds may exceed the payments: a negative net
        assertThat(RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(null, rp(100), rp(150), null))
                        .realization())
                .isEqualByComparingTo("-50");
    }

    @Test
    void aNetAloneIsTheReportedFigureAndGrossAndRefundsGoTogether() {
        RevenueTotal demo = RevenueFigures.checkNet(
                2024, new RevenueFigures.NetInput(rp(1_719_188_387_000L), null, null, rp(1_727_817_621_290L)));
        assertThat(demo.hasGross()).isFalse();
        assertThat(demo.realization()).isEqualByComparingTo("1727817621290");

        assertThat(code(() -> RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(null, rp(1_000), null, null))))
                .isEqualTo("revenue.net.pair");
        assertThat(code(() -> RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(null, null, rp(10), rp(5)))))
                .isEqualTo("revenue.net.pair");
        assertThat(code(() -> RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(null, null, null, null))))
                .isEqualTo("revenue.net.empty");
    }

    @Test
    void amountsAreWholeRupiahNotNegativeWhereThatMeansNothingAndYearsPlausible() {
        assertThat(code(() -> RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(rp(-1), null, null, null))))
                .isEqualTo("revenue.net.negative");
        assertThat(code(() -> RevenueFigures.checkNet(
                        2024, new RevenueFigures.NetInput(null, rp(10), new BigDecimal("-1"), null))))
                .isEqualTo("revenue.net.negative");
        assertThat(code(() -> RevenueFigures.checkNet(
                        2024, new RevenueFigures.NetInput(new BigDecimal("10.5"), null, null, null))))
                .isEqualTo("revenue.net.whole");
        assertThat(code(() -> RevenueFigures.checkNet(
                        2024, new RevenueFigures.NetInput(BigDecimal.TEN.pow(18), null, null, null))))
                .isEqualTo("revenue.net.tooLarge");
        assertThat(code(() -> RevenueFigures.checkNet(1999, new RevenueFigures.NetInput(rp(1), null, null, null))))
                .isEqualTo("revenue.error.year");
        // 10.00 is whole
        assertThat(RevenueFigures.checkNet(2024, new RevenueFigures.NetInput(new BigDecimal("10.00"), null, null, null))
                        .target())
                .isEqualByComparingTo("10");
    }

    @Test
    void activityFiguresAreQuartersOnlyAndABlankQuarterIsLeftOut() {
        Map<Period, RevenueFigures.ActivityInput> in = new EnumMap<>(Period.class);
        in.put(Period.Q1, new RevenueFigures.ActivityInput(rp(160), rp(170)));
        in.put(Period.Q2, new RevenueFigures.ActivityInput(null, null));
        in.put(Period.Q4, new RevenueFigures.ActivityInput(rp(1_000), null));
        List<ActivityRevenue> out = RevenueFigures.checkActivity(2024, RevenueActivity.PPM, in);
        assertThat(out).extracting(ActivityRevenue::period).containsExactly(Period.Q1, Period.Q4);

        assertThat(code(() -> RevenueFigures.checkActivity(
                        2024, RevenueActivity.PKM, Map.of(Period.S1, new RevenueFigures.ActivityInput(rp(1), null)))))
                .isEqualTo("revenue.activity.period");
        assertThat(code(() -> RevenueFigures.checkActivity(
                        2024, RevenueActivity.PKM, Map.of(Period.Q1, new RevenueFigures.ActivityInput(rp(-1), null)))))
                .isEqualTo("revenue.activity.amount");
        assertThat(code(() -> RevenueFigures.checkActivity(
                        2024,
                        RevenueActivity.PKM,
                        Map.of(Period.Q1, new RevenueFigures.ActivityInput(null, new BigDecimal("0.5"))))))
                .isEqualTo("revenue.activity.amount");
    }

    @Test
    void the02aValueIsTheQuartersCumulativeRealizationOverTheYearsTarget() {
        // Kupang 2024 (report, IKU 02a): PPM realization Rp 1.592.070.348.159 of a target of Rp 1.583.675.337.000
        Map<Period, ActivityRevenue> quarters = new EnumMap<>(Period.class);
        quarters.put(Period.Q1, new ActivityRevenue(2024, RevenueActivity.PPM, Period.Q1, null, rp(300_000_000_000L)));
        quarters.put(
                Period.Q4,
                new ActivityRevenue(
                        2024, RevenueActivity.PPM, Period.Q4, rp(1_583_675_337_000L), rp(1_592_070_348_159L)));
        var y = RevenueRealizations.figure(RevenueActivity.PPM, 2024, quarters, Period.Y);
        assertThat(y.code()).isEqualTo("02a-CP");
        assertThat(y.value().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("100.53");
        assertThat(RevenueRealizations.figure(RevenueActivity.PPM, 2024, quarters, Period.Q4)
                        .value())
                .isEqualByComparingTo(y.value());
        // Q1 over the year's target (the PK's Q1 target is 16 % of the year)
        var q1 = RevenueRealizations.figure(RevenueActivity.PPM, 2024, quarters, Period.Q1);
        assertThat(q1.value().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("18.94");
        // S1 reads Q2, which is missing
        var s1 = RevenueRealizations.figure(RevenueActivity.PPM, 2024, quarters, Period.S1);
        assertThat(s1.available()).isFalse();
        assertThat(s1.problem()).isEqualTo("revenue.fill.activity.noRealization");
        assertThat(s1.problemArgs()).containsExactly("PPM", "Q2", 2024);
        // no year target: nothing computed
        var none = RevenueRealizations.figure(RevenueActivity.PKM, 2024, Map.of(), Period.Q1);
        assertThat(none.code()).isEqualTo("03a-CP");
        assertThat(none.problem()).isEqualTo("revenue.fill.activity.noTarget");
    }

    @Test
    void theLeafTypesAreTheTypesOfAGroupAndTheGroupsWithoutTypes() {
        List<TaxType> types = List.of(
                new TaxType("A", "PPh", null, 0),
                new TaxType("A1", "PPh 21", "A", 1),
                new TaxType("C", "PBB", null, 2));
        assertThat(RevenueFigures.leafTypes(types)).containsExactly("A1", "C");
    }
}
