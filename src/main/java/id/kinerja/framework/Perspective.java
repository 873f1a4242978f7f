package id.kinerja.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Balanced Scorecard perspective (docs/domain.md §3) with its weight in percent.
 *
 * @param code        e.g. "STAKEHOLDER"
 * @param name        the Indonesian name, e.g. "Perspektif Stakeholder"
 * @param englishName e.g. "Stakeholder Perspective"
 * @param weight      the weight in percent (the four weights of a framework add up to 100)
 * @param order       position in the framework (1-based), the order of the NKO sheet
 */
public record Perspective(String code, String name, String englishName, BigDecimal weight, int order) {
    public Perspective {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
    }
}
