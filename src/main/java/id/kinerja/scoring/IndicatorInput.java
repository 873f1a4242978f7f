package id.kinerja.scoring;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator of an office's performance agreement, with what was entered: the agreement's weight and
 * targets and the realizations (per period), optionally component values (per period, by component code).
 * Any map may lack periods; null maps are treated as empty.
 *
 * @param code            the IKU code, e.g. "01a-CP"
 * @param weight          the agreement's weight; null means the framework's default weight
 * @param targets         targets per period
 * @param realizations    realizations per period
 * @param componentValues component values per period, by component code
 */
public record IndicatorInput(
        String code,
        BigDecimal weight,
        Map<Period, Target> targets,
        Map<Period, BigDecimal> realizations,
        Map<Period, Map<String, BigDecimal>> componentValues) {

    public IndicatorInput {
        Objects.requireNonNull(code, "code");
        targets = freeze(targets);
        realizations = freeze(realizations);
        if (componentValues == null || componentValues.isEmpty()) {
            componentValues = Map.of();
        } else {
            EnumMap<Period, Map<String, BigDecimal>> copy = new EnumMap<>(Period.class);
            componentValues.forEach((p, m) -> {
                if (p != null && m != null) {
                    copy.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(m)));
                }
            });
            componentValues = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * A copy with the realization of one period replaced (null removes it) and that period's component values
     * dropped, so that the engine scores the given value rather than the components (the what-if sandbox and
     * {@link GoalSeek} use this; the original is unchanged).
     */
    public IndicatorInput withRealization(Period period, BigDecimal value) {
        Objects.requireNonNull(period, "period");
        EnumMap<Period, BigDecimal> r = new EnumMap<>(Period.class);
        r.putAll(realizations);
        if (value == null) {
            r.remove(period);
        } else {
            r.put(period, value);
        }
        EnumMap<Period, Map<String, BigDecimal>> c = new EnumMap<>(Period.class);
        c.putAll(componentValues);
        c.remove(period);
        return new IndicatorInput(code, weight, targets, r, c);
    }

    private static <V> Map<Period, V> freeze(Map<Period, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        EnumMap<Period, V> copy = new EnumMap<>(Period.class);
        map.forEach((p, v) -> {
            if (p != null && v != null) {
                copy.put(p, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
