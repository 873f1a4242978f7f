package id.kinerja.scoring;

import id.kinerja.framework.Colour;
import id.kinerja.framework.Predicate;
import java.math.BigDecimal;
import java.util.List;

/**
 * The NKO sheet for one period.
 *
 * @param period       the period
 * @param nko          Nilai Kinerja Organisasi; null when nothing was scored
 * @param predicate    the predicate of the NKO; null when no NKO (or the framework has no scale)
 * @param colour       the colour of the NKO; null when no NKO
 * @param perspectives in framework order
 * @param objectives   in framework order
 * @param indicators   the agreement's indicators, in framework order
 * @param trace        every computation step, in order, as message keys and arguments
 */
public record Scorecard(
        id.kinerja.framework.Period period,
        BigDecimal nko,
        Predicate predicate,
        Colour colour,
        List<PerspectiveScore> perspectives,
        List<ObjectiveScore> objectives,
        List<IndicatorScore> indicators,
        List<TraceLine> trace) {

    public Scorecard {
        perspectives = List.copyOf(perspectives);
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        trace = List.copyOf(trace);
    }

    /** The indicator score with this code, or null. */
    public IndicatorScore indicator(String code) {
        return indicators.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    /** The objective score with this code, or null. */
    public ObjectiveScore objective(String code) {
        return objectives.stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    /** The perspective score with this code, or null. */
    public PerspectiveScore perspective(String code) {
        return perspectives.stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElse(null);
    }
}
