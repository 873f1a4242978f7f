package id.kinerja.calendar;

import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A deadline as it stands today for a unit: "batas 10 April 2024, 3 hari lagi" (templates/fragments/deadline.html).
 *
 * @param kind what the date is the deadline of
 * @param period the quarter, or {@code Y} for a yearly kind
 * @param date the last day on which the work is on time
 * @param daysLeft days from today to the date: positive before it, 0 on it, negative when overdue
 * @param setByUnitCode the unit whose date applies (headquarters, the Kanwil, or the unit itself)
 */
public record DueDate(DeadlineKind kind, Period period, LocalDate date, long daysLeft, String setByUnitCode) {

    public DueDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(setByUnitCode, "setByUnitCode");
    }

    /** The deadline as it stands on {@code today}. */
    public static DueDate of(Deadline d, LocalDate today) {
        return new DueDate(
                d.kind(), d.period(), d.dueOn(), ChronoUnit.DAYS.between(today, d.dueOn()), d.setByUnitCode());
    }

    /**
     * The bundle key of the text: {@code calendar.due.left} ("batas {0}, {1} hari lagi"), {@code calendar.due.today}
     * or {@code calendar.due.late} ("batas {0}, terlambat {1} hari"); {0} the date, {1} {@link #days()}.
     */
    public String key() {
        return daysLeft > 0 ? "calendar.due.left" : daysLeft == 0 ? "calendar.due.today" : "calendar.due.late";
    }

    /** The number of days the text names: left before the date, or late after it. */
    public long days() {
        return Math.abs(daysLeft);
    }

    /** Whether the date has passed. */
    public boolean overdue() {
        return daysLeft < 0;
    }

    /** Whether the date is at most a week away (today included), so the pages mark it. */
    public boolean soon() {
        return daysLeft >= 0 && daysLeft <= 7;
    }
}
