package id.kinerja.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options as JSON for {@code <script type="application/json" data-chart-for="ID" th:utext="${json}">}
 * (drawn by static/js/kinerja.js; no inline code, so the content security policy holds). The JSON is safe inside a
 * script element: {@code <}, {@code >} and {@code &} are written as unicode escapes.
 */
public final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Charts() {}

    /** The option as JSON, safe to place inside a script element. */
    public static String json(Object option) {
        return JSON.writeValueAsString(option)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    /** A value for a chart: half-up to 2 places (display only); null stays null (a gap in the line). */
    public static BigDecimal value(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
