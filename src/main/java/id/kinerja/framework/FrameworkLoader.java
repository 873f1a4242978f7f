package id.kinerja.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Loads and validates a framework file (format: docs/framework-format.md). The file is parsed with SnakeYAML's
 * node API so that every problem names its line and column; all problems are collected before failing.
 */
public final class FrameworkLoader {

    private FrameworkLoader() {}

    /** Loads a framework file (UTF-8). */
    public static Framework load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework file " + file, e);
        }
    }

    /** Loads a framework from a reader; {@code sourceName} names it in problems. */
    public static Framework load(String sourceName, Reader reader) {
        return new Parser(sourceName).parse(reader);
    }

    /** Loads a framework from the classpath, e.g. "frameworks/djp-kpp-pratama-2024.yaml". */
    public static Framework loadResource(String classpathResource) {
        String name = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        InputStream in = cl == null ? null : cl.getResourceAsStream(name);
        if (in == null) {
            in = FrameworkLoader.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalArgumentException("framework resource not found on the classpath: " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework resource " + name, e);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The parser: one instance per load, collecting problems.

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final Set<String> TOP_KEYS = Set.of(
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
    private static final Set<String> PERSPECTIVE_KEYS = Set.of("code", "name", "english-name", "weight");
    private static final Set<String> OBJECTIVE_KEYS = Set.of("code", "perspective", "name", "description");
    private static final Set<String> INDICATOR_KEYS = Set.of(
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
    private static final Set<String> COMPONENT_SET_KEYS = Set.of("periods", "components", "conversion-table");
    private static final Set<String> COMPONENT_KEYS = Set.of("code", "name", "weight", "cap", "scoring", "target");
    private static final Set<String> BAND_KEYS =
            Set.of("above", "at-least", "below", "at-most", "equals", "index", "from-index", "to-index");
    private static final Set<String> COLOUR_KEYS = Set.of("green-from", "yellow-from");
    private static final Set<String> SCALE_KEYS = Set.of("assumption", "note", "predicates");
    private static final Set<String> PREDICATE_KEYS = Set.of("name", "above", "at-least");

    /** A mapping node's entries by key, with the node itself for positions. */
    private record Fields(MappingNode node, String path, Map<String, NodeTuple> entries) {
        Node value(String key) {
            NodeTuple t = entries.get(key);
            return t == null ? null : t.getValueNode();
        }

        boolean has(String key) {
            Node v = value(key);
            return v != null && !isNull(v);
        }

        String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s
                && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
    }

    private static final class Parser {
        private final String source;
        private final List<FrameworkProblem> problems = new ArrayList<>();
        /** Codes declared in the file, valid entries or not, so one bad entry does not cascade. */
        private final List<String> declaredPerspectives = new ArrayList<>();

        private final List<String> declaredObjectives = new ArrayList<>();

        Parser(String source) {
            this.source = source == null ? "<framework>" : source;
        }

        Framework parse(Reader reader) {
            Node root;
            try {
                root = new Yaml().compose(reader);
            } catch (MarkedYAMLException e) {
                Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
                problems.add(new FrameworkProblem(
                        source,
                        m == null ? 0 : m.getLine() + 1,
                        m == null ? 0 : m.getColumn() + 1,
                        "",
                        "framework.problem.yamlSyntax",
                        String.valueOf(what)));
                throw new FrameworkValidationException(problems);
            } catch (YAMLException e) {
                problems.add(new FrameworkProblem(
                        source, 0, 0, "", "framework.problem.yaml", String.valueOf(e.getMessage())));
                throw new FrameworkValidationException(problems);
            }
            if (root == null) {
                problems.add(new FrameworkProblem(source, 1, 1, "", "framework.problem.empty"));
                throw new FrameworkValidationException(problems);
            }
            Framework fw = framework(root);
            if (!problems.isEmpty() || fw == null) {
                throw new FrameworkValidationException(problems);
            }
            return fw;
        }

        // ---------------------------------------------------------------------------------- the document

        private Framework framework(Node root) {
            Fields f = fields(root, "", TOP_KEYS);
            if (f == null) {
                return null;
            }
            String id = text(f, "id", true);
            Integer year = integer(f, "year", true);
            String name = text(f, "name", true);
            String orgType = text(f, "organisation-type", true);
            BigDecimal cap = positive(f, "cap", false);
            ColourBands colours = f.has("colour-bands")
                    ? colourBands(f.value("colour-bands"), f.at("colour-bands"))
                    : ColourBands.DEFAULT;
            PredicateScale scale = f.has("predicate-scale")
                    ? predicateScale(f.value("predicate-scale"), f.at("predicate-scale"))
                    : null;

            List<Perspective> perspectives = perspectives(f);
            List<StrategicObjective> objectives = objectives(f, perspectives);
            List<Indicator> indicators = indicators(f, objectives);
            checkEveryObjectiveHasIndicators(f, objectives, indicators);
            checkEveryPerspectiveHasObjectives(f, perspectives, objectives);

            if (!problems.isEmpty() || id == null || year == null || name == null || orgType == null) {
                return null;
            }
            return new Framework(id, year, name, orgType, cap, perspectives, objectives, indicators, colours, scale);
        }

        private List<Perspective> perspectives(Fields top) {
            List<Perspective> out = new ArrayList<>();
            SequenceNode seq = sequence(top, "perspectives", true);
            if (seq == null) {
                return out;
            }
            Set<String> codes = new HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            boolean allWeights = true;
            int i = 0;
            for (Node n : seq.getValue()) {
                String path = "perspectives[" + i + "]";
                i++;
                Fields f = fields(n, path, PERSPECTIVE_KEYS);
                if (f == null) {
                    allWeights = false;
                    continue;
                }
                String code = code(f, codes, "perspective");
                if (code != null) {
                    declaredPerspectives.add(code);
                }
                String name = text(f, "name", true);
                String english = text(f, "english-name", false);
                BigDecimal weight = positive(f, "weight", true);
                if (weight == null) {
                    allWeights = false;
                } else {
                    total = total.add(weight);
                }
                if (code != null && name != null && weight != null) {
                    out.add(new Perspective(code, name, english, weight, out.size() + 1));
                }
            }
            if (allWeights && !seq.getValue().isEmpty() && total.compareTo(HUNDRED) != 0) {
                problem(seq, "perspectives", "framework.problem.perspectiveWeights", plain(total));
            }
            if (seq.getValue().isEmpty()) {
                problem(seq, "perspectives", "framework.problem.noPerspectives");
            }
            return out;
        }

        private List<StrategicObjective> objectives(Fields top, List<Perspective> perspectives) {
            List<StrategicObjective> out = new ArrayList<>();
            SequenceNode seq = sequence(top, "objectives", true);
            if (seq == null) {
                return out;
            }
            Set<String> known = new HashSet<>(declaredPerspectives);
            Set<String> codes = new HashSet<>();
            int i = 0;
            for (Node n : seq.getValue()) {
                String path = "objectives[" + i + "]";
                i++;
                Fields f = fields(n, path, OBJECTIVE_KEYS);
                if (f == null) {
                    continue;
                }
                String code = code(f, codes, "objective");
                if (code != null) {
                    declaredObjectives.add(code);
                }
                String name = text(f, "name", true);
                String description = text(f, "description", false);
                String perspective = text(f, "perspective", true);
                if (perspective != null && !known.contains(perspective)) {
                    problem(
                            f.value("perspective"),
                            f.at("perspective"),
                            "framework.problem.unknownPerspective",
                            perspective,
                            String.join(", ", declaredPerspectives));
                    perspective = null;
                }
                if (code != null && name != null && perspective != null) {
                    out.add(new StrategicObjective(code, name, description, perspective, out.size() + 1));
                }
            }
            return out;
        }

        private List<Indicator> indicators(Fields top, List<StrategicObjective> objectives) {
            List<Indicator> out = new ArrayList<>();
            SequenceNode seq = sequence(top, "indicators", true);
            if (seq == null) {
                return out;
            }
            Set<String> known = new HashSet<>(declaredObjectives);
            Set<String> codes = new HashSet<>();
            int i = 0;
            for (Node n : seq.getValue()) {
                String path = "indicators[" + i + "]";
                i++;
                Indicator ind = indicator(n, path, known, codes, objectives, out.size() + 1);
                if (ind != null) {
                    out.add(ind);
                }
            }
            return out;
        }

        private Indicator indicator(
                Node n,
                String path,
                Set<String> knownObjectives,
                Set<String> codes,
                List<StrategicObjective> objectives,
                int order) {
            Fields f = fields(n, path, INDICATOR_KEYS);
            if (f == null) {
                return null;
            }
            int before = problems.size();
            String code = code(f, codes, "indicator");
            String name = text(f, "name", true);
            String objective = text(f, "objective", true);
            if (objective != null && !knownObjectives.contains(objective)) {
                problem(
                        f.value("objective"),
                        f.at("objective"),
                        "framework.problem.unknownObjective",
                        objective,
                        String.join(", ", declaredObjectives));
            }
            String definition = text(f, "definition", false);
            String formula = text(f, "formula", false);
            MeasurementUnit unit =
                    enumValue(f, "unit", true, MeasurementUnit::fromFileName, "unit", MeasurementUnit.acceptedValues());
            Polarity polarity =
                    enumValue(f, "polarity", true, Polarity::fromFileName, "polarity", Polarity.acceptedValues());
            Consolidation consolidation = enumValue(
                    f,
                    "consolidation",
                    true,
                    Consolidation::fromFileName,
                    "consolidation",
                    Consolidation.acceptedValues());
            ScoringKind scoring =
                    enumValue(f, "scoring", true, ScoringKind::fromFileName, "scoring", ScoringKind.acceptedValues());
            BigDecimal weight = positive(f, "weight", true);
            BigDecimal cap = positive(f, "cap", false);
            String dataSource = text(f, "data-source", false);
            Set<Period> yearly = f.has("scored-against-yearly-target")
                    ? periods(f.value("scored-against-yearly-target"), f.at("scored-against-yearly-target"))
                    : Set.of();
            ConversionTable table = null;
            if (f.has("conversion-table")) {
                table = conversionTable(f.value("conversion-table"), f.at("conversion-table"));
                if (scoring != null && scoring != ScoringKind.CONVERSION_TABLE) {
                    problem(
                            f.value("conversion-table"),
                            f.at("conversion-table"),
                            "framework.problem.tableOnlyWithItsScoring",
                            "scoring: conversion-table",
                            "component-sets[].conversion-table");
                }
            } else if (scoring == ScoringKind.CONVERSION_TABLE) {
                problem(
                        f.node(),
                        f.at("conversion-table"),
                        "framework.problem.requiredFor",
                        "conversion-table",
                        "scoring: conversion-table");
            }
            List<ComponentSet> sets = f.has("component-sets")
                    ? componentSets(f.value("component-sets"), f.at("component-sets"))
                    : List.of();
            if (problems.size() > before
                    || code == null
                    || name == null
                    || objective == null
                    || unit == null
                    || polarity == null
                    || consolidation == null
                    || scoring == null
                    || weight == null) {
                return null;
            }
            return new Indicator(
                    code,
                    name,
                    objective,
                    definition,
                    formula,
                    unit,
                    polarity,
                    consolidation,
                    scoring,
                    weight,
                    cap,
                    dataSource,
                    yearly,
                    table,
                    sets,
                    order);
        }

        private List<ComponentSet> componentSets(Node node, String path) {
            List<ComponentSet> out = new ArrayList<>();
            SequenceNode seq = asSequence(node, path);
            if (seq == null) {
                return out;
            }
            Map<Period, String> seen = new java.util.EnumMap<>(Period.class);
            int i = 0;
            for (Node n : seq.getValue()) {
                String setPath = path + "[" + i + "]";
                i++;
                Fields f = fields(n, setPath, COMPONENT_SET_KEYS);
                if (f == null) {
                    continue;
                }
                Set<Period> periods = Set.of();
                if (!f.has("periods")) {
                    missing(f, "periods");
                } else {
                    periods = periods(f.value("periods"), f.at("periods"));
                    for (Period p : periods) {
                        String other = seen.putIfAbsent(p, setPath);
                        if (other != null) {
                            problem(
                                    f.value("periods"),
                                    f.at("periods"),
                                    "framework.problem.periodCovered",
                                    p.toString(),
                                    other);
                        }
                    }
                }
                List<Component> components = components(f);
                ConversionTable table = f.has("conversion-table")
                        ? conversionTable(f.value("conversion-table"), f.at("conversion-table"))
                        : null;
                out.add(new ComponentSet(periods, components, table));
            }
            return out;
        }

        private List<Component> components(Fields set) {
            List<Component> out = new ArrayList<>();
            SequenceNode seq = sequence(set, "components", true);
            if (seq == null) {
                return out;
            }
            if (seq.getValue().isEmpty()) {
                problem(seq, set.at("components"), "framework.problem.noComponents");
            }
            Set<String> codes = new HashSet<>();
            int i = 0;
            for (Node n : seq.getValue()) {
                String path = set.at("components") + "[" + i + "]";
                i++;
                Fields f = fields(n, path, COMPONENT_KEYS);
                if (f == null) {
                    continue;
                }
                String code = code(f, codes, "component");
                String name = text(f, "name", true);
                BigDecimal weight = positive(f, "weight", true);
                BigDecimal cap = positive(f, "cap", false);
                ScoringKind kind = enumValue(
                        f,
                        "scoring",
                        true,
                        ScoringKind::fromFileName,
                        "componentScoring",
                        "ratio, realization-is-index");
                if (kind == ScoringKind.CONVERSION_TABLE) {
                    problem(
                            f.value("scoring"),
                            f.at("scoring"),
                            "framework.problem.componentWithTable",
                            "conversion-table",
                            "ratio, realization-is-index");
                    kind = null;
                }
                BigDecimal target = decimal(f, "target", false);
                if (kind == ScoringKind.RATIO && target == null && !f.has("target")) {
                    problem(f.node(), f.at("target"), "framework.problem.requiredFor", "target", "scoring: ratio");
                } else if (kind == ScoringKind.RATIO && target != null && target.signum() == 0) {
                    problem(f.value("target"), f.at("target"), "framework.problem.componentTargetZero");
                }
                if (code != null && name != null && weight != null && kind != null) {
                    out.add(new Component(code, name, weight, cap, kind, target));
                }
            }
            return out;
        }

        private ConversionTable conversionTable(Node node, String path) {
            SequenceNode seq = asSequence(node, path);
            if (seq == null) {
                return null;
            }
            List<ConversionTable.Band> bands = new ArrayList<>();
            List<Node> bandNodes = new ArrayList<>();
            int i = 0;
            for (Node n : seq.getValue()) {
                String bandPath = path + "[" + i + "]";
                i++;
                ConversionTable.Band b = band(n, bandPath);
                if (b != null) {
                    bands.add(b);
                    bandNodes.add(n);
                }
            }
            if (seq.getValue().isEmpty()) {
                problem(seq, path, "framework.problem.emptyTable");
            }
            // Bands must be in ascending order of realization and must not overlap.
            for (int k = 1; k < bands.size(); k++) {
                ConversionTable.Band prev = bands.get(k - 1);
                ConversionTable.Band cur = bands.get(k);
                boolean ordered = prev.upper() != null
                        && cur.lower() != null
                        && (prev.upper().compareTo(cur.lower()) < 0
                                || (prev.upper().compareTo(cur.lower()) == 0
                                        && !(prev.upperInclusive() && cur.lowerInclusive())));
                if (!ordered) {
                    problem(
                            bandNodes.get(k),
                            path + "[" + seq.getValue().indexOf(bandNodes.get(k)) + "]",
                            "framework.problem.bandOverlaps",
                            cur.describe(),
                            prev.describe());
                }
            }
            return new ConversionTable(bands);
        }

        private ConversionTable.Band band(Node n, String path) {
            Fields f = fields(n, path, BAND_KEYS);
            if (f == null) {
                return null;
            }
            int before = problems.size();
            BigDecimal above = decimal(f, "above", false);
            BigDecimal atLeast = decimal(f, "at-least", false);
            BigDecimal below = decimal(f, "below", false);
            BigDecimal atMost = decimal(f, "at-most", false);
            BigDecimal equals = decimal(f, "equals", false);
            BigDecimal index = decimal(f, "index", false);
            BigDecimal fromIndex = decimal(f, "from-index", false);
            BigDecimal toIndex = decimal(f, "to-index", false);
            if (problems.size() > before) {
                return null;
            }
            if (above != null && atLeast != null) {
                problem(n, path, "framework.problem.eitherOr", "above", "at-least");
            }
            if (below != null && atMost != null) {
                problem(n, path, "framework.problem.eitherOr", "below", "at-most");
            }
            if (equals != null && (above != null || atLeast != null || below != null || atMost != null)) {
                problem(n, path, "framework.problem.equalsAlone", "equals");
            }
            BigDecimal lower = equals != null ? equals : above != null ? above : atLeast;
            boolean lowerInclusive = equals != null || atLeast != null;
            BigDecimal upper = equals != null ? equals : below != null ? below : atMost;
            boolean upperInclusive = equals != null || atMost != null;
            boolean linear = fromIndex != null || toIndex != null;
            if (index != null && linear) {
                problem(n, path, "framework.problem.constantOrLinear", "index", "from-index", "to-index");
            } else if (index == null && !linear) {
                problem(n, path, "framework.problem.bandIndexMissing", "index", "from-index", "to-index");
            } else if (linear && (fromIndex == null || toIndex == null)) {
                problem(n, path, "framework.problem.linearNeedsBoth", "from-index", "to-index");
            } else if (linear && (lower == null || upper == null || lower.compareTo(upper) == 0)) {
                problem(n, path, "framework.problem.linearBounds");
            }
            if (lower != null
                    && upper != null
                    && (lower.compareTo(upper) > 0
                            || (lower.compareTo(upper) == 0 && !(lowerInclusive && upperInclusive)))) {
                problem(n, path, "framework.problem.emptyBand");
            }
            if (problems.size() > before) {
                return null;
            }
            return index != null
                    ? ConversionTable.Band.constant(lower, lowerInclusive, upper, upperInclusive, index)
                    : ConversionTable.Band.linear(lower, lowerInclusive, upper, upperInclusive, fromIndex, toIndex);
        }

        private ColourBands colourBands(Node node, String path) {
            Fields f = fields(node, path, COLOUR_KEYS);
            if (f == null) {
                return ColourBands.DEFAULT;
            }
            BigDecimal green = decimal(f, "green-from", true);
            BigDecimal yellow = decimal(f, "yellow-from", true);
            if (green == null || yellow == null) {
                return ColourBands.DEFAULT;
            }
            if (yellow.compareTo(green) >= 0) {
                problem(
                        f.value("yellow-from"),
                        f.at("yellow-from"),
                        "framework.problem.colourOrder",
                        plain(yellow),
                        plain(green),
                        "yellow-from",
                        "green-from");
            }
            return new ColourBands(green, yellow);
        }

        private PredicateScale predicateScale(Node node, String path) {
            Fields f = fields(node, path, SCALE_KEYS);
            if (f == null) {
                return null;
            }
            Boolean assumption = bool(f, "assumption");
            String note = text(f, "note", false);
            List<Predicate> predicates = new ArrayList<>();
            SequenceNode seq = sequence(f, "predicates", true);
            if (seq != null) {
                Set<String> names = new HashSet<>();
                int i = 0;
                for (Node n : seq.getValue()) {
                    String pPath = f.at("predicates") + "[" + i + "]";
                    i++;
                    Fields pf = fields(n, pPath, PREDICATE_KEYS);
                    if (pf == null) {
                        continue;
                    }
                    String name = text(pf, "name", true);
                    if (name != null && !names.add(name)) {
                        problem(pf.value("name"), pf.at("name"), "framework.problem.duplicatePredicate", name);
                    }
                    BigDecimal above = decimal(pf, "above", false);
                    BigDecimal atLeast = decimal(pf, "at-least", false);
                    if (above != null && atLeast != null) {
                        problem(n, pPath, "framework.problem.eitherOr", "above", "at-least");
                    }
                    BigDecimal bound = above != null ? above : atLeast;
                    if (!predicates.isEmpty()) {
                        Predicate prev = predicates.get(predicates.size() - 1);
                        if (prev.lowerBound() == null) {
                            problem(n, pPath, "framework.problem.predicateAfterUnbounded");
                        } else if (bound != null
                                && (bound.compareTo(prev.lowerBound()) > 0
                                        || (bound.compareTo(prev.lowerBound()) == 0
                                                && (atLeast == null) == !prev.lowerInclusive()))) {
                            problem(
                                    n,
                                    pPath,
                                    "framework.problem.predicateOrder",
                                    plain(bound),
                                    plain(prev.lowerBound()));
                        }
                    }
                    if (name != null) {
                        predicates.add(new Predicate(name, bound, atLeast != null));
                    }
                }
                if (seq.getValue().isEmpty()) {
                    problem(seq, f.at("predicates"), "framework.problem.noPredicates");
                }
            }
            return new PredicateScale(predicates, assumption != null && assumption, note);
        }

        private void checkEveryObjectiveHasIndicators(
                Fields top, List<StrategicObjective> objectives, List<Indicator> indicators) {
            SequenceNode seq = top.value("objectives") instanceof SequenceNode s ? s : null;
            // indicators that failed validation still count as present, so one typo gives one problem
            Set<String> used = rawValues(top.value("indicators"), "objective");
            for (StrategicObjective o : objectives) {
                if (!used.contains(o.code())) {
                    Node n = seq == null ? top.node() : seq.getValue().get(indexOfCode(seq, o.code()));
                    problem(
                            n,
                            "objectives[" + (seq == null ? "?" : indexOfCode(seq, o.code())) + "]",
                            "framework.problem.objectiveWithoutIndicator",
                            o.code());
                }
            }
        }

        private void checkEveryPerspectiveHasObjectives(
                Fields top, List<Perspective> perspectives, List<StrategicObjective> objectives) {
            SequenceNode seq = top.value("perspectives") instanceof SequenceNode s ? s : null;
            Set<String> used = rawValues(top.value("objectives"), "perspective");
            for (Perspective p : perspectives) {
                if (!used.contains(p.code())) {
                    int idx = seq == null ? -1 : indexOfCode(seq, p.code());
                    problem(
                            idx < 0 ? top.node() : seq.getValue().get(idx),
                            "perspectives[" + idx + "]",
                            "framework.problem.perspectiveWithoutObjective",
                            p.code());
                }
            }
        }

        /** The scalar values of {@code key} in every mapping of a sequence, valid entries or not. */
        private static Set<String> rawValues(Node sequence, String key) {
            Set<String> out = new HashSet<>();
            if (sequence instanceof SequenceNode seq) {
                for (Node n : seq.getValue()) {
                    if (n instanceof MappingNode m) {
                        for (NodeTuple t : m.getValue()) {
                            if (t.getKeyNode() instanceof ScalarNode k
                                    && k.getValue().equals(key)
                                    && t.getValueNode() instanceof ScalarNode v) {
                                out.add(v.getValue().strip());
                            }
                        }
                    }
                }
            }
            return out;
        }

        private static int indexOfCode(SequenceNode seq, String code) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof MappingNode m) {
                    for (NodeTuple t : m.getValue()) {
                        if (t.getKeyNode() instanceof ScalarNode k
                                && k.getValue().equals("code")
                                && t.getValueNode() instanceof ScalarNode v
                                && v.getValue().equals(code)) {
                            return i;
                        }
                    }
                }
            }
            return -1;
        }

        // ---------------------------------------------------------------------------------- node helpers

        /** A mapping's entries; reports a non-mapping, unknown keys and duplicate keys. */
        private Fields fields(Node n, String path, Set<String> allowed) {
            if (!(n instanceof MappingNode m)) {
                problem(n, path, "framework.problem.notMapping");
                return null;
            }
            Map<String, NodeTuple> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problem(t.getKeyNode(), path, "framework.problem.keyNotText");
                    continue;
                }
                String key = k.getValue();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                if (!allowed.contains(key)) {
                    String suggestion = closest(key, allowed);
                    String expected = String.join(", ", ordered(allowed));
                    if (suggestion == null) {
                        problem(k, keyPath, "framework.problem.unknownKey", key, expected);
                    } else {
                        problem(k, keyPath, "framework.problem.unknownKeyDidYouMean", key, suggestion, expected);
                    }
                    continue;
                }
                if (entries.containsKey(key)) {
                    problem(k, keyPath, "framework.problem.duplicateKey", key);
                    continue;
                }
                entries.put(key, t);
            }
            return new Fields(m, path, entries);
        }

        private SequenceNode sequence(Fields f, String key, boolean required) {
            Node v = f.value(key);
            if (v == null || isNull(v)) {
                if (required) {
                    missing(f, key);
                }
                return null;
            }
            return asSequence(v, f.at(key));
        }

        private SequenceNode asSequence(Node v, String path) {
            if (!(v instanceof SequenceNode s)) {
                problem(v, path, "framework.problem.notList");
                return null;
            }
            return s;
        }

        private String text(Fields f, String key, boolean required) {
            Node v = f.value(key);
            if (v == null || isNull(v)) {
                if (required) {
                    missing(f, key);
                }
                return null;
            }
            if (!(v instanceof ScalarNode s)) {
                problem(v, f.at(key), "framework.problem.notText");
                return null;
            }
            return s.getValue().strip();
        }

        /** A required code, unique among {@code seen}; {@code what} names a term framework.problem.term.*. */
        private String code(Fields f, Set<String> seen, String what) {
            String code = text(f, "code", true);
            if (code != null && !seen.add(code)) {
                problem(f.value("code"), f.at("code"), "framework.problem.duplicateCode", term(what), code);
            }
            return code;
        }

        private BigDecimal decimal(Fields f, String key, boolean required) {
            Node v = f.value(key);
            if (v == null || isNull(v)) {
                if (required) {
                    missing(f, key);
                }
                return null;
            }
            if (!(v instanceof ScalarNode s)) {
                problem(v, f.at(key), "framework.problem.notNumber");
                return null;
            }
            try {
                return new BigDecimal(s.getValue().strip().replace("_", ""));
            } catch (NumberFormatException e) {
                problem(v, f.at(key), "framework.problem.notANumber", s.getValue());
                return null;
            }
        }

        private BigDecimal positive(Fields f, String key, boolean required) {
            BigDecimal d = decimal(f, key, required);
            if (d != null && d.signum() <= 0) {
                problem(f.value(key), f.at(key), "framework.problem.notPositive", plain(d));
                return null;
            }
            return d;
        }

        private Integer integer(Fields f, String key, boolean required) {
            BigDecimal d = decimal(f, key, required);
            if (d == null) {
                return null;
            }
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                problem(f.value(key), f.at(key), "framework.problem.notWhole");
                return null;
            }
        }

        private Boolean bool(Fields f, String key) {
            Node v = f.value(key);
            if (v == null || isNull(v)) {
                return null;
            }
            if (v instanceof ScalarNode s) {
                String t = s.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                if (t.equals("true")) {
                    return true;
                }
                if (t.equals("false")) {
                    return false;
                }
            }
            problem(v, f.at(key), "framework.problem.notBoolean", "true", "false");
            return null;
        }

        private <E> E enumValue(
                Fields f, String key, boolean required, Function<String, E> parse, String what, String accepted) {
            String t = text(f, key, required);
            if (t == null) {
                return null;
            }
            E e = parse.apply(t);
            if (e == null) {
                problem(f.value(key), f.at(key), "framework.problem.unknownValue", term(what), t, accepted);
            }
            return e;
        }

        private Set<Period> periods(Node node, String path) {
            Set<Period> out = EnumSet.noneOf(Period.class);
            SequenceNode seq = asSequence(node, path);
            if (seq == null) {
                return out;
            }
            int i = 0;
            for (Node n : seq.getValue()) {
                String p = path + "[" + i + "]";
                i++;
                if (!(n instanceof ScalarNode s)) {
                    problem(n, p, "framework.problem.notPeriod");
                    continue;
                }
                try {
                    out.add(Period.parse(s.getValue()));
                } catch (IllegalArgumentException e) {
                    problem(n, p, "framework.problem.unknownPeriod", s.getValue(), Period.acceptedNames());
                }
            }
            return out;
        }

        private void missing(Fields f, String key) {
            problem(f.node(), f.at(key), "framework.problem.required", key);
        }

        /** Records a problem at {@code at}: a message key framework.problem.* and its arguments. */
        private void problem(Node at, String path, String key, Object... arguments) {
            Mark m = at == null ? null : at.getStartMark();
            problems.add(new FrameworkProblem(
                    source, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, path, key, arguments));
        }

        /** The name of a kind of thing in the message bundles, e.g. "polarity" for "polaritas". */
        private static FrameworkProblem.Term term(String what) {
            return new FrameworkProblem.Term("framework.problem.term." + what);
        }

        private static String plain(BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }

        private static List<String> ordered(java.util.Collection<String> keys) {
            return keys.stream().sorted().toList();
        }

        /** The allowed key within edit distance 2 of a typo, if any. */
        private static String closest(String key, Set<String> allowed) {
            String best = null;
            int bestDistance = 3;
            for (String a : allowed) {
                int d = distance(key, a);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = a;
                }
            }
            return best;
        }

        private static int distance(String a, String b) {
            int[] prev = new int[b.length() + 1];
            int[] cur = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                cur[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            return prev[b.length()];
        }
    }
}
