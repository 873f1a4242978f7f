package id.kinerja.framework;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a framework file: where it is and what it is, as a message key with arguments in the
 * message bundles (keys {@code framework.problem.*}), so that it reads in the user's language.
 *
 * @param source    the file or resource name
 * @param line      1-based line (0 when unknown)
 * @param column    1-based column (0 when unknown)
 * @param path      where in the document, e.g. "indicators[3].polarity"
 * @param key       the message key, e.g. "framework.problem.unknownValue"
 * @param arguments the message's arguments: text from the file, numbers as written, or a {@link Term}
 */
public record FrameworkProblem(String source, int line, int column, String path, String key, List<Object> arguments) {

    /** An argument that is itself a message key, e.g. the kind of thing a problem is about ("polaritas"). */
    public record Term(String key) {
        public Term {
            Objects.requireNonNull(key);
        }
    }

    public FrameworkProblem {
        Objects.requireNonNull(key);
        arguments = List.copyOf(arguments);
    }

    public FrameworkProblem(String source, int line, int column, String path, String key, Object... arguments) {
        this(source, line, column, path, key, List.of(arguments));
    }

    /** What the problem is, in {@code locale} (null: Indonesian). */
    public String text(Locale locale) {
        return FrameworkTexts.text(locale, key, arguments.toArray());
    }

    /** What the problem is, in Indonesian. */
    public String message() {
        return text(FrameworkTexts.INDONESIAN);
    }

    /** The place in the document, or "(dokumen)" for the document as a whole, in {@code locale}. */
    public String place(Locale locale) {
        return path == null || path.isEmpty() ? FrameworkTexts.text(locale, "framework.problem.document") : path;
    }

    /** "file:line:column: path: message" in {@code locale}. */
    public String describe(Locale locale) {
        return source + ":" + line + ":" + column + ": " + place(locale) + ": " + text(locale);
    }

    /** "file:line:column: path: message" in Indonesian, as operators read it at start-up. */
    @Override
    public String toString() {
        return describe(FrameworkTexts.INDONESIAN);
    }
}
