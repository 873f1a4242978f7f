package id.kinerja.revenue;

import id.kinerja.web.Charts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ECharts options of the revenue page, in billions of rupiah (divided for display only; nothing else is computed
 * here).
 */
final class RevenueCharts {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private final Locale locale;
    private final Map<String, String> labels;

    /** {@code labels}: target, realization, achievement, cumulative, quarterTarget, month names m1..m12. */
    RevenueCharts(Locale locale, Map<String, String> labels) {
        this.locale = locale;
        this.labels = labels;
    }

    static BigDecimal billions(BigDecimal rupiah) {
        return rupiah == null ? null : Charts.value(rupiah.divide(BILLION, Money.MC));
    }

    /** Target and realization of each group (A..F with data) and the total, side by side. */
    String byGroup(RevenueYear y) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> realizations = new ArrayList<>();
        for (RevenueYear.Row r : y.rows()) {
            if (r.level() == RevenueYear.Level.GROUP && !r.empty()) {
                names.add(r.code() + " " + r.name());
                targets.add(billions(r.target()));
                realizations.add(billions(r.realization()));
            }
        }
        Map<String, Object> option = option(names);
        option.put("series", List.of(bar(labels.get("target"), targets), bar(labels.get("realization"), realizations)));
        return Charts.json(option);
    }

    /** Five years: target and realization bars. */
    String history(RevenueYear y) {
        List<String> years = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> realizations = new ArrayList<>();
        for (RevenueYear.HistoryYear h : y.history()) {
            years.add(String.valueOf(h.year()));
            targets.add(billions(h.target()));
            realizations.add(billions(h.realization()));
        }
        Map<String, Object> option = option(years);
        option.put("series", List.of(bar(labels.get("target"), targets), bar(labels.get("realization"), realizations)));
        return Charts.json(option);
    }

    /**
     * Cumulative realization by month against the cumulative target at each quarter's end (the agreement's 01a
     * targets, a share of the year's target) and, when computed, each prognosis method's year end in December.
     */
    String monthly(
            RevenueYear y,
            Map<Integer, BigDecimal> quarterTargets,
            RevenuePrognosis.Result prognosis,
            Map<RevenuePrognosis.Method, String> methodNames) {
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(labels.get("m" + m));
        }
        List<BigDecimal> cumulative = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            cumulative.add(
                    m <= y.months().size() ? billions(y.months().get(m - 1).cumulative()) : null);
        }
        List<Object> series = new ArrayList<>();
        Map<String, Object> real = line(labels.get("cumulative"), cumulative);
        series.add(real);
        if (!quarterTargets.isEmpty()) {
            List<BigDecimal> targets = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                targets.add(billions(quarterTargets.get(m)));
            }
            Map<String, Object> t = line(labels.get("quarterTarget"), targets);
            t.put("connectNulls", true);
            t.put("lineStyle", Map.of("type", "dashed"));
            series.add(t);
        }
        if (prognosis != null) {
            for (RevenuePrognosis.Projection p : prognosis.projections()) {
                if (p.available() && prognosis.month() < 12) {
                    List<BigDecimal> data = new ArrayList<>();
                    for (int m = 1; m <= 12; m++) {
                        data.add(
                                m == prognosis.month()
                                        ? billions(prognosis.cumulative())
                                        : m == 12 ? billions(p.yearEnd()) : null);
                    }
                    Map<String, Object> s = line(methodNames.get(p.method()), data);
                    s.put("connectNulls", true);
                    s.put("lineStyle", Map.of("type", "dotted"));
                    series.add(s);
                }
            }
        }
        Map<String, Object> option = option(months);
        option.put("series", series);
        return Charts.json(option);
    }

    private Map<String, Object> option(List<String> categories) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("kinerjaNumbers", locale.getLanguage().equals("en") ? "en-GB" : "id-ID");
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 24, "bottom", 48, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("hideOverlap", true)));
        option.put("yAxis", Map.of("type", "value", "name", labels.get("unit")));
        return option;
    }

    private static Map<String, Object> bar(String name, List<BigDecimal> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "bar");
        s.put("data", data);
        return s;
    }

    private static Map<String, Object> line(String name, List<BigDecimal> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "line");
        s.put("connectNulls", false);
        s.put("data", data);
        return s;
    }
}
