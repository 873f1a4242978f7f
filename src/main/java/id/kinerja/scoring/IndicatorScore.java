package id.kinerja.scoring;

import id.kinerja.framework.Colour;
import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's result for one period.
 *
 * @param code               IKU code
 * @param name               IKU name
 * @param objectiveCode      its SS
 * @param target             the target actually used (possibly derived, or the yearly one); null when none
 * @param realization        the realization actually used (possibly derived); null when none
 * @param realizationDerived true when the realization was derived (from quarters or from components)
 * @param weight             the agreement's weight (or the framework's default)
 * @param normalisedWeight   the weight as a percentage of the scored weights of its SS; null if excluded
 * @param index              the achievement index after the cap; null if excluded
 * @param uncappedIndex      the index before the cap; null if excluded
 * @param colour             colour of the index; null if excluded
 * @param excluded           why it was left out; null when scored
 * @param trace              how the numbers came about, as message keys and arguments
 * @param warnings           consistency warnings (not errors), as message keys and arguments
 */
public record IndicatorScore(
        String code,
        String name,
        String objectiveCode,
        Target target,
        BigDecimal realization,
        boolean realizationDerived,
        BigDecimal weight,
        BigDecimal normalisedWeight,
        BigDecimal index,
        BigDecimal uncappedIndex,
        Colour colour,
        Exclusion excluded,
        List<TraceLine> trace,
        List<TraceLine> warnings) {

    public IndicatorScore {
        trace = List.copyOf(trace);
        warnings = List.copyOf(warnings);
    }

    public boolean isScored() {
        return excluded == null;
    }

    /**
     * Whether the IKU was scored and did not reach its target: an achievement index below 100 (docs/domain.md §4;
     * 100 is the target met, whatever the polarity).
     */
    public boolean belowTarget() {
        return index != null && index.compareTo(BigDecimal.valueOf(100)) < 0;
    }

    /** Whether the cap lowered the index. */
    public boolean isCapped() {
        return index != null && uncappedIndex != null && uncappedIndex.compareTo(index) > 0;
    }

    IndicatorScore withNormalisedWeight(BigDecimal normalised) {
        return new IndicatorScore(
                code,
                name,
                objectiveCode,
                target,
                realization,
                realizationDerived,
                weight,
                normalised,
                index,
                uncappedIndex,
                colour,
                excluded,
                trace,
                warnings);
    }
}
