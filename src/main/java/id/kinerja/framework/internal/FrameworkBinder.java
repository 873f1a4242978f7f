package id.kinerja.framework.internal;

import static id.kinerja.framework.internal.Problems.term;

import id.kinerja.framework.Consolidation;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.ScoringKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds a framework file's YAML nodes to the {@link Raw} model, keeping every value's line and column. It reports
 * what is wrong with a value on its own, what docs/framework.schema.json describes: unknown and duplicate keys,
 * missing required fields, wrong types, unknown names (unit, polarity, period, ...), numbers that must be positive
 * and lists that must not be empty. The rules between fields are {@link FrameworkValidator}'s.
 */
public final class FrameworkBinder {

    public static final Set<String> TOP_KEYS = Set.of(
            "id",
            "year",
            "name",
            "organisation-type",
            "description",
            "cap",
            "colour-bands",
            "predicate-scale",
            "perspectives",
            "objectives",
            "indicators");
    public static final Set<String> PERSPECTIVE_KEYS = Set.of("code", "name", "english-name", "weight");
    public static final Set<String> OBJECTIVE_KEYS = Set.of("code", "perspective", "name", "description");
    public static final Set<String> INDICATOR_KEYS = Set.of(
            "code",
            "objective",
            "name",
            "definition",
            "formula",
            "unit",
            "polarity",
            "consolidation",
            "scoring",
            "weight",
            "cap",
            "data-source",
            "scored-against-yearly-target",
            "conversion-table",
            "component-sets");
    public static final Set<String> COMPONENT_SET_KEYS = Set.of("periods", "components", "conversion-table");
    public static final Set<String> COMPONENT_KEYS = Set.of("code", "name", "weight", "cap", "scoring", "target");
    public static final Set<String> BAND_KEYS =
            Set.of("above", "at-least", "below", "at-most", "equals", "index", "from-index", "to-index");
    public static final Set<String> COLOUR_KEYS = Set.of("green-from", "yellow-from");
    public static final Set<String> SCALE_KEYS = Set.of("assumption", "note", "predicates");
    public static final Set<String> PREDICATE_KEYS = Set.of("name", "above", "at-least");

    private final Problems problems;
    private final NodeReader read;

    public FrameworkBinder(Problems problems) {
        this.problems = problems;
        this.read = new NodeReader(problems);
    }

    /** The document, or null when it is not a mapping (reported). */
    public Raw.Document document(Node root) {
        NodeReader.Fields f = read.fields(root, "", TOP_KEYS);
        if (f == null) {
            return null;
        }
        return new Raw.Document(
                f.place(),
                read.text(f, "id", true),
                read.integer(f, "year", true),
                read.text(f, "name", true),
                read.text(f, "organisation-type", true),
                read.text(f, "description", false),
                read.positive(f, "cap", false),
                read.mapping(f, "colour-bands", COLOUR_KEYS, this::colourBands),
                read.mapping(f, "predicate-scale", SCALE_KEYS, this::predicateScale),
                read.list(
                                f,
                                "perspectives",
                                true,
                                PERSPECTIVE_KEYS,
                                this::perspective,
                                "framework.problem.noPerspectives")
                        .value(),
                read.list(f, "objectives", true, OBJECTIVE_KEYS, this::objective, null)
                        .value(),
                read.list(f, "indicators", true, INDICATOR_KEYS, this::indicator, null)
                        .value(),
                NodeReader.scalarValues(f.value("objectives"), "perspective"),
                NodeReader.scalarValues(f.value("indicators"), "objective"));
    }

    private Raw.Perspective perspective(NodeReader.Fields f) {
        return new Raw.Perspective(
                f.place(),
                read.text(f, "code", true),
                read.text(f, "name", true),
                read.text(f, "english-name", false),
                read.positive(f, "weight", true));
    }

    private Raw.Objective objective(NodeReader.Fields f) {
        return new Raw.Objective(
                f.place(),
                read.text(f, "code", true),
                read.text(f, "perspective", true),
                read.text(f, "name", true),
                read.text(f, "description", false));
    }

