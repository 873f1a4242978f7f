package id.kinerja.calendar;

import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of a year's calendar as it applies to a unit.
 *
 * @param kind what the date is the deadline of
 * @param period the quarter for the per-period kinds, {@code Y} for the yearly ones
 * @param dueOn the last day on which the work is on time
 * @param setByUnitCode the unit that set the date: headquarters, or the unit's Kanwil where it set an earlier one
 */
public record Deadline(DeadlineKind kind, Period period, LocalDate dueOn, String setByUnitCode) {
    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(setByUnitCode, "setByUnitCode");
    }

    /** Days from {@code today} to the date: positive before it, 0 on it, negative when overdue. */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
    }

    /** Whether work done on {@code doneOn} was on time. */
    public boolean onTime(LocalDate doneOn) {
        return !doneOn.isAfter(dueOn);
    }
}
