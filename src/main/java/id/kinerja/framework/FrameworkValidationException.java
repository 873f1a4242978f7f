package id.kinerja.framework;

import java.util.List;
import java.util.stream.Collectors;

/** A framework file could not be loaded; carries every problem found (not just the first). */
public class FrameworkValidationException extends RuntimeException {

    private final transient List<FrameworkProblem> problems;

    public FrameworkValidationException(List<FrameworkProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> getProblems() {
        return problems;
    }

    private static String render(List<FrameworkProblem> problems) {
        return problems.size() + " masalah dalam kerangka kinerja (" + problems.size()
                + " problem(s) in the framework):\n"
                + problems.stream().map(FrameworkProblem::toString).collect(Collectors.joining("\n"));
    }
}
