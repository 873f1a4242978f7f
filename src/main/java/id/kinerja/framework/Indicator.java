package id.kinerja.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An IKU (Indikator Kinerja Utama), a key performance indicator in one strategic objective (docs/domain.md §3).
 *
 * @param code                       e.g. "01a-CP"
 * @param name                       Indonesian name
 * @param objectiveCode              the SS it belongs to, e.g. "SS1"
 * @param definition                 the manual's definition (Definisi IKU)
 * @param formula                    the manual's formula text (Formula IKU)
 * @param unit                       percent, index, rupiah or count
 * @param polarity                   maximize, minimize or range
 * @param consolidation              how aggregate periods follow from quarters
 * @param scoring                    how the realization becomes an index
 * @param defaultWeight              the manual's weight (bobot), used when an agreement gives none
 * @param cap                        indicator-specific cap; null means the framework's cap
 * @param dataSource                 where the realization comes from
 * @param scoredAgainstYearlyTarget  periods scored against the Y target instead of their own (04b, 09b: Q4, Y)
 * @param conversionTable            the table for {@link ScoringKind#CONVERSION_TABLE}; null otherwise
 * @param componentSets              components per period for a composite indicator; empty when none
 * @param order                      position in the framework (1-based)
 */
public record Indicator(
        String code,
        String name,
        String objectiveCode,
        String definition,
        String formula,
        MeasurementUnit unit,
        Polarity polarity,
        Consolidation consolidation,
        ScoringKind scoring,
        BigDecimal defaultWeight,
        BigDecimal cap,
        String dataSource,
        Set<Period> scoredAgainstYearlyTarget,
        ConversionTable conversionTable,
        List<ComponentSet> componentSets,
        int order) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(objectiveCode, "objectiveCode");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(consolidation, "consolidation");
        Objects.requireNonNull(scoring, "scoring");
        scoredAgainstYearlyTarget =
                scoredAgainstYearlyTarget == null ? Set.of() : Set.copyOf(scoredAgainstYearlyTarget);
        componentSets = componentSets == null ? List.of() : List.copyOf(componentSets);
    }

    /** The component set for a period, or null when the indicator has none for it. */
    public ComponentSet componentSetFor(Period period) {
        for (ComponentSet set : componentSets) {
            if (set.appliesTo(period)) {
                return set;
            }
        }
        return null;
    }

    /** Whether the indicator is composite in any period. */
    public boolean isComposite() {
        return !componentSets.isEmpty();
    }

    /** The cap in force: the indicator's own, else the framework's. */
    public BigDecimal effectiveCap(BigDecimal frameworkCap) {
        return cap != null ? cap : frameworkCap;
    }
}
