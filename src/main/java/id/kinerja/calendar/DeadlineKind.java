package id.kinerja.calendar;

/**
 * What a date of the year's calendar is the deadline of (docs/domain.md, "The year's calendar"). Each kind has its
 * label in the bundles as {@code calendar.kind.<NAME>}. The per-period kinds are set per quarter (and for the
 * realization also per aggregate column the manual reports); the others once a year, with period {@code Y}.
 */
public enum DeadlineKind {
    /** The realization of a period: entered, verified and approved by this date. */
    REALIZATION(true),
    /** The performance agreement (PK) of the year signed by this date. */
    AGREEMENT(false),
    /** The quarterly NKO report sent to the Kanwil by this date. */
    NKO_REPORT(true),
    /** The quarter's performance dialogue (DKO/DKRO) held by this date. */
    DKO(true),
    /** The LAKIN of the year sent to the Kanwil by this date. */
    LAKIN(false),
    /** The risk charter (Piagam Manajemen Risiko) and its supporting documents sent by this date. */
    RISK_CHARTER(false),
    /** The quarter's risk-monitoring report sent by this date. */
    RISK_MONITORING(true);

    private final boolean perPeriod;

    DeadlineKind(boolean perPeriod) {
        this.perPeriod = perPeriod;
    }

    /** True where the kind has one date per quarter; false where it has one date a year (period {@code Y}). */
    public boolean perPeriod() {
        return perPeriod;
    }

    /** The bundle key of the kind's label. */
    public String key() {
        return "calendar.kind." + name();
    }
}
