package id.kinerja.framework;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The components of a composite indicator for some periods (10a: IKPA alone in Q1..Q3, SMART + IKPA then a
 * conversion table in Q4). The weighted mean of the component scores, passed through the optional
 * conversion table, is the indicator's realization for the period, which is then scored by the indicator's
 * own scoring kind.
 *
 * @param periods         the periods this set applies to
 * @param components      the weighted components
 * @param conversionTable optional table applied to the weighted result; null when none
 */
public record ComponentSet(Set<Period> periods, List<Component> components, ConversionTable conversionTable) {
    public ComponentSet {
        Objects.requireNonNull(periods, "periods");
        periods = Set.copyOf(periods);
        components = List.copyOf(components);
    }

    /** Whether this set applies to the period. */
    public boolean appliesTo(Period period) {
        return periods.contains(period);
    }
}
