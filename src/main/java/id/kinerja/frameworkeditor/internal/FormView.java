package id.kinerja.frameworkeditor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a form page of the framework editor shows: the fields' values by path (relative to the section), the
 * problems next to each field by the same path, and how many rows each table has.
 */
public record FormView(Map<String, String> values, Map<String, List<String>> errors) {

    private static final Pattern ROW = Pattern.compile("\\[(\\d{1,4})]");

    public FormView {
        values = new LinkedHashMap<>(values);
        errors = new LinkedHashMap<>(errors);
    }

    /** The value of a field, empty when none. */
    public String value(String path) {
        return values.getOrDefault(path, "");
    }

    /** Whether a checkbox field is set. */
    public boolean checked(String path) {
        return "true".equals(values.get(path)) || "on".equals(values.get(path));
    }

    /** The problems at exactly this path. */
    public List<String> error(String path) {
        return errors.getOrDefault(path, List.of());
    }

    public boolean invalid(String path) {
        return errors.containsKey(path);
    }

    /** The row indexes of the table at {@code path}: those with a value, then {@code extra} blank ones. */
    public List<Integer> rows(String path, int extra) {
        int count = 0;
        String prefix = path + "[";
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                Matcher m = ROW.matcher(key.substring(path.length()));
                if (m.lookingAt()) {
                    count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
                }
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < count + extra; i++) {
            rows.add(i);
        }
        return rows;
    }
}
