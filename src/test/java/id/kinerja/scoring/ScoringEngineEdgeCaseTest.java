package id.kinerja.scoring;

import static id.kinerja.scoring.MiniFramework.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.framework.Colour;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringEngineEdgeCaseTest {

    private final Framework mini = MiniFramework.load();
    private final Framework djp = KupangFixture.framework();
    private final ScoringEngine engine = new ScoringEngine();

    private IndicatorScore scoreOne(Framework fw, IndicatorInput in, Period p) {
        return engine.score(fw, List.of(in), p).indicator(in.code());
    }

    @Test
    void zeroTargetIsExcludedWithAReasonAndNoException() {
        Scorecard sc = engine.score(
                mini,
                List.of(input("MAX", "2", Period.Y, "0", "10"), input("MIN", "1", Period.Y, "100", "90")),
                Period.Y);
        IndicatorScore s = sc.indicator("MAX");
        assertThat(s.excluded()).isEqualTo(Exclusion.ZERO_TARGET);
        assertThat(s.index()).isNull();
        assertThat(s.trace()).contains(TraceLine.of("scoring.trace.excluded", "MAX", Period.Y, Exclusion.ZERO_TARGET));
        assertThat(TraceRendering.id(s.trace()))
                .contains("MAX Tahunan: tidak dinilai: Target periode ini nol, capaian tidak dapat dihitung");
        assertThat(TraceRendering.en(s.trace()))
                .contains("MAX Annual: not scored: The target for this period is "
                        + "zero, the achievement cannot be computed");
        // SS A1 renormalised to MIN alone: (2 - 90/100) x 100 = 110
        assertThat(sc.objective("A1").index()).isEqualByComparingTo("110");
        assertThat(sc.indicator("MIN").normalisedWeight()).isEqualByComparingTo("100");
    }

    @Test
    void missingTargetIsExcluded() {
        IndicatorScore s = scoreOne(mini, input("MAX", "2", Period.Q2, null, "10"), Period.Q2);
        assertThat(s.excluded()).isEqualTo(Exclusion.NO_TARGET);
        assertThat(TraceRendering.id(TraceLine.of(s.excluded().key()))).isEqualTo("Tidak ada target untuk periode ini");
        assertThat(TraceRendering.en(TraceLine.of(s.excluded().key()))).isEqualTo("No target for this period");
        assertThat(s.index()).isNull();
    }

    @Test
    void missingRealizationIsExcluded() {
        IndicatorScore s = scoreOne(mini, input("MAX", "2", Period.Q2, "10", null), Period.Q2);
        assertThat(s.excluded()).isEqualTo(Exclusion.NO_REALIZATION);
    }

    @Test
    void negativeRealizationGivesANegativeIndexWithoutFloor() {
        IndicatorScore s = scoreOne(mini, input("MAX", "2", Period.Q1, "50", "-10"), Period.Q1);
        assertThat(s.index()).isEqualByComparingTo("-20");
        assertThat(s.colour()).isEqualTo(Colour.RED);
        IndicatorScore zero = scoreOne(mini, input("MAX", "2", Period.Q1, "50", "0"), Period.Q1);
        assertThat(zero.index()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "minimize R={0} T={1} -> {2}")
    @CsvSource({"80, 100, 120", "100, 100, 100", "120, 100, 80", "250, 100, -50", "0, 100, 120"})
    void minimizePolarity(String r, String t, String expected) {
        IndicatorScore s = scoreOne(mini, input("MIN", "1", Period.Q3, t, r), Period.Q3);
        assertThat(s.index()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "range [90, 110] R={0} -> {1}")
    @CsvSource({"90, 100", "100, 100", "110, 100", "81, 90", "121, 90", "45, 50", "242, -20"})
    void rangePolarity(String r, String expected) {
        IndicatorInput in = new IndicatorInput(
                "RNG",
                BigDecimal.ONE,
                Map.of(Period.Q1, Target.range(new BigDecimal("90"), new BigDecimal("110"))),
                Map.of(Period.Q1, new BigDecimal(r)),
                Map.of());
        assertThat(scoreOne(mini, in, Period.Q1).index()).isEqualByComparingTo(expected);
    }

    @Test
    void rangeWithoutUpperBoundIsExcluded() {
        IndicatorScore s = scoreOne(mini, input("RNG", "1", Period.Q1, "90", "95"), Period.Q1);
        assertThat(s.excluded()).isEqualTo(Exclusion.NO_UPPER_BOUND);
    }

    @ParameterizedTest(name = "10a table: {0} -> {1}")
    @CsvSource({
        "79.9, 79.9",
        "80, 80",
        "85.5, 90",
        "91, 100",
        "93, 110",
        "95, 120",
        "95.01, 120",
        "100, 120",
        "0, 79.9",
        "90.45, 99.0"
    })
    void conversionTableAsAScoringKind(String r, String expected) {
        IndicatorScore s = scoreOne(mini, input("CONV", "1", Period.Y, "100", r), Period.Y);
        assertThat(s.index().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "shipped 10a Q4 components SMART = IKPA = {0} -> {1}")
    @CsvSource({"79.9, 79.9", "80, 80", "85.5, 90", "91, 100", "93, 110", "95, 120", "95.01, 120", "100, 120"})
    void shippedTenAConversionTableOnItsQ4Components(String value, String expected) {
        IndicatorInput in = new IndicatorInput(
                "10a-CP",
                new BigDecimal("14"),
                Map.of(Period.Q4, Target.of("100")),
                Map.of(),
                Map.of(Period.Q4, Map.of("SMART", new BigDecimal(value), "IKPA", new BigDecimal(value))));
        IndicatorScore s = scoreOne(djp, in, Period.Q4);
        assertThat(s.realizationDerived()).isTrue();
        assertThat(s.index().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
    }

    @Test
    void shippedTenAQuarterlyIkpaIsScoredAgainst95_5() {
        IndicatorInput in = new IndicatorInput(
                "10a-CP",
                null,
                Map.of(Period.Q2, Target.of("100")),
                Map.of(),
                Map.of(Period.Q2, Map.of("IKPA", new BigDecimal("95.5"))));
        assertThat(scoreOne(djp, in, Period.Q2).index()).isEqualByComparingTo("100");
        assertThat(scoreOne(djp, in, Period.Q2).weight()).isEqualByComparingTo("14"); // the framework's default
    }

    @Test
    void compositeIsScoredFromItsComponents() {
        // K1 110 capped at 100, weight 25; K2 40 / 50 x 100 = 80, weight 75: (25 x 100 + 75 x 80) / 100 = 85
        IndicatorInput in = new IndicatorInput(
                "COMP",
                BigDecimal.ONE,
                Map.of(Period.Q1, Target.of("100")),
                Map.of(),
                Map.of(Period.Q1, Map.of("K1", new BigDecimal("110"), "K2", new BigDecimal("40"))));
        IndicatorScore s = scoreOne(mini, in, Period.Q1);
        assertThat(s.realization()).isEqualByComparingTo("85");
        assertThat(s.realizationDerived()).isTrue();
        assertThat(s.index()).isEqualByComparingTo("85");
        assertThat(TraceRendering.id(s.trace()))
                .contains("COMP Triwulan I: realisasi dari komponen = " + "(25 x 100,00 + 75 x 80,00) / 100 = 85,00");
    }

    @Test
    void shippedFourAComposite() {
        // 25% activity (capped at plan, 100) + 30% reporting + 45% payment
        IndicatorInput in = new IndicatorInput(
                "04a-CP",
                new BigDecimal("21"),
                Map.of(Period.Y, Target.of("74")),
                Map.of(),
                Map.of(
                        Period.Y,
                        Map.of(
                                "KEGIATAN",
                                new BigDecimal("130"),
                                "PERILAKU_LAPOR",
                                new BigDecimal("80"),
                                "PERILAKU_BAYAR",
                                new BigDecimal("60"))));
        IndicatorScore s = scoreOne(djp, in, Period.Y);
        assertThat(s.realization()).isEqualByComparingTo("76"); // 25 + 24 + 27
        assertThat(s.index().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("102.70"); // 76 / 74
    }

    @Test
    void shippedNineAUsesPerPeriodWeights() {
        Map<Period, Map<String, BigDecimal>> comps = new EnumMap<>(Period.class);
        comps.put(
                Period.Q1,
                Map.of("PELAKSANAAN_KEGIATAN", new BigDecimal("100"), "KEPATUHAN_PELAPORAN", new BigDecimal("50")));
        comps.put(
                Period.Q4,
                Map.of(
                        "PELAKSANAAN_KEGIATAN",
                        new BigDecimal("100"),
                        "FEEDBACK_PESERTA",
                        new BigDecimal("110"),
                        "KEPATUHAN_PELAPORAN",
                        new BigDecimal("50")));
        Map<Period, Target> targets = new EnumMap<>(Period.class);
        for (Period p : Period.values()) {
            targets.put(p, Target.of("100"));
        }
        IndicatorInput in = new IndicatorInput("09a-N", null, targets, Map.of(), comps);
        assertThat(scoreOne(djp, in, Period.Q1).index()).isEqualByComparingTo("90"); // 80 + 10
        assertThat(scoreOne(djp, in, Period.Q4).index()).isEqualByComparingTo("98"); // 60 + 33 + 5
        // Y has no components entered: derived from Q4 (take-last)
        IndicatorScore y = scoreOne(djp, in, Period.Y);
        assertThat(y.realization()).isEqualByComparingTo("98");
        assertThat(y.realizationDerived()).isTrue();
    }

    @Test
    void componentsDifferingFromTheEnteredRealizationGiveAWarning() {
        IndicatorInput in = new IndicatorInput(
                "COMP",
                BigDecimal.ONE,
                Map.of(Period.Q1, Target.of("100")),
                Map.of(Period.Q1, new BigDecimal("70")),
                Map.of(Period.Q1, Map.of("K1", new BigDecimal("100"), "K2", new BigDecimal("50"))));
        IndicatorScore s = scoreOne(mini, in, Period.Q1);
        assertThat(s.index()).isEqualByComparingTo("100");
        assertThat(s.warnings())
                .singleElement()
                .extracting(TraceLine::key)
                .isEqualTo("scoring.warning.componentsDiffer");
        assertThat(TraceRendering.id(s.warnings()))
                .singleElement()
                .asString()
                .isEqualTo("COMP Triwulan I: realisasi yang diisi 70,00 berbeda dari hasil komponen 100,00; "
                        + "hasil komponen dipakai");
    }

    @Test
    void incompleteComponentsFallBackToTheEnteredRealization() {
        IndicatorInput in = new IndicatorInput(
                "COMP",
                BigDecimal.ONE,
                Map.of(Period.Q1, Target.of("100")),
                Map.of(Period.Q1, new BigDecimal("70")),
                Map.of(Period.Q1, Map.of("K1", new BigDecimal("100"))));
        IndicatorScore s = scoreOne(mini, in, Period.Q1);
        assertThat(s.index()).isEqualByComparingTo("70");
        assertThat(s.realizationDerived()).isFalse();
        assertThat(s.warnings())
                .singleElement()
                .isEqualTo(TraceLine.of("scoring.warning.componentsIncomplete", "COMP", Period.Q1, "K2"));
        assertThat(TraceRendering.id(s.warnings())).singleElement().asString().contains("kurang K2");
    }

    @Test
    void capAt120AndAnIndicatorSpecificCap() {
        IndicatorScore capped = scoreOne(mini, input("MAX", "2", Period.Q1, "100", "121"), Period.Q1);
        assertThat(capped.index()).isEqualByComparingTo("120");
        assertThat(capped.uncappedIndex()).isEqualByComparingTo("121");
        assertThat(capped.isCapped()).isTrue();
        IndicatorScore own = scoreOne(mini, input("CAP150", "1", Period.Q1, "100", "140"), Period.Q1);
        assertThat(own.index()).isEqualByComparingTo("140");
        IndicatorScore ownCapped = scoreOne(mini, input("CAP150", "1", Period.Q1, "100", "151"), Period.Q1);
        assertThat(ownCapped.index()).isEqualByComparingTo("150");
    }

    @Test
    void objectiveWithNothingScoredIsLeftOutOfThePerspectiveMean() {
        Scorecard sc = engine.score(
                mini,
                List.of(
                        input("MAX", "2", Period.Y, "100", "90"),
                        input("RNG", "1", Period.Y, null, "100"), // A2: nothing scored
                        input("CONV", "1", Period.Y, "100", "93")),
                Period.Y);
        assertThat(sc.objective("A2").index()).isNull();
        assertThat(sc.objective("A2").excludedReason().key()).isEqualTo("scoring.reason.nothingScoredObjective");
        assertThat(TraceRendering.en(sc.objective("A2").excludedReason()))
                .isEqualTo("No indicator scored in this period");
        assertThat(sc.perspective("A").index()).isEqualByComparingTo("90"); // A1 alone, not (90 + ?) / 2
        // NKO = (60 x 90 + 40 x 110) / 100 = 98
        assertThat(sc.nko()).isEqualByComparingTo("98");
        assertThat(sc.predicate().name()).isEqualTo("Baik");
    }

    @Test
    void perspectiveWithNothingScoredIsLeftOutAndWeightsRenormalised() {
        Scorecard sc = engine.score(
                mini,
                List.of(input("MAX", "2", Period.Y, "100", "90"), input("CONV", "1", Period.Y, null, "93")),
                Period.Y); // B: nothing scored
        assertThat(sc.perspective("B").index()).isNull();
        assertThat(sc.perspective("B").excludedReason().key()).isEqualTo("scoring.reason.nothingScoredPerspective");
        assertThat(sc.perspective("A").normalisedWeight()).isEqualByComparingTo("100");
        assertThat(sc.nko()).isEqualByComparingTo("90"); // (60 x 90) / 60
        assertThat(TraceRendering.en(sc.trace())).anyMatch(l -> l.contains("renormalised over 60 of 100"));
        assertThat(TraceRendering.id(sc.trace())).contains("NKO = (60 x 90,00) / 60 = 90,00");
        assertThat(TraceRendering.en(sc.trace())).contains("NKO = (60 x 90.00) / 60 = 90.00");
    }

    @Test
    void objectivesOutsideTheAgreementAreListedAsSuch() {
        Scorecard sc = engine.score(mini, List.of(input("MAX", "2", Period.Y, "100", "100")), Period.Y);
        assertThat(sc.indicators()).extracting(IndicatorScore::code).containsExactly("MAX");
        assertThat(sc.objective("B1").excludedReason().key()).isEqualTo("scoring.reason.notInAgreement");
        assertThat(TraceRendering.id(sc.objective("B1").excludedReason())).contains("perjanjian kinerja");
        assertThat(sc.nko()).isEqualByComparingTo("100");
    }

    @Test
    void nothingScoredGivesNoNko() {
        Scorecard sc = engine.score(mini, List.of(input("MAX", "2", Period.Y, null, null)), Period.Y);
        assertThat(sc.nko()).isNull();
        assertThat(sc.predicate()).isNull();
        assertThat(sc.colour()).isNull();
    }

    @Test
    void aggregateTargetAndRealizationDerivedBySumAndAverage() {
        Map<Period, Target> t = new EnumMap<>(Period.class);
        t.put(Period.Q1, Target.of("10"));
        t.put(Period.Q2, Target.of("30"));
        Map<Period, BigDecimal> r = new EnumMap<>(Period.class);
        r.put(Period.Q1, new BigDecimal("12"));
        r.put(Period.Q2, new BigDecimal("24"));
        IndicatorScore sum = scoreOne(mini, new IndicatorInput("MAX", null, t, r, null), Period.S1);
        assertThat(sum.target().value()).isEqualByComparingTo("40");
        assertThat(sum.realization()).isEqualByComparingTo("36");
        assertThat(sum.index()).isEqualByComparingTo("90");
        Map<Period, Target> rt = Map.of(
                Period.Q1,
                Target.range(new BigDecimal("90"), new BigDecimal("100")),
                Period.Q2,
                Target.range(new BigDecimal("100"), new BigDecimal("110")));
        Map<Period, BigDecimal> rr = Map.of(Period.Q1, new BigDecimal("80"), Period.Q2, new BigDecimal("100"));
        IndicatorScore avg = scoreOne(mini, new IndicatorInput("RNG", null, rt, rr, null), Period.S1);
        assertThat(avg.target().value()).isEqualByComparingTo("95");
        assertThat(avg.target().upper()).isEqualByComparingTo("105");
        assertThat(avg.realization()).isEqualByComparingTo("90");
        assertThat(avg.index().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("94.7368");
    }

    @Test
    void anEnteredAggregateThatDiffersFromTheQuartersIsAWarningNotAnError() {
        Map<Period, BigDecimal> r = Map.of(
                Period.Q1, new BigDecimal("12"), Period.Q2, new BigDecimal("24"), Period.S1, new BigDecimal("30"));
        IndicatorScore s =
                scoreOne(mini, new IndicatorInput("MAX", null, Map.of(Period.S1, Target.of("40")), r, null), Period.S1);
        assertThat(s.index()).isEqualByComparingTo("75");
        assertThat(s.realizationDerived()).isFalse();
        assertThat(TraceRendering.id(s.warnings()))
                .singleElement()
                .asString()
                .isEqualTo("MAX Semester I: realisasi yang diisi 30,00 berbeda dari jumlah triwulan 36,00");
    }

    @Test
    void zeroWeightIsExcluded() {
        Scorecard sc = engine.score(
                mini,
                List.of(input("MAX", "0", Period.Y, "100", "100"), input("MIN", "1", Period.Y, "100", "100")),
                Period.Y);
        assertThat(sc.indicator("MAX").excluded()).isEqualTo(Exclusion.ZERO_WEIGHT);
        assertThat(sc.objective("A1").index()).isEqualByComparingTo("100");
    }

    @Test
    void unknownOrDuplicateInputCodesAreRejected() {
        assertThatThrownBy(() -> engine.score(mini, List.of(input("NOPE", "1", Period.Y, "1", "1")), Period.Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOPE");
        assertThatThrownBy(() -> engine.score(
                        mini,
                        List.of(input("MAX", "1", Period.Y, "1", "1"), input("MAX", "1", Period.Y, "1", "1")),
                        Period.Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> engine.score(mini, List.of(input("MAX", "-1", Period.Y, "1", "1")), Period.Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void formatterPrintsTheNkoSheet() {
        Scorecard y = engine.score(djp, KupangFixture.inputs(), Period.Y);
        String table = ScorecardFormatter.format(y, djp, TraceRendering::id);
        assertThat(table)
                .contains(
                        "Lembar NKO",
                        "STAKEHOLDER",
                        "  SS7",
                        "    07b-CP",
                        "112,69",
                        "108,38",
                        "Istimewa",
                        "Hijau",
                        "Kuning");
        assertThat(table.lines().filter(l -> l.startsWith("    ")).count()).isGreaterThanOrEqualTo(20);
        String q1 = ScorecardFormatter.format(
                engine.score(djp, KupangFixture.inputs(), Period.Q1), djp, TraceRendering::id);
        assertThat(q1)
                .contains("Tidak ada target untuk periode ini")
                .contains("93,78")
                .contains("periode Triwulan I")
                .doesNotContain("(No target");
    }
}
