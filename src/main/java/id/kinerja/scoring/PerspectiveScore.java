package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * A perspective's result for one period.
 *
 * @param code             e.g. "INTERNAL_PROCESS"
 * @param name             its Indonesian name
 * @param weight           the framework weight (percent)
 * @param normalisedWeight the weight as a percentage of the scored perspectives' weights; null if excluded
 * @param index            plain mean of its scored SS; null if excluded
 * @param excludedReason   why it was left out (a message key); null when scored
 */
public record PerspectiveScore(
        String code,
        String name,
        BigDecimal weight,
        BigDecimal normalisedWeight,
        BigDecimal index,
        TraceLine excludedReason) {
    public boolean isScored() {
        return index != null;
    }
}
