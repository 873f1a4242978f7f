package id.kinerja.framework.internal;

import id.kinerja.framework.Consolidation;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.ScoringKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A framework file as written, bound from YAML by {@link FrameworkBinder} before any rule between fields is
 * checked ({@link FrameworkValidator}). Every value keeps its place in the file; a value the binder could not
 * read (missing, wrong type, unknown name) is null, its problem already reported.
 */
public final class Raw {

    private Raw() {}

    /** Where something is: 1-based line and column (0 when unknown) and its path, e.g. "indicators[3].polarity". */
    public record Place(int line, int column, String path) {
        /** The place of {@code key} inside this mapping (used for a key that is missing). */
        Place key(String key) {
            return new Place(line, column, path.isEmpty() ? key : path + "." + key);
        }
    }

    /**
     * One field of a mapping. {@code given}: the key is there with a non-empty value; {@code value}: what the binder
     * read (null when not given or not readable); {@code place}: the value's place, or the mapping's when not given.
     */
    public record Field<T>(T value, boolean given, Place place) {
        boolean readable() {
            return value != null;
        }
    }

    /** A list of mappings; entries that are no mapping are reported and left out. */
    public record Items<T>(Place place, List<T> items, boolean allMappings, boolean empty) {}

    public record Document(
            Place place,
            Field<String> id,
            Field<Integer> year,
            Field<String> name,
            Field<String> organisationType,
            Field<String> description,
            Field<BigDecimal> cap,
            Field<ColourBands> colourBands,
            Field<PredicateScale> predicateScale,
            Items<Perspective> perspectives,
            Items<Objective> objectives,
            Items<Indicator> indicators,
            Set<String> perspectivesNamedByObjectives,
            Set<String> objectivesNamedByIndicators) {}

    public record Perspective(
            Place place, Field<String> code, Field<String> name, Field<String> englishName, Field<BigDecimal> weight) {}

    public record Objective(
            Place place,
            Field<String> code,
            Field<String> perspective,
            Field<String> name,
            Field<String> description) {}

    public record Indicator(
            Place place,
            Field<String> code,
            Field<String> objective,
            Field<String> name,
            Field<String> definition,
            Field<String> formula,
            Field<MeasurementUnit> unit,
            Field<Polarity> polarity,
            Field<Consolidation> consolidation,
            Field<ScoringKind> scoring,
            Field<BigDecimal> weight,
            Field<BigDecimal> cap,
            Field<String> dataSource,
            Field<Set<Period>> scoredAgainstYearlyTarget,
            Field<Table> conversionTable,
            Field<Items<ComponentSet>> componentSets) {}

    public record ComponentSet(
            Place place, Field<Set<Period>> periods, Items<Component> components, Field<Table> conversionTable) {}

    public record Component(
            Place place,
            Field<String> code,
            Field<String> name,
            Field<BigDecimal> weight,
            Field<BigDecimal> cap,
            Field<ScoringKind> scoring,
            Field<BigDecimal> target) {}

    /** A conversion table; {@code bands} are its mapping entries. */
    public record Table(Place place, List<Band> bands) {}

    /** A band; {@code numbersReadable}: every number in it was read (otherwise its rules are not checked). */
    public record Band(
            Place place,
            boolean numbersReadable,
            Field<BigDecimal> above,
            Field<BigDecimal> atLeast,
            Field<BigDecimal> below,
            Field<BigDecimal> atMost,
            Field<BigDecimal> equals,
            Field<BigDecimal> index,
            Field<BigDecimal> fromIndex,
            Field<BigDecimal> toIndex) {}

    public record ColourBands(Place place, Field<BigDecimal> greenFrom, Field<BigDecimal> yellowFrom) {}

    public record PredicateScale(
            Place place, Field<Boolean> assumption, Field<String> note, Items<Predicate> predicates) {}

    public record Predicate(Place place, Field<String> name, Field<BigDecimal> above, Field<BigDecimal> atLeast) {}
}
