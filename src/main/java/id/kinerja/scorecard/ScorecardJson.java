package id.kinerja.scorecard;

import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scorecard as JSON for other programs: {@code {"unit","year","period","nko","predicate",
 * "perspectives":[{"code","name","index"}],"objectives":[...],"indicators":[{"code","name","target",
 * "realization","index","colour","excluded"}]}}; numbers rounded half-up to 2 places (display only),
 * {@code excluded} null or the reason code (NO_TARGET, ...).
 */
public final class ScorecardJson {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ScorecardJson() {}

    public static String write(UnitScorecard card) {
        return JSON.writeValueAsString(toMap(card));
    }

    public static Map<String, Object> toMap(UnitScorecard card) {
        Scorecard s = card.scorecard();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("unit", card.unit().code());
        root.put("year", card.year());
        root.put("period", s.period().name());
        root.put("nko", round(s.nko()));
        root.put("predicate", s.predicate() == null ? null : s.predicate().name());
        root.put(
                "perspectives",
                s.perspectives().stream()
                        .map(p -> entry(p.code(), p.name(), p.index()))
                        .toList());
        root.put(
                "objectives",
                s.objectives().stream()
                        .map(o -> entry(o.code(), o.name(), o.index()))
                        .toList());
        root.put(
                "indicators",
                s.indicators().stream().map(ScorecardJson::indicator).toList());
        return root;
    }

    private static Map<String, Object> entry(String code, String name, BigDecimal index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("index", round(index));
        return m;
    }

    private static Map<String, Object> indicator(IndicatorScore i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("target", i.target() == null ? null : round(i.target().value()));
        m.put("realization", round(i.realization()));
        m.put("index", round(i.index()));
        m.put("colour", i.colour() == null ? null : i.colour().name().toLowerCase());
        m.put("excluded", i.excluded() == null ? null : i.excluded().code());
        return m;
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
