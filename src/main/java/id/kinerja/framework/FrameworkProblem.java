package id.kinerja.framework;

/**
 * One problem found in a framework file.
 *
 * @param source  the file or resource name
 * @param line    1-based line (0 when unknown)
 * @param column  1-based column (0 when unknown)
 * @param path    where in the document, e.g. "indicators[3].polarity"
 * @param message Indonesian with the English in parentheses
 */
public record FrameworkProblem(String source, int line, int column, String path, String message) {

    /** "file:line:column: path: message". */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (path == null || path.isEmpty() ? "(dokumen)" : path)
                + ": " + message;
    }
}
