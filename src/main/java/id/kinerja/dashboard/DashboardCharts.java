package id.kinerja.dashboard;

import id.kinerja.framework.Period;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.Charts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The ECharts options of the dashboard, drawn from the scorecards (nothing is computed here but rounding). */
final class DashboardCharts {

    private final MessageSource messages;
    private final Locale locale;

    DashboardCharts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** NKO and the perspective indexes per period Q1, Q2, Q3, Q4 and Y. */
    String nkoByPeriod(Dashboard d) {
        List<Object> series = new ArrayList<>();
        List<BigDecimal> nko = new ArrayList<>();
        for (Period p : Dashboard.CHART_PERIODS) {
            nko.add(Charts.value(d.cards().get(p).nko()));
        }
        Map<String, Object> nkoSeries = line("NKO", nko);
        nkoSeries.put("lineStyle", Map.of("width", 4));
        nkoSeries.put("symbolSize", 9);
        nkoSeries.put(
                "markLine",
                Map.of(
                        "silent",
                        true,
                        "symbol",
                        "none",
                        "lineStyle",
                        Map.of("type", "dashed"),
                        "label",
                        Map.of("show", false),
                        "data",
                        List.of(Map.of("yAxis", 100))));
        series.add(nkoSeries);
        for (Dashboard.SheetPerspective p : d.sheet()) {
            List<BigDecimal> values = new ArrayList<>();
            for (Period period : Dashboard.CHART_PERIODS) {
                PerspectiveScore s = d.cards().get(period).perspective(p.score().code());
                values.add(s == null ? null : Charts.value(s.index()));
            }
            series.add(line(english() ? p.englishName() : p.score().name(), values));
        }
        return Charts.json(option(series, Map.of("type", "scroll", "bottom", 0)));
    }

    /** Each IKU's index per quarter: one series per IKU, the legend picks one at a time. */
    String ikuTrend(Dashboard d) {
        List<Object> series = new ArrayList<>();
        Map<String, Boolean> selected = new LinkedHashMap<>();
        for (Dashboard.Trend t : d.trends()) {
            List<BigDecimal> values = new ArrayList<>();
            for (Period q : Dashboard.QUARTERS) {
                Scorecard card = d.cards().get(q);
                IndicatorScore s = card.indicator(t.code());
                values.add(s == null ? null : Charts.value(s.index()));
            }
            Map<String, Object> line = line(t.code(), values);
            line.put(
                    "markLine",
                    Map.of(
                            "silent",
                            true,
                            "symbol",
                            "none",
                            "lineStyle",
                            Map.of("type", "dashed"),
                            "label",
                            Map.of("show", false),
                            "data",
                            List.of(Map.of("yAxis", 100))));
            series.add(line);
            selected.put(t.code(), selected.isEmpty());
        }
        Map<String, Object> legend = new LinkedHashMap<>();
        legend.put("type", "scroll");
        legend.put("top", 0);
        legend.put("selectedMode", "single");
        legend.put("selected", selected);
        Map<String, Object> option = option(series, legend);
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "axisLabel",
                        Map.of("interval", 0),
                        "data",
                        Dashboard.QUARTERS.stream().map(this::label).toList()));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        return Charts.json(option);
    }

    private Map<String, Object> option(List<Object> series, Map<String, Object> legend) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("kinerjaNumbers", english() ? "en-GB" : "id-ID");
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", legend);
        option.put("grid", Map.of("left", 8, "right", 16, "top", 16, "bottom", 48, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "axisLabel",
                        Map.of("interval", 0),
                        "data",
                        Dashboard.CHART_PERIODS.stream().map(this::label).toList()));
        option.put("yAxis", Map.of("type", "value", "scale", true));
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> line(String name, List<BigDecimal> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "line");
        s.put("connectNulls", false);
        s.put("data", data);
        return s;
    }

    /** The short column heading (Q1..Q4, Y): the same in both languages. */
    private String label(Period p) {
        return p.label();
    }

    private boolean english() {
        return "en".equals(locale.getLanguage());
    }
}
