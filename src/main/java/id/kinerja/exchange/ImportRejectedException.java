package id.kinerja.exchange;

import java.util.List;

/** A workbook that cannot be imported: every problem found, nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " kesalahan; "
                + (problems.isEmpty() ? "" : problems.getFirst().text()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
