package id.kinerja.review;

/**
 * Where a review thread stands: OPEN waits for the office, ANSWERED waits for the reviewer, CLOSED is done. The office
 * answering moves it to ANSWERED, the reviewer replying back to OPEN, the reviewer closing to CLOSED (never reopened).
 */
public enum ThreadState {
    OPEN,
    ANSWERED,
    CLOSED;

    /** Whether the thread still waits for someone (OPEN or ANSWERED). */
    public boolean pending() {
        return this != CLOSED;
    }
}
