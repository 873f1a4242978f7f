package id.kinerja.framework.internal;

import static id.kinerja.framework.internal.Problems.plain;

import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads SnakeYAML nodes into {@link Raw.Field}s with their line and column, reporting a value that is not what its
 * key needs (not a mapping, a list, text, a number, ...), an unknown or duplicate key and a missing required one.
 */
final class NodeReader {

    private final Problems problems;

    NodeReader(Problems problems) {
        this.problems = problems;
    }

    /** A mapping node's entries by key, with the node itself for positions. */
    record Fields(MappingNode node, Raw.Place place, Map<String, NodeTuple> entries) {
        Node value(String key) {
            NodeTuple t = entries.get(key);
            return t == null ? null : t.getValueNode();
        }

        boolean has(String key) {
            Node v = value(key);
            return v != null && !isNull(v);
        }

        Raw.Place at(String key) {
            return place.key(key);
        }
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s
                && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
    }

    static Raw.Place place(Node at, String path) {
        Mark m = at == null ? null : at.getStartMark();
        return new Raw.Place(m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, path);
    }

    /** A mapping's entries; reports a non-mapping, unknown keys and duplicate keys. */
    Fields fields(Node n, String path, Set<String> allowed) {
        if (!(n instanceof MappingNode m)) {
            problems.add(place(n, path), "framework.problem.notMapping");
            return null;
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(place(t.getKeyNode(), path), "framework.problem.keyNotText");
                continue;
            }
            String key = k.getValue();
            Raw.Place keyPlace = place(k, path.isEmpty() ? key : path + "." + key);
            if (!allowed.contains(key)) {
                String suggestion = KeySuggestion.closest(key, allowed);
                String expected = String.join(", ", allowed.stream().sorted().toList());
                if (suggestion == null) {
                    problems.add(keyPlace, "framework.problem.unknownKey", key, expected);
                } else {
                    problems.add(keyPlace, "framework.problem.unknownKeyDidYouMean", key, suggestion, expected);
                }
                continue;
            }
            if (entries.containsKey(key)) {
                problems.add(keyPlace, "framework.problem.duplicateKey", key);
                continue;
            }
            entries.put(key, t);
        }
        return new Fields(m, place(m, path), entries);
    }

    /** A nested mapping; its value is null when not given or not a mapping (reported). */
    <T> Raw.Field<T> mapping(Fields f, String key, Set<String> allowed, Function<Fields, T> bind) {
        if (!f.has(key)) {
            return new Raw.Field<>(null, false, f.at(key));
        }
        Fields nested = fields(f.value(key), f.at(key).path(), allowed);
        return new Raw.Field<>(
                nested == null ? null : bind.apply(nested),
                true,
                place(f.value(key), f.at(key).path()));
    }

    /**
     * A list of mappings; its value is null when not given or not a list (reported), and an empty list is
     * reported with {@code emptyKey} if that is not null.
     */
    <T> Raw.Field<Raw.Items<T>> list(
            Fields f, String key, boolean required, Set<String> allowed, Function<Fields, T> bind, String emptyKey) {
        if (!f.has(key)) {
            if (required) {
                missing(f, key);
            }
            return new Raw.Field<>(null, false, f.at(key));
        }
        Raw.Place place = place(f.value(key), f.at(key).path());
        SequenceNode seq = asSequence(f.value(key), place);
        if (seq == null) {
            return new Raw.Field<>(null, true, place);
        }
        List<T> items = new ArrayList<>();
        boolean allMappings = true;
        int i = 0;
        for (Node n : seq.getValue()) {
            Fields item = fields(n, place.path() + "[" + i + "]", allowed);
            i++;
            if (item == null) {
                allMappings = false;
            } else {
                items.add(bind.apply(item));
            }
        }
        if (seq.getValue().isEmpty() && emptyKey != null) {
            problems.add(place, emptyKey);
        }
        return new Raw.Field<>(
                new Raw.Items<>(place, items, allMappings, seq.getValue().isEmpty()), true, place);
    }

    SequenceNode asSequence(Node v, Raw.Place place) {
        if (!(v instanceof SequenceNode s)) {
            problems.add(place, "framework.problem.notList");
            return null;
        }
        return s;
    }

    /** The value of {@code key}: its node, or null (reported when required) if the key is missing or empty. */
    Node given(Fields f, String key, boolean required) {
        Node v = f.value(key);
        if (v == null || isNull(v)) {
            if (required) {
                missing(f, key);
            }
            return null;
        }
        return v;
    }

    private static <T> Raw.Field<T> absent(Fields f, String key) {
        return new Raw.Field<>(null, false, f.at(key));
    }

    Raw.Field<String> text(Fields f, String key, boolean required) {
        Node v = given(f, key, required);
        if (v == null) {
            return absent(f, key);
        }
        Raw.Place place = place(v, f.at(key).path());
        if (!(v instanceof ScalarNode s)) {
            problems.add(place, "framework.problem.notText");
            return new Raw.Field<>(null, true, place);
        }
        return new Raw.Field<>(s.getValue().strip(), true, place);
    }

    Raw.Field<BigDecimal> decimal(Fields f, String key, boolean required) {
        Node v = given(f, key, required);
        if (v == null) {
            return absent(f, key);
        }
        Raw.Place place = place(v, f.at(key).path());
        if (!(v instanceof ScalarNode s)) {
            problems.add(place, "framework.problem.notNumber");
            return new Raw.Field<>(null, true, place);
        }
        try {
            return new Raw.Field<>(new BigDecimal(s.getValue().strip().replace("_", "")), true, place);
        } catch (NumberFormatException e) {
            problems.add(place, "framework.problem.notANumber", s.getValue());
            return new Raw.Field<>(null, true, place);
        }
    }

    Raw.Field<BigDecimal> positive(Fields f, String key, boolean required) {
        Raw.Field<BigDecimal> d = decimal(f, key, required);
        if (d.value() != null && d.value().signum() <= 0) {
            problems.add(d.place(), "framework.problem.notPositive", plain(d.value()));
            return new Raw.Field<>(null, true, d.place());
        }
        return d;
    }

    Raw.Field<Integer> integer(Fields f, String key, boolean required) {
        Raw.Field<BigDecimal> d = decimal(f, key, required);
        if (d.value() == null) {
            return new Raw.Field<>(null, d.given(), d.place());
        }
        try {
            return new Raw.Field<>(d.value().intValueExact(), true, d.place());
        } catch (ArithmeticException e) {
            problems.add(d.place(), "framework.problem.notWhole");
            return new Raw.Field<>(null, true, d.place());
        }
    }

    Raw.Field<Boolean> bool(Fields f, String key) {
        Node v = given(f, key, false);
        if (v == null) {
            return absent(f, key);
        }
        Raw.Place place = place(v, f.at(key).path());
        if (v instanceof ScalarNode s) {
            String t = s.getValue().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return new Raw.Field<>(t.equals("true"), true, place);
            }
        }
        problems.add(place, "framework.problem.notBoolean", "true", "false");
        return new Raw.Field<>(null, true, place);
    }

    /** A name from a fixed list; {@code what} is the kind of thing (a framework.problem.term.* key). */
    <E> Raw.Field<E> enumValue(
            Fields f,
            String key,
            boolean required,
            Function<String, E> parse,
            FrameworkProblem.Term what,
            String accepted) {
        Raw.Field<String> t = text(f, key, required);
        if (t.value() == null) {
            return new Raw.Field<>(null, t.given(), t.place());
        }
        E e = parse.apply(t.value());
        if (e == null) {
            problems.add(t.place(), "framework.problem.unknownValue", what, t.value(), accepted);
        }
        return new Raw.Field<>(e, true, t.place());
    }

    /** A list of periods; the value holds those that read (empty when the value is no list). */
    Raw.Field<Set<Period>> periods(Fields f, String key, boolean required) {
        Node v = given(f, key, required);
        if (v == null) {
            return absent(f, key);
        }
        Raw.Place place = place(v, f.at(key).path());
        Set<Period> out = EnumSet.noneOf(Period.class);
        SequenceNode seq = asSequence(v, place);
        if (seq != null) {
            int i = 0;
            for (Node n : seq.getValue()) {
                Raw.Place p = place(n, place.path() + "[" + i + "]");
                i++;
                if (!(n instanceof ScalarNode s)) {
                    problems.add(p, "framework.problem.notPeriod");
                    continue;
                }
                try {
                    out.add(Period.parse(s.getValue()));
                } catch (IllegalArgumentException e) {
                    problems.add(p, "framework.problem.unknownPeriod", s.getValue(), Period.acceptedNames());
                }
            }
        }
        return new Raw.Field<>(out, true, place);
    }

    void missing(Fields f, String key) {
        problems.add(f.at(key), "framework.problem.required", key);
    }

    /** The scalar values of {@code key} in every mapping of a sequence, valid entries or not. */
    static Set<String> scalarValues(Node sequence, String key) {
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
}
