package id.kinerja.exchange;

import id.kinerja.exchange.ImportPlan.FieldChange;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** How the import plan compares and shows values: field changes, numbers as Indonesians read them, rows by key. */
final class PlanValues {

    static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        list.forEach(x -> map.put(key.apply(x), x));
        return map;
    }

    /** Adds a field change when old and new differ (texts trimmed, empty = nothing). */
    static void diff(List<FieldChange> fields, String field, String oldValue, String newValue) {
        String o = blank(oldValue);
        String n = blank(newValue);
        if (!Objects.equals(o, n)) {
            fields.add(new FieldChange(field, o == null ? "" : o, n == null ? "" : n));
        }
    }

    private static String blank(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> {
        DecimalFormat f =
                new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.of("id", "ID")));
        f.setParseBigDecimal(true);
        return f;
    });

    /** A number as Indonesians read it (1.234,5), exact; equal numbers give equal text (2.50 = 2.5). */
    static String num(BigDecimal v) {
        return v == null ? null : NUMBER.get().format(v.stripTrailingZeros());
    }

    private PlanValues() {}
}
