package id.kinerja.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One line of a unit's calendar page: a slot, the date that comes from the units above (null: none), the unit's own
 * date (null: none), and the date that applies with its days left (null: no date at all).
 */
public record CalendarRow(Slot slot, Deadline above, LocalDate own, DueDate effective) {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The unit's own date as the form shows it for typing again ({@code 10/04/2024}); empty for none. */
    public String ownInput() {
        return own == null ? "" : INPUT.format(own);
    }
}
