package id.kinerja.narrative;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A narrative file (DOCX or workbook) refused as a whole before anything is planned: unreadable, of another unit or
 * year, a heading or row with an unknown or repeated section key. Each problem names where it is (the heading's text,
 * the row) as a message of the bundles ({@code narrative.file.*}); nothing is written.
 */
public class NarrativeFileRejected extends RuntimeException {

    private final transient List<MessageSourceResolvable> problems;

    public NarrativeFileRejected(List<MessageSourceResolvable> problems) {
        super(problems.stream()
                .map(p -> p.getCodes() == null ? "" : p.getCodes()[0])
                .toList()
                .toString());
        this.problems = List.copyOf(problems);
    }

    public List<MessageSourceResolvable> problems() {
        return problems;
    }
}
