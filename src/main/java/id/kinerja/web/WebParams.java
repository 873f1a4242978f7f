package id.kinerja.web;

import java.time.Year;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Request parameters shared by the unit pages: the year (the period is a {@link PeriodFormatter}). */
public final class WebParams {

    private WebParams() {}

    /** The year asked for; else the newest of the known years; else the current year. 400 outside 2000..2100. */
    public static int year(Integer year, List<Integer> known) {
        int y = year != null ? year : known.isEmpty() ? Year.now().getValue() : known.getLast();
        if (y < 2000 || y > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tahun tidak sah: " + y);
        }
        return y;
    }
}
