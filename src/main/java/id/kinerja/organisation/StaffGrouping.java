package id.kinerja.organisation;

/**
 * The tables of staff Bab I of the LAKIN prints (docs/domain.md "8. The documents"): by rank group (golongan),
 * education, kind of position (structural, functional, executive), gender and age. The title of each is the bundle
 * key {@link #key()}.
 */
public enum StaffGrouping {
    RANK,
    EDUCATION,
    POSITION,
    GENDER,
    AGE;

    /** The message key of the table's title, e.g. {@code unit.staff.RANK}. */
    public String key() {
        return "unit.staff." + name();
    }
}
