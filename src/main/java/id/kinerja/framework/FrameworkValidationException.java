package id.kinerja.framework;

import java.util.List;
import java.util.Locale;

/**
 * A framework file could not be loaded; carries every problem found (not just the first). The message is
 * Indonesian, as operators read it at start-up; {@link #text(Locale)} gives it in another language.
 */
public class FrameworkValidationException extends RuntimeException {

    private final transient List<FrameworkProblem> problems;

    public FrameworkValidationException(List<FrameworkProblem> problems) {
        super(render(problems, FrameworkTexts.INDONESIAN));
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> getProblems() {
        return problems;
    }

    /** "n problems in the framework:" followed by one line per problem, in {@code locale}. */
    public String text(Locale locale) {
        return render(problems, locale);
    }

    private static String render(List<FrameworkProblem> problems, Locale locale) {
        StringBuilder sb = new StringBuilder(FrameworkTexts.text(locale, "framework.problem.count", problems.size()));
        for (FrameworkProblem p : problems) {
            sb.append('\n').append(p.describe(locale));
        }
        return sb.toString();
    }
}
