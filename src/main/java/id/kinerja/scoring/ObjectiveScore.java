package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * A strategic objective's (SS) result for one period.
 *
 * @param code            e.g. "SS7"
 * @param name            its name
 * @param perspectiveCode its perspective
 * @param index           weighted mean of its scored indicators; null if excluded
 * @param excludedReason  why it was left out (a message key); null when scored
 */
public record ObjectiveScore(
        String code, String name, String perspectiveCode, BigDecimal index, TraceLine excludedReason) {
    public boolean isScored() {
        return index != null;
    }
}
