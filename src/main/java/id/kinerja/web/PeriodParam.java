package id.kinerja.web;

import id.kinerja.framework.Period;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The {@code period} request parameter of the unit pages: absent means the fallback, unknown is a 400. */
public final class PeriodParam {

    private PeriodParam() {}

    public static Period parse(String text, Period fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
