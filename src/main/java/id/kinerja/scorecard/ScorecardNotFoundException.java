package id.kinerja.scorecard;

/** The unit, or its agreement for the year, does not exist: nothing to score. */
public class ScorecardNotFoundException extends RuntimeException {

    public ScorecardNotFoundException(String message) {
        super(message);
    }
}
