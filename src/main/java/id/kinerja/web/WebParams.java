package id.kinerja.web;

import id.kinerja.framework.Period;
import java.time.Year;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Request parameters shared by the unit pages: the year and the period. */
public final class WebParams {

    private WebParams() {}

    /** The period named in a request ({@code Q1 ... Y}, also {@code S1}, {@code SDQ3}); 400 when unknown. */
    public static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Periode tidak dikenal: " + text);
        }
    }

    /** The period, or the fallback when none was given. */
    public static Period period(String text, Period fallback) {
        return text == null || text.isBlank() ? fallback : period(text);
    }

    /** The year asked for; else the newest of the known years; else the current year. 400 outside 2000..2100. */
    public static int year(Integer year, List<Integer> known) {
        int y = year != null ? year : known.isEmpty() ? Year.now().getValue() : known.getLast();
        if (y < 2000 || y > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tahun tidak sah: " + y);
        }
        return y;
    }
}
