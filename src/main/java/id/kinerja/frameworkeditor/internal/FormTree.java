package id.kinerja.frameworkeditor.internal;

import id.kinerja.web.NumberParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of a framework file as the fields of a form and back. A field is named by its path in the file relative
 * to the section, as the loader names a problem's place ({@code component-sets[0].components[1].weight}), so that a
 * problem is shown next to its field. Numbers are typed in the user's format and read by {@link NumberParser}; a
 * blank field leaves its key out, a row whose fields are all blank is left out, so a row is removed by emptying it.
 */
public final class FormTree {

    /** The keys whose values are numbers. */
    static final Set<String> NUMBERS = Set.of(
            "year",
            "weight",
            "cap",
            "target",
            "above",
            "at-least",
            "below",
            "at-most",
            "equals",
            "index",
            "from-index",
            "to-index",
            "green-from",
            "yellow-from");

    /** The keys whose values are lists of periods, typed as "Q4, Y". */
    static final Set<String> PERIOD_LISTS = Set.of("periods", "scored-against-yearly-target");

    /** The keys whose values are yes/no (a checkbox). */
    static final Set<String> FLAGS = Set.of("assumption");

    private static final Pattern STEP = Pattern.compile("([a-z][a-z0-9-]*)(?:\\[(\\d{1,4})])?");

    /** The result of reading a form: the section's tree, and the fields that could not be read (path -> typed text). */
    public record Read(Map<String, Object> tree, Map<String, String> unreadable) {}

    private FormTree() {}

    /**
     * The section typed into a form: {@code fields} by path (only those whose path is a path of the file), numbers
     * in {@code style}.
     */
    public static Read read(Map<String, String> fields, NumberParser.Style style) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            List<Step> steps = steps(field.getKey());
            if (steps == null) {
                continue;
            }
            String text = field.getValue() == null ? "" : field.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            String key = steps.getLast().key();
            Object value;
            if (NUMBERS.contains(key)) {
                try {
                    value = YamlTree.number(NumberParser.read(text, style));
                } catch (NumberParser.Refused e) {
                    unreadable.put(field.getKey(), text);
                    continue;
                }
            } else if (PERIOD_LISTS.contains(key)) {
                value = Arrays.stream(text.split("[,;\\s]+"))
                        .filter(s -> !s.isEmpty())
                        .toList();
            } else if (FLAGS.contains(key)) {
                value = "true".equals(text) || "on".equals(text);
            } else {
                value = text;
            }
            put(root, steps, value);
        }
        return new Read(compact(root), unreadable);
    }

    /** The fields of a section for a form: path -> text, numbers in {@code style}, periods as "Q4, Y". */
    public static Map<String, String> fields(Object section, NumberParser.Style style) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", section, style, out);
        return out;
    }

    private static void flatten(String path, Object value, NumberParser.Style style, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, style, out));
        } else if (value instanceof List<?> list && !list.isEmpty() && !(list.getFirst() instanceof Map)) {
            out.put(path, String.join(", ", list.stream().map(String::valueOf).toList()));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), style, out);
            }
        } else if (value instanceof Number n) {
            out.put(path, NumberParser.plain(new BigDecimal(n.toString()), style));
        } else if (value != null) {
            out.put(path, String.valueOf(value));
        }
    }

    /** The number of rows of a list in a section (its highest index + 1), for a form's tables. */
    public static int rows(Object section, String path) {
        Object at = at(section, path);
        return at instanceof List<?> list ? list.size() : 0;
    }

    /** The value at a path of a section, or null. */
    public static Object at(Object section, String path) {
        if (path == null || path.isEmpty()) {
            return section;
        }
        List<Step> steps = steps(path);
        if (steps == null) {
            return null;
        }
        Object at = section;
        for (Step s : steps) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(s.key());
            if (s.index() != null) {
                if (!(at instanceof List<?> list) || s.index() >= list.size()) {
                    return null;
                }
                at = list.get(s.index());
            }
        }
        return at;
    }

    record Step(String key, Integer index) {}

    static List<Step> steps(String path) {
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                return null;
            }
            steps.add(new Step(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<Step> steps, Object value) {
        Map<String, Object> at = root;
        for (int k = 0; k < steps.size(); k++) {
            Step s = steps.get(k);
            boolean last = k == steps.size() - 1;
            if (s.index() == null) {
                if (last) {
                    at.put(s.key(), value);
                    return;
                }
                at = (Map<String, Object>) at.computeIfAbsent(s.key(), x -> new LinkedHashMap<String, Object>());
            } else {
                // rows by index, compacted in order by compact()
                TreeMap<Integer, Object> rows =
                        (TreeMap<Integer, Object>) at.computeIfAbsent(s.key(), x -> new TreeMap<Integer, Object>());
                if (last) {
                    rows.put(s.index(), value);
                    return;
                }
                at = (Map<String, Object>) rows.computeIfAbsent(s.index(), x -> new LinkedHashMap<String, Object>());
            }
        }
    }

    /** Rows by index become lists in index order; empty rows and maps are left out. */
    private static Map<String, Object> compact(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            Object c = compactValue(v);
            if (c != null) {
                out.put(k, c);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object compactValue(Object v) {
        if (v instanceof TreeMap<?, ?> rows) {
            List<Object> list = new ArrayList<>();
            for (Object row : rows.values()) {
                Object c = compactValue(row);
                if (c != null) {
                    list.add(c);
                }
            }
            return list.isEmpty() ? null : list;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> c = compact((Map<String, Object>) m);
            return c.isEmpty() ? null : c;
        }
        return v;
    }
}
