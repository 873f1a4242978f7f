package id.kinerja.framework.internal;

import id.kinerja.framework.FrameworkProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one framework file, by binder and validator, each with its place. */
public final class Problems {

    private final String source;
    private final List<FrameworkProblem> found = new ArrayList<>();

    public Problems(String source) {
        this.source = source == null ? "<framework>" : source;
    }

    public String source() {
        return source;
    }

    /** Records a problem at {@code at}: a message key framework.problem.* and its arguments. */
    void add(Raw.Place at, String key, Object... arguments) {
        found.add(new FrameworkProblem(source, at.line(), at.column(), at.path(), key, arguments));
    }

    /** Records a problem at a line and column of its own (YAML syntax). */
    public void add(int line, int column, String key, Object... arguments) {
        found.add(new FrameworkProblem(source, line, column, "", key, arguments));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /** The problems in the order of the file (line, then column), as the operator reads the file. */
    public List<FrameworkProblem> inFileOrder() {
        return found.stream()
                .sorted(Comparator.comparingInt(FrameworkProblem::line).thenComparingInt(FrameworkProblem::column))
                .toList();
    }

    /** The name of a kind of thing in the message bundles, e.g. "polarity" for "polaritas". */
    static FrameworkProblem.Term term(String what) {
        return new FrameworkProblem.Term("framework.problem.term." + what);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
