package id.kinerja.scoring;

import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkLoader;
import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * KPP Pratama Kupang 2024, from shared/reference/kupang-2024-figures.md: the agreement's weights and seven-period
 * targets, and the realizations of Q1, Q2, Q3, Q4 and Y. Smt. 1 and s.d. Q3 realizations are not entered: the
 * engine derives them (the report's 04a Smt. 1 of 88.80 is a misprint, and 04b's printed S1 / s.d. Q3 are not
 * sums). Known corrections: 09c's Q4 / Y realization is 95.05 (printed 95.10); 07b has only its Q4 / Y realization
 * (its quarterly table is a copy of 04a's); 09b has only a Y target (85) and Q4 / Y realizations; 06c's targets are
 * all 100 (absent from the agreement's detail table).
 */
public final class KupangFixture {

    public static final String FRAMEWORK_RESOURCE = "frameworks/djp-kpp-pratama-2024.yaml";

    /** Target columns in order Q1, Q2, Smt.1, Q3, s.d. Q3, Q4, Y. */
    private static final Period[] TARGET_COLUMNS = {
        Period.Q1, Period.Q2, Period.S1, Period.Q3, Period.SDQ3, Period.Q4, Period.Y
    };
    /** Realization columns entered: Q1, Q2, Q3, Q4, Y. */
    private static final Period[] REALIZATION_COLUMNS = {Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Y};

    private KupangFixture() {}

    public static Framework framework() {
        return FrameworkLoader.loadResource(FRAMEWORK_RESOURCE);
    }

    public static List<IndicatorInput> inputs() {
        List<IndicatorInput> in = new ArrayList<>();
        //   code     weight  targets Q1..Y (7 columns, null = none)             realizations Q1, Q2, Q3, Q4, Y
        in.add(iku(
                "01a-CP",
                26,
                t("16", "41", "41", "73", "73", "100", "100"),
                r("15.62", "38.80", "63.03", "100.50", "100.50")));
        in.add(iku(
                "01b-CP",
                19,
                t("100", "100", "100", "100", "100", "100", "100"),
                r("88.10", "96.43", "99.86", "97.11", "97.11")));
        in.add(iku(
                "02a-CP",
                26,
                t("16", "41", "41", "73", "73", "100", "100"),
                r("15.05", "38.12", "64.49", "100.53", "100.53")));
        in.add(iku(
                "02b-CP",
                19,
                t("60", "80", "80", "90", "90", "100", "100"),
                r("104.65", "115.50", "117.09", "120.12", "120.12")));
        in.add(iku(
                "03a-CP",
                21,
                t("25", "50", "50", "75", "75", "100", "100"),
                r("20.42", "48.73", "49.01", "100.17", "100.17")));
        // s.d. Q3 target 60 (the agreement misprints 40)
        in.add(iku(
                "04a-CP",
                21,
                t("10", "40", "40", "60", "60", "74", "74"),
                r("38.91", "82.96", "88.80", "88.80", "88.80")));
        // survey index: quarterly 5 + 5 + 5 + national 85 = 100 (sum); Y realization is the national survey
        in.add(iku(
                "04b-N",
                21,
                t("5", "5", "10", "5", "15", "85", "100"),
                r("6.22", "6.33", "18.00", "107.97", "107.97")));
        in.add(iku(
                "05a-CP",
                14,
                t("90", "90", "90", "90", "90", "90", "90"),
                r("110.67", "117.91", "114.34", "118.20", "118.20")));
        in.add(iku(
                "06a-CP",
                14,
                t("100", "100", "100", "100", "100", "100", "100"),
                r("100.00", "105.65", "107.86", "120", "120")));
        in.add(iku(
                "06b-N",
                14,
                t("100", "100", "100", "100", "100", "100", "100"),
                r("120", "115.41", "117.29", "120", "120")));
        in.add(iku(
                "06c-N",
                14,
                t("100", "100", "100", "100", "100", "100", "100"),
                r("120", "101.26", "106.20", "120", "120")));
        in.add(iku(
                "07a-CP",
                14,
                t("100", "100", "100", "100", "100", "100", "100"),
                r("108.71", "120", "120", "120", "120")));
        in.add(iku("07b-CP", 19, t("15", "30", "30", "45", "45", "75", "75"), r(null, null, null, "115.53", "115.53")));
        in.add(iku("07c-N", 19, t("25", "50", "50", "75", "75", "100", "100"), r("0", "0", "0", "100", "100")));
        in.add(iku(
                "08a-CP", 14, t("20", "50", "50", "80", "80", "100", "100"), r("24.82", "64.08", "120", "120", "120")));
        in.add(iku(
                "08b-CP",
                19,
                t("10", "25", "25", "40", "40", "55", "55"),
                r("68.00", "89.00", "87.70", "87.70", "87.70")));
        in.add(iku(
                "09a-N",
                14,
                t("100", "100", "100", "100", "100", "100", "100"),
                r("104.95", "109.11", "109.11", "103.65", "103.65")));
        in.add(iku("09b-N", 14, t(null, null, null, null, null, null, "85"), r(null, null, null, "96.22", "96.22")));
        // 95.05, not the printed 95.10: the reported index 105.61 and the official NKO 108.38 use 95.05
        in.add(iku(
                "09c-N",
                14,
                t("23", "47", "47", "70", "70", "90", "90"),
                r("28.49", "86.10", "99.10", "95.05", "95.05")));
        in.add(iku(
                "10a-CP",
                14,
                t("100", "100", "100", "100", "100", "100", "100"),
                r("55.98", "88.70", "95.88", "120", "120")));
        return in;
    }

    private static IndicatorInput iku(
            String code, int weight, Map<Period, Target> targets, Map<Period, BigDecimal> realizations) {
        return new IndicatorInput(code, BigDecimal.valueOf(weight), targets, realizations, Map.of());
    }

    private static Map<Period, Target> t(String... values) {
        Map<Period, Target> m = new EnumMap<>(Period.class);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put(TARGET_COLUMNS[i], Target.of(new BigDecimal(values[i])));
            }
        }
        return m;
    }

    private static Map<Period, BigDecimal> r(String... values) {
        Map<Period, BigDecimal> m = new EnumMap<>(Period.class);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put(REALIZATION_COLUMNS[i], new BigDecimal(values[i]));
            }
        }
        return m;
    }
}
