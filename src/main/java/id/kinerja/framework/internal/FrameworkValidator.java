package id.kinerja.framework.internal;

import static id.kinerja.framework.internal.Problems.plain;
import static id.kinerja.framework.internal.Problems.term;

import id.kinerja.framework.ConversionTable;
import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.Period;
import id.kinerja.framework.ScoringKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules between the fields of a bound framework file ({@link Raw}): unique codes, references to perspectives
 * and objectives that exist, perspective weights adding up to 100, every perspective with an SS and every SS with
 * an IKU, a conversion table exactly where the scoring needs one, a ratio component's target, component sets not
 * sharing a period, bands in order, colour and predicate thresholds in order (docs/framework-format.md). A value
 * the binder could not read is left out of the rules it takes part in, so one mistake gives one problem.
 */
public final class FrameworkValidator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Problems problems;

    public FrameworkValidator(Problems problems) {
        this.problems = problems;
    }

    public void validate(Raw.Document doc) {
        if (doc.colourBands().value() != null) {
            colourBands(doc.colourBands().value());
        }
        if (doc.predicateScale().value() != null && doc.predicateScale().value().predicates() != null) {
            predicates(doc.predicateScale().value().predicates());
        }
        List<String> perspectives = perspectives(doc);
        List<String> objectives = objectives(doc, perspectives);
        indicators(doc, objectives);
    }

    /** The perspectives' codes as declared (valid entries or not, so one bad entry does not cascade). */
    private List<String> perspectives(Raw.Document doc) {
        List<String> declared = new ArrayList<>();
        Raw.Items<Raw.Perspective> list = doc.perspectives();
        if (list == null) {
            return declared;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean allWeights = list.allMappings();
        for (Raw.Perspective p : list.items()) {
            String code = code(p.code(), codes, term("perspective"));
            if (code != null) {
                declared.add(code);
            }
            if (p.weight().readable()) {
                total = total.add(p.weight().value());
            } else {
                allWeights = false;
            }
        }
        if (allWeights && !list.empty() && total.compareTo(HUNDRED) != 0) {
            problems.add(list.place(), "framework.problem.perspectiveWeights", plain(total));
        }
        for (Raw.Perspective p : list.items()) {
            boolean valid =
                    p.code().readable() && p.name().readable() && p.weight().readable();
            if (valid && !doc.perspectivesNamedByObjectives().contains(p.code().value())) {
                Raw.Place at = firstWithCode(
                                list.items(), p.code().value(), Raw.Perspective::code, Raw.Perspective::place)
                        .orElse(new Raw.Place(doc.place().line(), doc.place().column(), "perspectives[-1]"));
                problems.add(
                        at,
                        "framework.problem.perspectiveWithoutObjective",
                        p.code().value());
            }
        }
        return declared;
    }

    /** The objectives' codes as declared. */
    private List<String> objectives(Raw.Document doc, List<String> perspectives) {
        List<String> declared = new ArrayList<>();
        Raw.Items<Raw.Objective> list = doc.objectives();
        if (list == null) {
            return declared;
        }
        Set<String> known = new HashSet<>(perspectives);
        Set<String> codes = new HashSet<>();
        for (Raw.Objective o : list.items()) {
            String code = code(o.code(), codes, term("objective"));
            if (code != null) {
                declared.add(code);
            }
            boolean knownPerspective = true;
            if (o.perspective().readable() && !known.contains(o.perspective().value())) {
                problems.add(
                        o.perspective().place(),
                        "framework.problem.unknownPerspective",
                        o.perspective().value(),
                        String.join(", ", perspectives));
                knownPerspective = false;
            }
            boolean valid = o.code().readable()
                    && o.name().readable()
                    && o.perspective().readable()
                    && knownPerspective;
            if (valid && !doc.objectivesNamedByIndicators().contains(o.code().value())) {
                Raw.Place at = firstWithCode(list.items(), o.code().value(), Raw.Objective::code, Raw.Objective::place)
                        .orElse(new Raw.Place(doc.place().line(), doc.place().column(), "objectives[-1]"));
                problems.add(
                        at,
                        "framework.problem.objectiveWithoutIndicator",
                        o.code().value());
            }
        }
        return declared;
    }

    private void indicators(Raw.Document doc, List<String> objectives) {
        if (doc.indicators() == null) {
            return;
        }
        Set<String> known = new HashSet<>(objectives);
        Set<String> codes = new HashSet<>();
        for (Raw.Indicator i : doc.indicators().items()) {
            code(i.code(), codes, term("indicator"));
            if (i.objective().readable() && !known.contains(i.objective().value())) {
                problems.add(
                        i.objective().place(),
                        "framework.problem.unknownObjective",
                        i.objective().value(),
                        String.join(", ", objectives));
            }
            ScoringKind scoring = i.scoring().value();
            if (i.conversionTable().given()) {
                if (i.conversionTable().value() != null) {
                    table(i.conversionTable().value());
                }
                if (scoring != null && scoring != ScoringKind.CONVERSION_TABLE) {
                    problems.add(
                            i.conversionTable().place(),
                            "framework.problem.tableOnlyWithItsScoring",
                            "scoring: conversion-table",
                            "component-sets[].conversion-table");
                }
            } else if (scoring == ScoringKind.CONVERSION_TABLE) {
                problems.add(
                        i.conversionTable().place(),
                        "framework.problem.requiredFor",
                        "conversion-table",
                        "scoring: conversion-table");
            }
            if (i.componentSets().value() != null) {
                componentSets(i.componentSets().value());
            }
        }
    }

    private void componentSets(Raw.Items<Raw.ComponentSet> sets) {
        Map<Period, String> seen = new EnumMap<>(Period.class);
        for (Raw.ComponentSet set : sets.items()) {
            if (set.periods().readable()) {
                for (Period p : set.periods().value()) {
                    String other = seen.putIfAbsent(p, set.place().path());
                    if (other != null) {
                        problems.add(set.periods().place(), "framework.problem.periodCovered", p.toString(), other);
                    }
                }
            }
            if (set.components() != null) {
                Set<String> codes = new HashSet<>();
                for (Raw.Component c : set.components().items()) {
                    component(c, codes);
                }
            }
            if (set.conversionTable().value() != null) {
                table(set.conversionTable().value());
            }
        }
    }

    private void component(Raw.Component c, Set<String> codes) {
        code(c.code(), codes, term("component"));
        if (c.scoring().value() != ScoringKind.RATIO) {
            return;
        }
        if (!c.target().given()) {
            problems.add(c.target().place(), "framework.problem.requiredFor", "target", "scoring: ratio");
        } else if (c.target().readable() && c.target().value().signum() == 0) {
            problems.add(c.target().place(), "framework.problem.componentTargetZero");
        }
    }

    /** A code, unique among {@code seen}; its value, or null when not readable. */
    private String code(Raw.Field<String> code, Set<String> seen, FrameworkProblem.Term what) {
        if (code.readable() && !seen.add(code.value())) {
            problems.add(code.place(), "framework.problem.duplicateCode", what, code.value());
        }
        return code.value();
    }

    private static <T> java.util.Optional<Raw.Place> firstWithCode(
            List<T> items,
            String code,
            java.util.function.Function<T, Raw.Field<String>> codeOf,
            java.util.function.Function<T, Raw.Place> placeOf) {
        return items.stream()
                .filter(t -> code.equals(codeOf.apply(t).value()))
                .findFirst()
                .map(placeOf);
    }

    /** The bands' own rules, then their order: ascending realization, not overlapping. */
    private void table(Raw.Table table) {
        List<Bounds> bands = new ArrayList<>();
        for (Raw.Band b : table.bands()) {
            Bounds bounds = band(b);
            if (bounds != null) {
                bands.add(bounds);
            }
        }
        for (int k = 1; k < bands.size(); k++) {
            Bounds prev = bands.get(k - 1);
            Bounds cur = bands.get(k);
            boolean ordered = prev.upper() != null
                    && cur.lower() != null
                    && (prev.upper().compareTo(cur.lower()) < 0
                            || (prev.upper().compareTo(cur.lower()) == 0
                                    && !(prev.upperInclusive() && cur.lowerInclusive())));
            if (!ordered) {
                problems.add(cur.place(), "framework.problem.bandOverlaps", cur.describe(), prev.describe());
            }
        }
    }

    /** A band's bounds as the engine reads them (docs/framework-format.md, conversion tables). */
    record Bounds(Raw.Place place, BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {
        String describe() {
            return ConversionTable.Band.constant(lower, lowerInclusive, upper, upperInclusive, BigDecimal.ZERO)
                    .describe();
        }
    }

    /** The bounds of a band that keeps its rules, or null. */
    static Bounds bounds(Raw.Band b) {
        BigDecimal equals = b.equals().value();
        BigDecimal above = b.above().value();
        BigDecimal atLeast = b.atLeast().value();
        BigDecimal below = b.below().value();
        BigDecimal atMost = b.atMost().value();
        BigDecimal lower = equals != null ? equals : above != null ? above : atLeast;
        boolean lowerInclusive = equals != null || atLeast != null;
        BigDecimal upper = equals != null ? equals : below != null ? below : atMost;
        boolean upperInclusive = equals != null || atMost != null;
        return new Bounds(b.place(), lower, lowerInclusive, upper, upperInclusive);
    }

    private Bounds band(Raw.Band b) {
        if (!b.numbersReadable()) {
            return null;
        }
        int before = problems.count();
        Raw.Place at = b.place();
        BigDecimal above = b.above().value();
        BigDecimal atLeast = b.atLeast().value();
        BigDecimal below = b.below().value();
        BigDecimal atMost = b.atMost().value();
        BigDecimal equals = b.equals().value();
        BigDecimal index = b.index().value();
        BigDecimal fromIndex = b.fromIndex().value();
        BigDecimal toIndex = b.toIndex().value();
        if (above != null && atLeast != null) {
            problems.add(at, "framework.problem.eitherOr", "above", "at-least");
        }
        if (below != null && atMost != null) {
            problems.add(at, "framework.problem.eitherOr", "below", "at-most");
        }
        if (equals != null && (above != null || atLeast != null || below != null || atMost != null)) {
            problems.add(at, "framework.problem.equalsAlone", "equals");
        }
        Bounds bounds = bounds(b);
        BigDecimal lower = bounds.lower();
        BigDecimal upper = bounds.upper();
        boolean linear = fromIndex != null || toIndex != null;
        if (index != null && linear) {
            problems.add(at, "framework.problem.constantOrLinear", "index", "from-index", "to-index");
        } else if (index == null && !linear) {
            problems.add(at, "framework.problem.bandIndexMissing", "index", "from-index", "to-index");
        } else if (linear && (fromIndex == null || toIndex == null)) {
            problems.add(at, "framework.problem.linearNeedsBoth", "from-index", "to-index");
        } else if (linear && (lower == null || upper == null || lower.compareTo(upper) == 0)) {
            problems.add(at, "framework.problem.linearBounds");
        }
        if (lower != null
                && upper != null
                && (lower.compareTo(upper) > 0
                        || (lower.compareTo(upper) == 0 && !(bounds.lowerInclusive() && bounds.upperInclusive())))) {
            problems.add(at, "framework.problem.emptyBand");
        }
        return problems.count() > before ? null : bounds;
    }

    private void colourBands(Raw.ColourBands colours) {
        BigDecimal green = colours.greenFrom().value();
        BigDecimal yellow = colours.yellowFrom().value();
        if (green != null && yellow != null && yellow.compareTo(green) >= 0) {
            problems.add(
                    colours.yellowFrom().place(),
                    "framework.problem.colourOrder",
                    plain(yellow),
                    plain(green),
                    "yellow-from",
                    "green-from");
        }
    }

    /** Unique names; thresholds going down strictly from the highest predicate; only the last without one. */
    private void predicates(Raw.Items<Raw.Predicate> predicates) {
        Set<String> names = new HashSet<>();
        BigDecimal prevBound = null;
        boolean prevInclusive = false;
        boolean hasPrev = false;
        for (Raw.Predicate p : predicates.items()) {
            String name = p.name().value();
            if (name != null && !names.add(name)) {
                problems.add(p.name().place(), "framework.problem.duplicatePredicate", name);
            }
            BigDecimal above = p.above().value();
            BigDecimal atLeast = p.atLeast().value();
            if (above != null && atLeast != null) {
                problems.add(p.place(), "framework.problem.eitherOr", "above", "at-least");
            }
            BigDecimal bound = above != null ? above : atLeast;
            if (hasPrev) {
                if (prevBound == null) {
                    problems.add(p.place(), "framework.problem.predicateAfterUnbounded");
                } else if (bound != null
                        && (bound.compareTo(prevBound) > 0
                                || (bound.compareTo(prevBound) == 0 && (atLeast == null) == !prevInclusive))) {
                    problems.add(p.place(), "framework.problem.predicateOrder", plain(bound), plain(prevBound));
                }
            }
            if (name != null) {
                hasPrev = true;
                prevBound = bound;
                prevInclusive = atLeast != null;
            }
        }
    }
}
