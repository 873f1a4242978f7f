package id.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.framework.Colour;
import id.kinerja.framework.Consolidation;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine against the real KPP Pratama Kupang 2024 figures (shared/reference/kupang-2024-figures.md). */
class KupangScoringTest {

    private static final Period[] COLUMNS = {
        Period.Q1, Period.Q2, Period.S1, Period.Q3, Period.SDQ3, Period.Q4, Period.Y
    };

    /** The achievement index (capaian) as reported, per period Q1, Q2, Smt.1, Q3, s.d. Q3, Q4, Y; null = none. */
    private static final Object[][] REPORTED = {
        {"01a-CP", "97.63", "94.63", "94.63", "86.34", "86.34", "100.50", "100.50"},
        {"01b-CP", "88.10", "96.43", "96.43", "99.86", "99.86", "97.11", "97.11"},
        {"02a-CP", "94.06", "92.98", "92.98", "88.34", "88.34", "100.53", "100.53"},
        {"02b-CP", "120", "120", "120", "120", "120", "120", "120"},
        {"03a-CP", "81.69", "97.46", "97.46", "65.35", "65.35", "100.17", "100.17"},
        {"04a-CP", "120", "120", "120", "120", "120", "120", "120"},
        {"04b-N", "120", "120", "120", "120", "120", "107.97", "107.97"},
        {"05a-CP", "120", "120", "120", "120", "120", "120", "120"},
        {"06a-CP", "120", "120", "120", "120", "120", "120", "120"},
        {"06b-N", "120", "115.41", "115.41", "117.29", "117.29", "120", "120"},
        {"06c-N", "120", "101.26", "101.26", "106.20", "106.20", "120", "120"},
        {"07a-CP", "108.71", "120", "120", "120", "120", "120", "120"},
        {"07b-CP", null, null, null, null, null, "120", "120"},
        {"07c-N", "0", "0", "0", "0", "0", "100", "100"},
        {"08a-CP", "120", "120", "120", "120", "120", "120", "120"},
        {"08b-CP", "120", "120", "120", "120", "120", "120", "120"},
        {"09a-N", "104.95", "109.11", "109.11", "109.11", "109.11", "103.65", "103.65"},
        {"09b-N", null, null, null, null, null, "113.20", "113.20"},
        {"09c-N", "120", "120", "120", "120", "120", "105.61", "105.61"},
        {"10a-CP", "55.98", "88.70", "88.70", "95.88", "95.88", "120", "120"},
    };

    /**
     * Where the reported figure cannot come from the printed realization and target by the manual's rules, the
     * engine's (correct) value is asserted instead:
     * <ul>
     *   <li>06a Q1..s.d. Q3: the report prints 120, which came from component data it does not give; from its
     *       printed realizations (100.00, 105.65, 107.86 against 100%) the index is the realization (figures file,
     *       contradiction 10);</li>
     *   <li>03a Q1: the report prints 81.69, but its printed realization 20.42 against 25% gives exactly 81.68;
     *       the report computed from an unrounded realization (about 20.4225).</li>
     * </ul>
     */
    private static final Map<String, String> ENGINE_CORRECT = Map.of(
            "06a-CP Q1",
            "100.00",
            "06a-CP Q2",
            "105.65",
            "06a-CP S1",
            "105.65",
            "06a-CP Q3",
            "107.86",
            "06a-CP SDQ3",
            "107.86",
            "03a-CP Q1",
            "81.68");

    /** NKO per period computed by hand (tools/kupang_quarterly_nko.py; docs/kupang-2024-quarterly-nko.md). */
    private static final Map<Period, String> HAND_NKO = Map.of(
            Period.Q1, "93.77990025252525252525252525252524",
            Period.Q2, "100.1266390305493964030549396403055",
            Period.S1, "100.1266390305493964030549396403055",
            Period.Q3, "96.69285496402379964023799640237997",
            Period.SDQ3, "96.69285496402379964023799640237997",
            Period.Q4, "108.3824116809116809116809116809117",
            Period.Y, "108.3824116809116809116809116809117");

    private static Framework fw;
    private static Map<Period, Scorecard> cards;

    @BeforeAll
    static void scoreAll() {
        fw = KupangFixture.framework();
        cards = new ScoringEngine().scoreAllPeriods(fw, KupangFixture.inputs());
    }

