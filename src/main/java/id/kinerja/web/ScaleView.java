package id.kinerja.web;

import id.kinerja.framework.Predicate;
import id.kinerja.framework.PredicateScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The predicate scale in force, for display (docs/domain.md §4: the UI always says which scale is in force): each
 * predicate with its lower bound and the upper bound implied by the predicate above it, whether it is the current
 * one, and the framework's note when the scale is an assumption.
 *
 * @param rows       highest first
 * @param assumption whether the framework marks the scale as an assumption
 * @param note       the framework's note (shown when it is an assumption)
 */
public record ScaleView(List<Row> rows, boolean assumption, String note) {

    /**
     * One predicate: NKO {@code >} (or {@code >=}) {@code lower} and {@code <=} (or {@code <}) {@code upper}; a null
     * bound is open.
     */
    public record Row(
            String name,
            BigDecimal lower,
            boolean lowerInclusive,
            BigDecimal upper,
            boolean upperInclusive,
            boolean current) {}

    /** The scale with {@code current} marking the predicate in force (may be null); null when there is no scale. */
    public static ScaleView of(PredicateScale scale, Predicate current) {
        if (scale == null) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        Predicate above = null;
        for (Predicate p : scale.predicates()) {
            BigDecimal upper = above == null ? null : above.lowerBound();
            // the predicate above starts where this one ends: "> 100" above means "<= 100" here
            boolean upperInclusive = above != null && !above.lowerInclusive();
            rows.add(new Row(
                    p.name(),
                    p.lowerBound(),
                    p.lowerInclusive(),
                    upper,
                    upperInclusive,
                    current != null && current.name().equals(p.name())));
            above = p;
        }
        return new ScaleView(rows, scale.assumption(), scale.note());
    }
}
