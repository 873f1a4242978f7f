package id.kinerja.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * The NKO predicate scale (docs/domain.md §4): predicates ordered from the highest to the lowest lower bound; the NKO
 * takes the first predicate it qualifies for.
 *
 * @param predicates ordered highest first
 * @param assumption true when the thresholds are an assumption, not an official rule (the 2024 scale is)
 * @param note       explains the assumption and that an administrator can change it
 */
public record PredicateScale(List<Predicate> predicates, boolean assumption, String note) {

    public PredicateScale {
        predicates = List.copyOf(predicates);
    }

    /** The predicate of an NKO; null when the NKO is null or below every bounded predicate of the scale. */
    public Predicate predicateOf(BigDecimal nko) {
        if (nko == null) {
            return null;
        }
        for (Predicate p : predicates) {
            if (p.admits(nko)) {
                return p;
            }
        }
        return null;
    }
}
