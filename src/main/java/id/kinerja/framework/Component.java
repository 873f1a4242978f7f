package id.kinerja.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One weighted component of a composite indicator (e.g. 04a's "Rasio Kegiatan", 25%).
 *
 * @param code    short code, unique within its component set, e.g. "KEGIATAN"
 * @param name    Indonesian name
 * @param weight  the component's weight (relative within its set; the shipped file uses percent)
 * @param cap     optional cap on the component's score (e.g. 100 for "capped at plan"); null when none
 * @param scoring {@link ScoringKind#RATIO} (value / {@code target} x 100, with the indicator's polarity) or
 *                {@link ScoringKind#REALIZATION_IS_INDEX} (the entered value is the component's score)
 * @param target  the component target for {@code ratio} scoring (e.g. IKPA 95.5 = index 100); null otherwise
 */
public record Component(
        String code, String name, BigDecimal weight, BigDecimal cap, ScoringKind scoring, BigDecimal target) {
    public Component {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(scoring, "scoring");
    }
}