    private Raw.Indicator indicator(NodeReader.Fields f) {
        return new Raw.Indicator(
                f.place(),
                read.text(f, "code", true),
                read.text(f, "objective", true),
                read.text(f, "name", true),
                read.text(f, "definition", false),
                read.text(f, "formula", false),
                read.enumValue(
                        f, "unit", true, MeasurementUnit::fromFileName, term("unit"), MeasurementUnit.acceptedValues()),
                read.enumValue(
                        f, "polarity", true, Polarity::fromFileName, term("polarity"), Polarity.acceptedValues()),
                read.enumValue(
                        f,
                        "consolidation",
                        true,
                        Consolidation::fromFileName,
                        term("consolidation"),
                        Consolidation.acceptedValues()),
                read.enumValue(
                        f, "scoring", true, ScoringKind::fromFileName, term("scoring"), ScoringKind.acceptedValues()),
                read.positive(f, "weight", true),
                read.positive(f, "cap", false),
                read.text(f, "data-source", false),
                read.periods(f, "scored-against-yearly-target", false),
                table(f, "conversion-table"),
                read.list(f, "component-sets", false, COMPONENT_SET_KEYS, this::componentSet, null));
    }

    private Raw.ComponentSet componentSet(NodeReader.Fields f) {
        return new Raw.ComponentSet(
                f.place(),
                read.periods(f, "periods", true),
                read.list(f, "components", true, COMPONENT_KEYS, this::component, "framework.problem.noComponents")
                        .value(),
                table(f, "conversion-table"));
    }

    private Raw.Component component(NodeReader.Fields f) {
        Raw.Field<String> code = read.text(f, "code", true);
        Raw.Field<String> name = read.text(f, "name", true);
        Raw.Field<BigDecimal> weight = read.positive(f, "weight", true);
        Raw.Field<BigDecimal> cap = read.positive(f, "cap", false);
        Raw.Field<ScoringKind> scoring = read.enumValue(
                f, "scoring", true, ScoringKind::fromFileName, term("componentScoring"), "ratio, realization-is-index");
        if (scoring.value() == ScoringKind.CONVERSION_TABLE) {
            problems.add(
                    scoring.place(),
                    "framework.problem.componentWithTable",
                    "conversion-table",
                    "ratio, realization-is-index");
            scoring = new Raw.Field<>(null, true, scoring.place());
        }
        return new Raw.Component(f.place(), code, name, weight, cap, scoring, read.decimal(f, "target", false));
    }

    /** A conversion table: a non-empty list of bands. */
    private Raw.Field<Raw.Table> table(NodeReader.Fields f, String key) {
        if (!f.has(key)) {
            return new Raw.Field<>(null, false, f.at(key));
        }
        Raw.Place place = NodeReader.place(f.value(key), f.at(key).path());
        SequenceNode seq = read.asSequence(f.value(key), place);
        if (seq == null) {
            return new Raw.Field<>(null, true, place);
        }
        List<Raw.Band> bands = new ArrayList<>();
        int i = 0;
        for (Node n : seq.getValue()) {
            NodeReader.Fields band = read.fields(n, place.path() + "[" + i + "]", BAND_KEYS);
            i++;
            if (band != null) {
                bands.add(band(band));
            }
        }
        if (seq.getValue().isEmpty()) {
            problems.add(place, "framework.problem.emptyTable");
        }
        return new Raw.Field<>(new Raw.Table(place, bands), true, place);
    }

    private Raw.Band band(NodeReader.Fields f) {
        int before = problems.count();
        Raw.Field<BigDecimal> above = read.decimal(f, "above", false);
        Raw.Field<BigDecimal> atLeast = read.decimal(f, "at-least", false);
        Raw.Field<BigDecimal> below = read.decimal(f, "below", false);
        Raw.Field<BigDecimal> atMost = read.decimal(f, "at-most", false);
        Raw.Field<BigDecimal> equals = read.decimal(f, "equals", false);
        Raw.Field<BigDecimal> index = read.decimal(f, "index", false);
        Raw.Field<BigDecimal> fromIndex = read.decimal(f, "from-index", false);
        Raw.Field<BigDecimal> toIndex = read.decimal(f, "to-index", false);
        return new Raw.Band(
                f.place(),
                problems.count() == before,
                above,
                atLeast,
                below,
                atMost,
                equals,
                index,
                fromIndex,
                toIndex);
    }

    private Raw.ColourBands colourBands(NodeReader.Fields f) {
        return new Raw.ColourBands(
                f.place(), read.decimal(f, "green-from", true), read.decimal(f, "yellow-from", true));
    }

    private Raw.PredicateScale predicateScale(NodeReader.Fields f) {
        return new Raw.PredicateScale(
                f.place(),
                read.bool(f, "assumption"),
                read.text(f, "note", false),
                read.list(f, "predicates", true, PREDICATE_KEYS, this::predicate, "framework.problem.noPredicates")
                        .value());
    }

    private Raw.Predicate predicate(NodeReader.Fields f) {
        return new Raw.Predicate(
                f.place(),
                read.text(f, "name", true),
                read.decimal(f, "above", false),
                read.decimal(f, "at-least", false));
    }
}
