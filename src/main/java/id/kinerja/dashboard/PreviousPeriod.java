package id.kinerja.dashboard;

import id.kinerja.framework.Period;

/**
 * The period a period is compared with in "what changed since the previous period": the report made one quarter
 * earlier. A quarter follows the quarter before it (Q2 after Q1, Q3 after Q2, Q4 after Q3); a cumulative column
 * follows the cumulative column one quarter shorter (Smt. 1 = through Q2 after Q1, s.d. Q3 = through Q3 after
 * Smt. 1 = through Q2, Y = through Q4 after s.d. Q3). Q1 has none.
 */
public final class PreviousPeriod {

    private PreviousPeriod() {}

    /** The previous period, or null for Q1. */
    public static Period of(Period period) {
        return period.previous();
    }
}