    static Stream<Arguments> reportedIndexes() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : REPORTED) {
            for (int i = 0; i < COLUMNS.length; i++) {
                out.add(Arguments.of(row[0], COLUMNS[i], row[i + 1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}: reported {2}")
    @MethodSource("reportedIndexes")
    void reproducesEveryReportedIndex(String code, Period period, String reported) {
        IndicatorScore s = cards.get(period).indicator(code);
        assertThat(s).as(code).isNotNull();
        String expected = ENGINE_CORRECT.getOrDefault(code + " " + period, reported);
        if (expected == null) {
            // 07b before Q4: its quarterly figures are unknown (no realization); 09b before Q4: no target
            assertThat(s.index()).isNull();
            assertThat(s.excluded()).isEqualTo(code.equals("09b-N") ? Exclusion.NO_TARGET : Exclusion.NO_REALIZATION);
        } else {
            assertThat(r2(s.index())).as(code + " " + period).isEqualTo(new BigDecimal(expected).setScale(2));
        }
    }

    @Test
    void yearlyNkoIs108_38Istimewa() {
        Scorecard y = cards.get(Period.Y);
        assertThat(r2(y.nko())).isEqualByComparingTo("108.38");
        assertThat(y.predicate().name()).isEqualTo("Istimewa");
        assertThat(y.colour()).isEqualTo(Colour.GREEN);
        assertThat(y.indicators()).hasSize(20).allMatch(IndicatorScore::isScored);
    }

    @Test
    void yearlyObjectivesAndPerspectivesMatchTheReport() {
        for (Period p : List.of(Period.Q4, Period.Y)) {
            Scorecard sc = cards.get(p);
            Map<String, String> ss = Map.of(
                    "SS1", "99.07", "SS2", "108.75", "SS3", "100.17", "SS4", "113.99", "SS5", "120.00", "SS6", "120.00",
                    "SS7", "112.69", "SS8", "120.00", "SS9", "107.49", "SS10", "120.00");
            ss.forEach((code, v) -> assertThat(r2(sc.objective(code).index()))
                    .as(p + " " + code)
                    .isEqualByComparingTo(v));
            assertThat(r2(sc.perspective("STAKEHOLDER").index())).isEqualByComparingTo("99.07");
            assertThat(r2(sc.perspective("CUSTOMER").index())).isEqualByComparingTo("104.46");
            assertThat(r2(sc.perspective("INTERNAL_PROCESS").index())).isEqualByComparingTo("117.34");
            assertThat(r2(sc.perspective("LEARNING_GROWTH").index())).isEqualByComparingTo("113.74");
            assertThat(sc.perspectives())
                    .extracting(PerspectiveScore::normalisedWeight)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(
                            new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("25"), new BigDecimal("25"));
        }
    }

    @Test
    void q4EqualsTheYear() {
        Scorecard q4 = cards.get(Period.Q4);
        Scorecard y = cards.get(Period.Y);
        assertThat(q4.nko()).isEqualByComparingTo(y.nko());
        for (IndicatorScore s : y.indicators()) {
            assertThat(q4.indicator(s.code()).index()).as(s.code()).isEqualByComparingTo(s.index());
        }
    }

    @Test
    void everyPeriodsNkoMatchesTheHandCalculation() {
        HAND_NKO.forEach((period, hand) -> {
            BigDecimal engine = cards.get(period).nko();
            assertThat(engine.subtract(new BigDecimal(hand)).abs())
                    .as(period.toString())
                    .isLessThan(new BigDecimal("1E-25"));
        });
        assertThat(r2(cards.get(Period.Q1).nko())).isEqualByComparingTo("93.78");
        assertThat(r2(cards.get(Period.Q2).nko())).isEqualByComparingTo("100.13");
        assertThat(r2(cards.get(Period.S1).nko())).isEqualByComparingTo("100.13");
        assertThat(r2(cards.get(Period.Q3).nko())).isEqualByComparingTo("96.69");
        assertThat(r2(cards.get(Period.SDQ3).nko())).isEqualByComparingTo("96.69");
        assertThat(cards.get(Period.Q1).predicate().name()).isEqualTo("Baik");
        assertThat(cards.get(Period.Q3).predicate().name()).isEqualTo("Baik");
        assertThat(cards.get(Period.Q2).predicate().name()).isEqualTo("Istimewa");
    }

    @Test
    void quarterlyObjectivesMatchTheHandCalculation() {
        Scorecard q1 = cards.get(Period.Q1);
        assertThat(r2(q1.objective("SS7").index())).isEqualByComparingTo("46.12"); // (108.71 x 14 + 0 x 19) / 33
        assertThat(r2(q1.objective("SS9").index())).isEqualByComparingTo("112.48"); // 09b left out
        assertThat(r2(q1.objective("SS10").index())).isEqualByComparingTo("55.98");
        assertThat(r2(q1.perspective("INTERNAL_PROCESS").index())).isEqualByComparingTo("103.89");
        Scorecard sdq3 = cards.get(Period.SDQ3);
        assertThat(r2(sdq3.objective("SS3").index())).isEqualByComparingTo("65.35");
        assertThat(r2(sdq3.perspective("CUSTOMER").index())).isEqualByComparingTo("83.53");
        assertThat(r2(sdq3.perspective("LEARNING_GROWTH").index())).isEqualByComparingTo("105.22");
    }

    @Test
    void aggregateRealizationsAreDerivedFromTheQuarters() {
        IndicatorScore s1 = cards.get(Period.S1).indicator("04a-CP");
        assertThat(s1.realization()).isEqualByComparingTo("82.96"); // = Q2, not the misprinted 88.80
        assertThat(s1.realizationDerived()).isTrue();
        IndicatorScore b = cards.get(Period.S1).indicator("04b-N");
        assertThat(b.realization()).isEqualByComparingTo("12.55"); // 6.22 + 6.33 (sum)
        assertThat(cards.get(Period.SDQ3).indicator("04b-N").realization()).isEqualByComparingTo("30.55");
        assertThat(cards.get(Period.Y).indicator("01a-CP").realizationDerived()).isFalse();
    }

    @Test
    void fourBAndNineBUseTheYearlyTargetAtQ4AndY() {
        for (Period p : List.of(Period.Q4, Period.Y)) {
            assertThat(cards.get(p).indicator("04b-N").target().value()).isEqualByComparingTo("100");
            assertThat(cards.get(p).indicator("09b-N").target().value()).isEqualByComparingTo("85");
        }
        assertThat(cards.get(Period.Q3).indicator("04b-N").target().value()).isEqualByComparingTo("5");
    }

    @Test
    void theOnlyYearlyWarningIsFourBsSurveyNotBeingASum() {
        List<TraceLine> warnings = cards.get(Period.Y).indicators().stream()
                .flatMap(s -> s.warnings().stream())
                .toList();
        assertThat(warnings).hasSize(1);
        TraceLine w = warnings.get(0);
        assertThat(w.key()).isEqualTo("scoring.warning.realizationDiffers");
        assertThat(w.args()).hasSize(5).startsWith("04b-N", Period.Y);
        assertThat((BigDecimal) w.arg(2)).isEqualByComparingTo("107.97");
        assertThat(w.arg(3)).isEqualTo(Consolidation.SUM);
        assertThat(r2((BigDecimal) w.arg(4))).isEqualByComparingTo("138.52");
        assertThat(TraceRendering.id(w))
                .isEqualTo("04b-N Tahunan: realisasi yang diisi 107,97 berbeda dari jumlah triwulan 138,52");
        assertThat(TraceRendering.en(w))
                .isEqualTo("04b-N Annual: the entered realization 107.97 differs from the sum of the quarters, 138.52");
    }

    @Test
    void leftOutIndicatorsAreStatedAndTheirObjectiveRenormalised() {
        Scorecard q1 = cards.get(Period.Q1);
        assertThat(q1.indicator("09b-N").excluded()).isEqualTo(Exclusion.NO_TARGET);
        assertThat(q1.indicator("09a-N").normalisedWeight()).isEqualByComparingTo("50");
        List<String> t = TraceRendering.id(q1.trace());
        assertThat(t)
                .contains(
                        "SS9 Triwulan I: 09b-N tidak dinilai; bobot dinormalisasi ulang atas 28 dari 42",
                        "09b-N Triwulan I: tidak dinilai: Tidak ada target untuk periode ini",
                        "07b-CP Triwulan I: tidak dinilai: Tidak ada realisasi untuk periode ini");
        assertThat(q1.trace())
                .contains(TraceLine.of("scoring.trace.excluded", "09b-N", Period.Q1, Exclusion.NO_TARGET));
    }

    @Test
    void traceExplainsEveryNumber() {
        List<String> t = TraceRendering.id(cards.get(Period.Y).trace());
        assertThat(t)
                .contains(
                        "01a-CP Tahunan: indeks = 100,50 / 100,00 x 100 = 100,50",
                        "02b-CP Tahunan: indeks = 120,12 / 100,00 x 100 = 120,12",
                        "02b-CP Tahunan: indeks dibatasi 120,12 -> 120,00",
                        "01b-CP Tahunan: indeks = realisasi = 97,11",
                        "SS7 = (120,00 x 14 + 120,00 x 19 + 100,00 x 19) / 52 = 112,69",
                        "Perspektif Proses Bisnis Internal = (113,99 + 120,00 + 120,00 + 112,69 + 120,00) / 5 = 117,34",
                        "NKO = (30 x 99,07 + 20 x 104,46 + 25 x 117,34 + 25 x 113,74) / 100 = 108,38");
        assertThat(t).anyMatch(l -> l.startsWith("Predikat Tahunan: Istimewa (NKO > 100)"));
        assertThat(TraceRendering.id(cards.get(Period.Q4).trace()))
                .containsSubsequence(
                        "04b-N Triwulan IV: dinilai terhadap target tahunan 100,00",
                        "04b-N Triwulan IV: indeks = 107,97 / 100,00 x 100 = 107,97");
        assertThat(TraceRendering.id(cards.get(Period.S1).trace()))
                .contains(
                        "04a-CP Semester I: realisasi diturunkan (nilai terakhir triwulan: Triwulan I 38,91, Triwulan II 82,96) = 82,96");
        // the same lines in English, numbers with a decimal point
        List<String> en = TraceRendering.en(cards.get(Period.Y).trace());
        assertThat(en)
                .contains(
                        "01a-CP Annual: index = 100.50 / 100.00 x 100 = 100.50",
                        "02b-CP Annual: index capped 120.12 -> 120.00",
                        "NKO = (30 x 99.07 + 20 x 104.46 + 25 x 117.34 + 25 x 113.74) / 100 = 108.38");
    }

    private static BigDecimal r2(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP);
    }
}
