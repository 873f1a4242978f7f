package id.kinerja.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict view of one mapping of a parsed YAML data file: typed getters that name the file and the
 * place (e.g. {@code kupang-2024.yaml: agreements[0].indicators[3].weight}) when a value is missing or
 * of the wrong type, and a check against unknown keys.
 */
final class YamlNode {

    private final String file;
    private final String path;
    private final Map<String, Object> map;

    private YamlNode(String file, String path, Map<String, Object> map) {
        this.file = file;
        this.path = path;
        this.map = map;
    }

    @SuppressWarnings("unchecked")
    static YamlNode root(String file, Object parsed) {
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new DemoDataException(file + ": the file must be a mapping at the top level");
        }
        return new YamlNode(file, "", (Map<String, Object>) m);
    }

    YamlNode allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw error(String.valueOf(key), "unknown key (allowed: " + String.join(", ", keys) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    String string(String key) {
        Object v = require(key);
        return String.valueOf(v);
    }

    String optString(String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v);
    }

    int integer(String key) {
        Object v = require(key);
        if (v instanceof Integer i) {
            return i;
        }
        throw error(key, "expected a whole number, found '" + v + "'");
    }

    Integer optInteger(String key) {
        return has(key) ? integer(key) : null;
    }

    BigDecimal decimal(String key) {
        return toDecimal(key, require(key));
    }

    BigDecimal optDecimal(String key) {
        return has(key) ? decimal(key) : null;
    }

    LocalDate optDate(String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (RuntimeException e) {
            throw error(key, "expected a date (YYYY-MM-DD), found '" + v + "'");
        }
    }

    YamlNode child(String key) {
        Object v = require(key);
        return asNode(key, path(key), v);
    }

    List<YamlNode> list(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw error(key, "expected a list");
        }
        List<YamlNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(asNode(key, path(key) + "[" + i + "]", items.get(i)));
        }
        return nodes;
    }

    List<String> strings(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof Collection<?> items)) {
            throw error(key, "expected a list of texts");
        }
        return items.stream().map(String::valueOf).toList();
    }

    /** A mapping of keys to numbers, e.g. {@code {Q1: 16, Q2: 41}} or {@code {2020: 95.48}}. */
    Map<String, BigDecimal> decimals(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw error(key, "expected a mapping of numbers");
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        m.forEach((k, value) -> {
            if (value != null) {
                result.put(String.valueOf(k), toDecimal(key + "." + k, value));
            }
        });
        return result;
    }

    String where(String key) {
        return file + ": " + path(key);
    }

    DemoDataException error(String key, String message) {
        return new DemoDataException(where(key) + ": " + message);
    }

    private Object require(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw error(key, "missing");
        }
        return v;
    }

    private BigDecimal toDecimal(String key, Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return new BigDecimal(v.toString());
        }
        if (v instanceof Double d) {
            return new BigDecimal(d.toString());
        }
        throw error(key, "expected a number, found '" + v + "'");
    }

    @SuppressWarnings("unchecked")
    private YamlNode asNode(String key, String childPath, Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            throw error(key, "expected a mapping");
        }
        return new YamlNode(file, childPath, (Map<String, Object>) m);
    }

    private String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
