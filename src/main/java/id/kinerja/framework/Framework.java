package id.kinerja.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A year's performance framework (the "Manual IKU", docs/domain.md §3): perspectives, strategic objectives (SS),
 * indicators (IKU), colour bands and predicate scale. Loaded from a YAML file by {@link FrameworkLoader}.
 *
 * @param id               e.g. "djp-kpp-pratama-2024"
 * @param year             e.g. 2024
 * @param name             human-readable name
 * @param organisationType the unit type it applies to, e.g. "KPP_PRATAMA"
 * @param cap              the index cap (default 120)
 * @param perspectives     in order
 * @param objectives       in order
 * @param indicators       in order
 * @param colourBands      index colours
 * @param predicateScale   NKO predicates
 */
public record Framework(
        String id,
        int year,
        String name,
        String organisationType,
        BigDecimal cap,
        List<Perspective> perspectives,
        List<StrategicObjective> objectives,
        List<Indicator> indicators,
        ColourBands colourBands,
        PredicateScale predicateScale) {

    /** The cap used when a framework file gives none. */
    public static final BigDecimal DEFAULT_CAP = new BigDecimal("120");

    public Framework {
        Objects.requireNonNull(id, "id");
        cap = cap == null ? DEFAULT_CAP : cap;
        perspectives = List.copyOf(perspectives);
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        colourBands = colourBands == null ? ColourBands.DEFAULT : colourBands;
    }

    /** The indicator with this code, or null. */
    public Indicator indicator(String code) {
        for (Indicator i : indicators) {
            if (i.code().equals(code)) {
                return i;
            }
        }
        return null;
    }

    /** The strategic objective with this code, or null. */
    public StrategicObjective objective(String code) {
        for (StrategicObjective o : objectives) {
            if (o.code().equals(code)) {
                return o;
            }
        }
        return null;
    }

    /** The perspective with this code, or null. */
    public Perspective perspective(String code) {
        for (Perspective p : perspectives) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        return null;
    }

    /** The objectives of a perspective, in order. */
    public List<StrategicObjective> objectivesOf(String perspectiveCode) {
        return objectives.stream()
                .filter(o -> o.perspectiveCode().equals(perspectiveCode))
                .toList();
    }

    /** The indicators of an objective, in order. */
    public List<Indicator> indicatorsOf(String objectiveCode) {
        return indicators.stream()
                .filter(i -> i.objectiveCode().equals(objectiveCode))
                .toList();
    }
}
