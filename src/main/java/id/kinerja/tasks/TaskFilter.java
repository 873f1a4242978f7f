package id.kinerja.tasks;

import id.kinerja.framework.Period;
import java.util.Locale;
import java.util.Set;

/**
 * What "Tugas saya" narrows its list to; every part is optional (null or false: no narrowing).
 *
 * @param kind only tasks of this kind (the list's "status" filter)
 * @param period only tasks of this period
 * @param year only tasks of this year
 * @param mine only tasks about the IKU bound to the account ("IKU saya")
 * @param query words that must all appear, ignoring case, in the unit's code or name, the IKU's code, the subject (the
 *     IKU's or the section's name) or the detail
 */
public record TaskFilter(TaskKind kind, Period period, Integer year, boolean mine, String query) {

    /** No narrowing at all. */
    public static final TaskFilter NONE = new TaskFilter(null, null, null, false, null);

    /** Whether {@code task} passes, for an account bound to {@code myIndicators}. */
    public boolean accepts(Task task, Set<String> myIndicators) {
        if (kind != null && task.kind() != kind) {
            return false;
        }
        if (period != null && task.period() != period) {
            return false;
        }
        if (year != null && task.year() != year) {
            return false;
        }
        if (mine && (task.indicatorCode() == null || !myIndicators.contains(task.indicatorCode()))) {
            return false;
        }
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = String.join(
                        " ",
                        task.unitCode(),
                        nonNull(task.unitName()),
                        nonNull(task.indicatorCode()),
                        nonNull(task.subject()),
                        nonNull(task.detail()))
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether anything is narrowed. */
    public boolean any() {
        return kind != null || period != null || year != null || mine || (query != null && !query.isBlank());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
