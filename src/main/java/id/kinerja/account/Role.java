package id.kinerja.account;

/** What an account may do in its unit (and, for some roles, in the units under it). */
public enum Role {
    /** Manages accounts; may unlock an approved period (with a reason). At DJP: every unit. */
    ADMINISTRATOR("Administrator", "Administrator"),
    /** Kepala Kantor: approves realizations, signs the performance agreement. */
    HEAD("Kepala Unit", "Head of unit"),
    /** Pengelola Kinerja Organisasi: edits the agreement, verifies or returns realizations. */
    PERFORMANCE_ADMIN("Pengelola Kinerja", "Performance administrator"),
    /** PIC IKU: enters and submits the realizations of the IKU bound to the account. */
    PIC("PIC IKU", "Indicator owner"),
    /** Evaluator at a parent unit (Kanwil): reads and compares the units under it. */
    REVIEWER("Reviewer", "Reviewer"),
    /** Reads only. */
    VIEWER("Pembaca", "Viewer");

    private final String indonesian;
    private final String english;

    Role(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    public String indonesian() {
        return indonesian;
    }

    public String english() {
        return english;
    }
}
