package id.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.ScoringKind;
import id.kinerja.scoring.GoalSeek.Direction;
import id.kinerja.scoring.GoalSeek.Outcome;
import id.kinerja.scoring.GoalSeek.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goal seek on the Kupang 2024 data: every answer is checked by scoring it with the engine: the answer reaches the
 * goal and the next grid value on the wrong side (0.01 less for "at least", 0.01 more for "at most") does not.
 */
class GoalSeekTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final ScoringEngine engine = new ScoringEngine();
    private final GoalSeek seek = new GoalSeek(engine);
    private final Framework djp = KupangFixture.framework();
    private final List<IndicatorInput> kupang = KupangFixture.inputs();

    private BigDecimal nkoWith(Framework fw, List<IndicatorInput> inputs, Period period, String code, BigDecimal r) {
        List<IndicatorInput> copy = new ArrayList<>();
        for (IndicatorInput in : inputs) {
            copy.add(in.code().equals(code) ? in.withRealization(period, r) : in);
        }
        return engine.score(fw, copy, period).nko();
    }

    private void assertMinimal(Framework fw, List<IndicatorInput> inputs, Result r, BigDecimal goal) {
        assertThat(r.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(r.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(r.realization().scale()).isLessThanOrEqualTo(2);
        assertThat(nkoWith(fw, inputs, r.period(), r.indicatorCode(), r.realization()))
                .isGreaterThanOrEqualTo(goal);
        assertThat(nkoWith(
                        fw,
                        inputs,
                        r.period(),
                        r.indicatorCode(),
                        r.realization().subtract(CENT)))
                .isLessThan(goal);
        assertThat(r.nko()).isGreaterThanOrEqualTo(goal);
    }

    private void assertMaximal(Framework fw, List<IndicatorInput> inputs, Result r, BigDecimal goal) {
        assertThat(r.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(r.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(nkoWith(fw, inputs, r.period(), r.indicatorCode(), r.realization()))
                .isGreaterThanOrEqualTo(goal);
        assertThat(nkoWith(
                        fw,
                        inputs,
                        r.period(),
                        r.indicatorCode(),
                        r.realization().add(CENT)))
                .isLessThan(goal);
    }

    @ParameterizedTest(name = "{0} {1} NKO >= {2}")
    @CsvSource({
        "01a-CP, Y, 108.50",
        "01a-CP, Y, 109.9",
        "02a-CP, Y, 108.40",
        "01b-CP, Y, 108.75",
        "07c-N, Y, 108.6",
        "03a-CP, Q3, 97.5",
        "01a-CP, Q1, 94",
        "06a-CP, Q2, 100.3",
    })
    void maximizeAndRealizationIsIndexFindTheSmallestRealizationThatReachesTheGoal(
            String code, Period period, BigDecimal goal) {
        Result r = seek.seek(djp, kupang, period, code, goal);
        assertMinimal(djp, kupang, r, goal);
        assertThat(r.realization()).isGreaterThan(r.currentRealization());
        assertThat(r.currentNko()).isLessThan(goal);
    }

    @Test
    void theYearlyAnswerFor01aIsBetweenTheCurrentRealizationAndTheCap() {
        Result r = seek.seek(djp, kupang, Period.Y, "01a-CP", new BigDecimal("108.50"));
        assertThat(r.currentRealization()).isEqualByComparingTo("100.50");
        assertThat(r.currentNko().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("108.38");
        // 01a weighs 26 of SS1's 45; SS1 is the only Stakeholder SS (30%): each point of 01a's index is
        // 26 / 45 x 0.30 = 0.173 NKO points, so the 0.12 missing NKO points need about 0.7 more index points
        assertThat(r.realization()).isBetween(new BigDecimal("101.0"), new BigDecimal("101.5"));
        assertThat(r.predicate().name()).isEqualTo("Istimewa");
    }

    @Test
    void alreadyMetAnswersThatTheCurrentRealizationSuffices() {
        Result r = seek.seek(djp, kupang, Period.Y, "01a-CP", new BigDecimal("100"));
        assertThat(r.outcome()).isEqualTo(Outcome.ALREADY_MET);
        assertThat(r.realization()).isEqualByComparingTo("100.50");
        assertThat(r.nko()).isEqualByComparingTo(r.currentNko());
        // exactly the current NKO is met too
        Result exact = seek.seek(djp, kupang, Period.Y, "01a-CP", r.currentNko());
        assertThat(exact.outcome()).isEqualTo(Outcome.ALREADY_MET);
    }

    @Test
    void unreachableBecauseOfTheCapGivesTheNkoAtTheCap() {
        BigDecimal goal = new BigDecimal("115");
        Result r = seek.seek(djp, kupang, Period.Y, "01a-CP", goal);
        assertThat(r.outcome()).isEqualTo(Outcome.UNREACHABLE);
        // the cap 120 is reached at R = 120 x 100 / 100
        assertThat(r.realization()).isEqualByComparingTo("120");
        assertThat(r.scorecard().indicator("01a-CP").index()).isEqualByComparingTo("120");
        assertThat(r.nko())
                .isLessThan(goal)
                .isGreaterThan(r.currentNko())
                .isEqualByComparingTo(nkoWith(djp, kupang, Period.Y, "01a-CP", new BigDecimal("120")));
        // a higher realization does not help: the index is capped
        assertThat(nkoWith(djp, kupang, Period.Y, "01a-CP", new BigDecimal("1000")))
                .isEqualByComparingTo(r.nko());
    }

    @Test
    void anIkuLeftOutForWantOfATargetCannotHelp() {
        // 09b has only a yearly target: left out before Q4
        Result r = seek.seek(djp, kupang, Period.Q3, "09b-N", new BigDecimal("100"));
        assertThat(r.outcome()).isEqualTo(Outcome.CANNOT_HELP);
        assertThat(r.reason()).isEqualTo(Exclusion.NO_TARGET);
        assertThat(r.realization()).isNull();
        assertThat(r.nko().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("96.69");
    }

    @Test
    void anIkuWithoutRealizationIsSearchedAsIfEntered() {
        // 07b has no realization before Q4: scoring it may lower the NKO (SS7 is renormalised without it)
        BigDecimal goal = new BigDecimal("96");
        Result r = seek.seek(djp, kupang, Period.Q3, "07b-CP", goal);
        assertThat(r.currentRealization()).isNull();
        assertMinimal(djp, kupang, r, goal);
    }

    @Test
    void minimizePolaritySearchesTheOtherWay() {
        // 07c-N as if "less is better": Y target 100, realization 100 -> (2 - 1) x 100 = 100, NKO unchanged
        Framework fw = withIndicator(djp, "07c-N", Polarity.MINIMIZE, ScoringKind.RATIO);
        assertThat(engine.score(fw, kupang, Period.Y).nko())
                .isEqualByComparingTo(engine.score(djp, kupang, Period.Y).nko());
        BigDecimal goal = new BigDecimal("108.6");
        Result r = seek.seek(fw, kupang, Period.Y, "07c-N", goal);
        assertMaximal(fw, kupang, r, goal);
        assertThat(r.realization()).isLessThan(new BigDecimal("100"));

        // the cap 120 is reached at R = 100 x (200 - 120) / 100 = 80: more than that is out of reach
        Result unreachable = seek.seek(fw, kupang, Period.Y, "07c-N", new BigDecimal("112"));
        assertThat(unreachable.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(unreachable.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(unreachable.realization()).isEqualByComparingTo("80");
        assertThat(unreachable.scorecard().indicator("07c-N").index()).isEqualByComparingTo("120");

        // a goal below the current NKO: met now
        assertThat(seek.seek(fw, kupang, Period.Y, "07c-N", new BigDecimal("108"))
                        .outcome())
                .isEqualTo(Outcome.ALREADY_MET);
    }

    @Test
    void conversionTableKindFollowsTheTableIncludingItsSteps() {
        // 10a as a conversion-table IKU (its Q4 table: = 91 -> 100, 80 < R < 91 -> 80 + (R - 80) / 0.55)
        Framework fw = withIndicator(djp, "10a-CP", Polarity.MAXIMIZE, ScoringKind.CONVERSION_TABLE);
        // Q1 realization 55.98 -> 79.9; the goal is the NKO with an index of exactly 100, first reached at R = 91
        BigDecimal goal = nkoWith(fw, kupang, Period.Q1, "10a-CP", new BigDecimal("91"));
        Result r = seek.seek(fw, kupang, Period.Q1, "10a-CP", goal);
        assertMinimal(fw, kupang, r, goal);
        assertThat(r.realization()).isEqualByComparingTo("91");
        assertThat(r.scorecard().indicator("10a-CP").index()).isEqualByComparingTo("100");

        // beyond the top band (> 95 -> 120) nothing more is possible
        // 10a is SS10's only IKU, SS10 one of two Learning & Growth SS (25%): 120 gives Q1 about 101.8 at most
        Result unreachable = seek.seek(fw, kupang, Period.Q1, "10a-CP", new BigDecimal("102"));
        assertThat(unreachable.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(unreachable.scorecard().indicator("10a-CP").index()).isEqualByComparingTo("120");

        BigDecimal inBetween = new BigDecimal("99");
        Result linear = seek.seek(fw, kupang, Period.Q1, "10a-CP", inBetween);
        assertMinimal(fw, kupang, linear, inBetween);
        assertThat(linear.realization()).isBetween(new BigDecimal("80"), new BigDecimal("95"));
    }

    @Test
    void rangeTargetGivesAnInterval() {
        Framework mini = MiniFramework.load();
        List<IndicatorInput> inputs = List.of(
                MiniFramework.input("MAX", "2", Period.Y, "10", "10"),
                new IndicatorInput(
                        "RNG",
                        BigDecimal.ONE,
                        Map.of(Period.Y, Target.range(new BigDecimal("40"), new BigDecimal("60"))),
                        Map.of(Period.Y, new BigDecimal("70")),
                        Map.of()));
        // A1 = 100 (MAX), A2 = RNG's (2 - 70 / 60) x 100 = 83.33; NKO = their mean 91.67 (B left out)
        // NKO >= 95 needs RNG's index >= 90: R / 40 >= 0.9 below the range, (2 - R / 60) >= 0.9 above it
        Result r = seek.seek(mini, inputs, Period.Y, "RNG", new BigDecimal("95"));
        assertThat(r.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(r.direction()).isEqualTo(Direction.WITHIN);
        assertThat(r.realization()).isEqualByComparingTo("36");
        assertThat(r.upperRealization()).isEqualByComparingTo("66");
        BigDecimal goal = new BigDecimal("95");
        assertThat(nkoWith(mini, inputs, Period.Y, "RNG", new BigDecimal("35.99")))
                .isLessThan(goal);
        assertThat(nkoWith(mini, inputs, Period.Y, "RNG", new BigDecimal("66.01")))
                .isLessThan(goal);

        Result unreachable = seek.seek(mini, inputs, Period.Y, "RNG", new BigDecimal("100.01"));
        assertThat(unreachable.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(unreachable.nko()).isEqualByComparingTo("100");
    }

    @Test
    void countsAreAnsweredInWholeNumbers() {
        Framework mini = MiniFramework.load();
        List<IndicatorInput> inputs = List.of(MiniFramework.input("MAX", "2", Period.Q1, "7", "3"));
        // index = R / 7 x 100 >= 90 -> R >= 6.3 -> 7 whole units
        Result r = seek.seek(mini, inputs, Period.Q1, "MAX", new BigDecimal("90"));
        assertThat(r.step()).isEqualByComparingTo("1");
        assertThat(r.realization()).isEqualByComparingTo("7");
    }

    @Test
    void theInputsAreNotChanged() {
        List<IndicatorInput> before = List.copyOf(kupang);
        seek.seek(djp, kupang, Period.Y, "01a-CP", new BigDecimal("109"));
        assertThat(kupang).isEqualTo(before);
        assertThat(kupang.getFirst().realizations().get(Period.Y)).isEqualByComparingTo("100.50");
    }

    @Test
    void unknownOrUnagreedIkuIsRefused() {
        assertThatThrownBy(() -> seek.seek(djp, kupang, Period.Y, "99z-XX", BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99z-XX");
        List<IndicatorInput> without01a = kupang.subList(1, kupang.size());
        assertThatThrownBy(() -> seek.seek(djp, without01a, Period.Y, "01a-CP", BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("01a-CP");
    }

    /** The framework with one indicator's polarity and scoring kind changed (for a conversion table: 10a's Q4 table). */
    private static Framework withIndicator(Framework fw, String code, Polarity polarity, ScoringKind kind) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : fw.indicators()) {
            if (!i.code().equals(code)) {
                indicators.add(i);
                continue;
            }
            var table = kind == ScoringKind.CONVERSION_TABLE
                    ? fw.indicator("10a-CP").componentSetFor(Period.Q4).conversionTable()
                    : i.conversionTable();
            indicators.add(new Indicator(
                    i.code(),
                    i.name(),
                    i.objectiveCode(),
                    i.definition(),
                    i.formula(),
                    i.unit(),
                    polarity,
                    i.consolidation(),
                    kind,
                    i.defaultWeight(),
                    i.cap(),
                    i.dataSource(),
                    i.scoredAgainstYearlyTarget(),
                    table,
                    List.of(),
                    i.order()));
        }
        return new Framework(
                fw.id(),
                fw.year(),
                fw.name(),
                fw.organisationType(),
                fw.cap(),
                fw.perspectives(),
                fw.objectives(),
                indicators,
                fw.colourBands(),
                fw.predicateScale());
    }
}
