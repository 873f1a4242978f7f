package id.kinerja.frameworkeditor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A framework file (docs/framework-format.md) as a tree of maps, lists and scalars, for the form editor: read from the
 * draft's text, changed one section at a time and written back as YAML. Writing keeps the comment block at the top of
 * the text; comments inside the document are not kept (the text editor and an imported file keep every character).
 */
public final class YamlTree {

    /** The order of keys when a section is written back, the order of docs/framework-format.md. */
    static final List<String> KEY_ORDER = List.of(
            "id",
            "year",
            "code",
            "perspective",
            "objective",
            "name",
            "english-name",
            "organisation-type",
            "description",
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
            "periods",
            "components",
            "conversion-table",
            "component-sets",
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
            "yellow-from",
            "assumption",
            "note",
            "predicates",
            "colour-bands",
            "predicate-scale",
            "perspectives",
            "objectives",
            "indicators");

    private YamlTree() {}

    /** The document as a tree; empty when the text is not a YAML mapping (the loader names the problem). */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> read(String text) {
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (doc instanceof Map<?, ?> map) {
                return Optional.of((Map<String, Object>) map);
            }
            return Optional.empty();
        } catch (YAMLException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The tree as YAML, after the comment block that opens {@code previous} (if any). */
    public static String write(Map<String, Object> tree, String previous) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        Representer representer = new Representer(options);
        String body = new Yaml(representer, options).dump(ordered(tree));
        return leadingComments(previous) + body;
    }

    /** The lines of comments (and blank lines) that open a text. */
    static String leadingComments(String text) {
        if (text == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                break;
            }
            kept.add(line);
        }
        while (!kept.isEmpty() && kept.getLast().isBlank()) {
            kept.removeLast();
        }
        return kept.isEmpty() ? "" : String.join("\n", kept) + "\n\n";
    }

    /** A copy with every map's keys in {@link #KEY_ORDER} (unknown keys last, in their order). */
    @SuppressWarnings("unchecked")
    static Object ordered(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(Map.entry(String.valueOf(k), v == null ? "" : v)));
            entries.sort(Comparator.comparingInt(e -> {
                int at = KEY_ORDER.indexOf(e.getKey());
                return at < 0 ? KEY_ORDER.size() : at;
            }));
            Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach(e -> out.put(e.getKey(), ordered(e.getValue())));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlTree::ordered).toList();
        }
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        return value;
    }

    /** A number as the file writes it: an integer without decimals, a decimal without trailing zeros. */
    static Object number(BigDecimal d) {
        BigDecimal plain = new BigDecimal(d.stripTrailingZeros().toPlainString());
        if (plain.scale() <= 0) {
            try {
                return plain.intValueExact();
            } catch (ArithmeticException e) {
                return plain.toBigIntegerExact();
            }
        }
        return plain;
    }

    private static final Pattern TOP_SCALAR = Pattern.compile("(?m)^(%s):[ \\t]*([^\\s>|#][^\\n]*)?$");

    /**
     * The text with the top-level scalar {@code key} set to {@code value}, every other character kept; empty when the
     * key is not written as a one-line scalar at the top level (then the caller writes the tree).
     */
    public static Optional<String> withTopScalar(String text, String key, Object value) {
        Matcher m = Pattern.compile(TOP_SCALAR.pattern().formatted(Pattern.quote(key)))
                .matcher(text);
        if (!m.find() || m.group(2) == null) {
            return Optional.empty();
        }
        String scalar = scalar(value);
        return Optional.of(text.substring(0, m.start()) + key + ": " + scalar + text.substring(m.end()));
    }

    /** One value written as a YAML scalar (quoted when plain text would read differently). */
    static String scalar(Object value) {
        DumperOptions options = new DumperOptions();
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        String dumped = new Yaml(options).dump(value).strip();
        return dumped.endsWith("\n...")
                ? dumped.substring(0, dumped.length() - 4).strip()
                : dumped;
    }
}
