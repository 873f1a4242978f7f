package id.kinerja.report;

/** The unit, its agreement for the year, or the data a report needs does not exist. */
public class ReportNotFoundException extends RuntimeException {
    public ReportNotFoundException(String message) {
        super(message);
    }
}
