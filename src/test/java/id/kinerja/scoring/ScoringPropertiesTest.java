package id.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the engine over random agreements on the 2024 framework (seeded, reproducible). */
class ScoringPropertiesTest {

    private static final Framework FW = KupangFixture.framework();
    private static final ScoringEngine ENGINE = new ScoringEngine();
    private static final BigDecimal CAP = FW.cap();
    private static final Period[] QUARTERS_AND_YEAR = {Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Y};

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void raisingARealizationOfAMaximizeIndicatorNeverLowersTheNko(int seed) {
        Random rnd = new Random(seed);
        List<IndicatorInput> inputs = RandomInputs.generate(FW, rnd, new BigDecimal("200"));
        // pick an entered realization of a maximize indicator and raise it
        List<IndicatorInput> candidates = inputs.stream()
                .filter(in -> !in.realizations().isEmpty())
                .filter(in -> FW.indicator(in.code()).polarity() == Polarity.MAXIMIZE)
                .toList();
        assertThat(candidates).isNotEmpty();
        IndicatorInput chosen = candidates.get(rnd.nextInt(candidates.size()));
        List<Period> entered = new ArrayList<>(chosen.realizations().keySet());
        Period p = entered.get(rnd.nextInt(entered.size()));
        BigDecimal delta = BigDecimal.valueOf(1 + rnd.nextInt(5000), 2); // 0.01 .. 50.00
        Map<Period, BigDecimal> raised = new EnumMap<>(chosen.realizations());
        raised.put(p, raised.get(p).add(delta));
        List<IndicatorInput> after = new ArrayList<>(inputs);
        after.set(
                inputs.indexOf(chosen),
                new IndicatorInput(chosen.code(), chosen.weight(), chosen.targets(), raised, chosen.componentValues()));

        Map<Period, Scorecard> before = ENGINE.scoreAllPeriods(FW, inputs);
        Map<Period, Scorecard> now = ENGINE.scoreAllPeriods(FW, after);
        int compared = 0;
        for (Period period : Period.values()) {
            BigDecimal b = before.get(period).nko();
            BigDecimal a = now.get(period).nko();
            assertThat(a == null).as("same periods scored").isEqualTo(b == null);
            if (b != null) {
                assertThat(a)
                        .as("%s %s raised by %s at %s", period, chosen.code(), delta, p)
                        .isGreaterThanOrEqualTo(b);
                compared++;
            }
            IndicatorScore bi = before.get(period).indicator(chosen.code());
            IndicatorScore ai = now.get(period).indicator(chosen.code());
            if (bi.index() != null) {
                assertThat(ai.index()).isGreaterThanOrEqualTo(bi.index());
            }
        }
        assertThat(compared).isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scalingTheWeightsOfOneObjectiveChangesNoIndex(int seed) {
        Random rnd = new Random(1_000_000L + seed);
        List<IndicatorInput> inputs = RandomInputs.generate(FW, rnd, new BigDecimal("200"));
        String ss = FW.objectives().get(rnd.nextInt(FW.objectives().size())).code();
        BigDecimal k = BigDecimal.valueOf(1 + rnd.nextInt(100_000), rnd.nextInt(4)); // 0.001 .. 100000
        List<IndicatorInput> scaled = inputs.stream()
                .map(in -> {
                    Indicator ind = FW.indicator(in.code());
                    if (!ind.objectiveCode().equals(ss)) {
                        return in;
                    }
                    BigDecimal w = in.weight() != null ? in.weight() : ind.defaultWeight();
                    return new IndicatorInput(
                            in.code(), w.multiply(k), in.targets(), in.realizations(), in.componentValues());
                })
                .toList();

        Period period = Period.values()[rnd.nextInt(Period.values().length)];
        Scorecard a = ENGINE.score(FW, inputs, period);
        Scorecard b = ENGINE.score(FW, scaled, period);
        assertEqual(a.nko(), b.nko(), "NKO");
        for (int i = 0; i < a.indicators().size(); i++) {
            assertEqual(
                    a.indicators().get(i).index(),
                    b.indicators().get(i).index(),
                    a.indicators().get(i).code());
            assertEqual(
                    a.indicators().get(i).normalisedWeight(),
                    b.indicators().get(i).normalisedWeight(),
                    "normalised weight of " + a.indicators().get(i).code());
        }
        for (int i = 0; i < a.objectives().size(); i++) {
            assertEqual(
                    a.objectives().get(i).index(),
                    b.objectives().get(i).index(),
                    a.objectives().get(i).code());
        }
        for (int i = 0; i < a.perspectives().size(); i++) {
            assertEqual(
                    a.perspectives().get(i).index(),
                    b.perspectives().get(i).index(),
                    a.perspectives().get(i).code());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noIndexExceedsTheCap(int seed) {
        Random rnd = new Random(2_000_000L + seed);
        List<IndicatorInput> inputs = RandomInputs.generate(FW, rnd, new BigDecimal("100000"));
        int seen = 0;
        for (Scorecard sc : ENGINE.scoreAllPeriods(FW, inputs).values()) {
            if (sc.nko() != null) {
                assertThat(sc.nko()).isLessThanOrEqualTo(CAP);
                seen++;
            }
            for (IndicatorScore s : sc.indicators()) {
                if (s.index() != null) {
                    assertThat(s.index()).as(s.code()).isLessThanOrEqualTo(CAP);
                    assertThat(s.index()).isLessThanOrEqualTo(s.uncappedIndex());
                    seen++;
                }
            }
            sc.objectives().stream()
                    .filter(ObjectiveScore::isScored)
                    .forEach(o -> assertThat(o.index()).as(o.code()).isLessThanOrEqualTo(CAP));
            sc.perspectives().stream()
                    .filter(PerspectiveScore::isScored)
                    .forEach(p -> assertThat(p.index()).as(p.code()).isLessThanOrEqualTo(CAP));
        }
        assertThat(seen).isPositive();
    }

    private static void assertEqual(BigDecimal a, BigDecimal b, String what) {
        if (a == null || b == null) {
            assertThat(b).as(what).isEqualTo(a);
        } else {
            assertThat(b).as(what).isEqualByComparingTo(a);
        }
    }

    /** Random agreements: a random subset of indicators, random weights, targets and realizations. */
    static final class RandomInputs {
        private RandomInputs() {}

        static List<IndicatorInput> generate(Framework fw, Random rnd, BigDecimal maxRealization) {
            List<IndicatorInput> out = new ArrayList<>();
            int maxCents = maxRealization.movePointRight(2).intValueExact();
            for (Indicator ind : fw.indicators()) {
                if (rnd.nextInt(10) == 0 && !out.isEmpty()) {
                    continue; // not in this agreement
                }
                BigDecimal weight = rnd.nextInt(10) == 0 ? null : BigDecimal.valueOf(1 + rnd.nextInt(30));
                Map<Period, Target> targets = new EnumMap<>(Period.class);
                for (Period p : Period.values()) {
                    int roll = rnd.nextInt(100);
                    if (roll < 85) {
                        targets.put(p, Target.of(BigDecimal.valueOf(50 + rnd.nextInt(15000), 2)));
                    } else if (roll < 88) {
                        targets.put(p, Target.of(BigDecimal.ZERO));
                    }
                }
                Map<Period, BigDecimal> realizations = new EnumMap<>(Period.class);
                for (Period p : QUARTERS_AND_YEAR) {
                    if (rnd.nextInt(100) < 85) {
                        realizations.put(p, BigDecimal.valueOf(rnd.nextInt(maxCents + 2000) - 2000, 2));
                    }
                }
                out.add(new IndicatorInput(ind.code(), weight, targets, realizations, Map.of()));
            }
            // make sure a maximize indicator has a realization
            if (out.stream().allMatch(in -> in.realizations().isEmpty())) {
                IndicatorInput first = out.get(0);
                out.set(
                        0,
                        new IndicatorInput(
                                first.code(),
                                first.weight(),
                                first.targets(),
                                Map.of(Period.Q1, BigDecimal.TEN),
                                Map.of()));
            }
            return out;
        }
    }
}
