package id.kinerja.frameworkeditor;

import id.kinerja.framework.FrameworkProblem;
import java.util.List;

/**
 * A draft with the problems the file loader finds in its text (the same rules and messages, in the order of the
 * text); a draft with problems can be saved and edited further, not published.
 */
public record DraftCheck(FrameworkDraft draft, List<FrameworkProblem> problems) {

    public DraftCheck {
        problems = List.copyOf(problems);
    }

    public boolean publishable() {
        return problems.isEmpty() && !draft.published();
    }
}
