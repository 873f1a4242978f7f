package id.kinerja.web;

import id.kinerja.framework.Period;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * The {@code period} of a request (a parameter or a path variable) as a {@link Period}, registered in
 * {@link WebConfiguration}: controllers take {@code @RequestParam Period period} directly. The names are those
 * {@link Period#parse} reads (Q1, Q2, S1 or SMT1, Q3, SDQ3, Q4, Y, in any case); a blank parameter is no period (the
 * page's own default applies). An unknown name is refused with {@link Unknown}: Spring answers 400 on the pages, the
 * API answers 400 with the message {@code period.error.unknown} naming the field.
 */
public final class PeriodFormatter implements Formatter<Period> {

    /** The names shown when a period is refused (a list of codes, the same in every language). */
    public static final String NAMES = "Q1, Q2, S1, Q3, SDQ3, Q4, Y";

    /** A text that names no period. */
    public static final class Unknown extends IllegalArgumentException {
        private final String text;

        Unknown(String text, IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
            this.text = text;
        }

        /** The text as it was sent. */
        public String text() {
            return text;
        }
    }

    /**
     * The period named by a text; null for none (null or blank).
     *
     * @throws Unknown when the text names no period
     */
    public static Period read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Unknown(text, e);
        }
    }

    @Override
    public Period parse(String text, Locale locale) {
        return read(text);
    }

    @Override
    public String print(Period period, Locale locale) {
        return period.name();
    }
}
