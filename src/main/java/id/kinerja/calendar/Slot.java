package id.kinerja.calendar;

import id.kinerja.framework.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One date of a year's calendar a unit may set: a kind of work and its period (Q1..Q4 for the per-period kinds, Y for
 * the yearly ones). Its form field is {@code due.<KIND>.<PERIOD>}.
 */
public record Slot(DeadlineKind kind, Period period) {

    public Slot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
    }

    /** Every slot of a year, in the order of {@link DeadlineKind} and then of the quarters. */
    public static List<Slot> all() {
        List<Slot> all = new ArrayList<>();
        for (DeadlineKind k : DeadlineKind.values()) {
            if (k.perPeriod()) {
                for (Period p : List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4)) {
                    all.add(new Slot(k, p));
                }
            } else {
                all.add(new Slot(k, Period.Y));
            }
        }
        return List.copyOf(all);
    }

    /** The form field of the slot, e.g. {@code due.REALIZATION.Q1}. */
    public String field() {
        return "due." + kind.name() + "." + period.name();
    }

    /** The audit trail's key of the slot in a year: {@code 2024/REALIZATION/Q1}. */
    String auditKey(int year) {
        return year + "/" + kind.name() + "/" + period.name();
    }
}
