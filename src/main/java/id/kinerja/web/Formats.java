package id.kinerja.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Indonesian number and date formats for templates ({@code @formats.index(x)} -> {@code 108,38}); numbers typed
 * by people are read by {@link NumberParser}.
 */
@Component("formats")
public class Formats {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    /** An index or percentage, half-up to 2 places: {@code 108,38}; a dash for none. */
    public String index(BigDecimal value) {
        return value == null ? "–" : TWO_PLACES.get().format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Rupiah without decimals: {@code 1.727.817.621.290}. */
    public String rupiah(BigDecimal value) {
        return value == null ? "–" : WHOLE.get().format(value.setScale(0, RoundingMode.HALF_UP));
    }

    /** {@link #index(BigDecimal)} in the reader's language: {@code 108,38}, in English {@code 108.38}. */
    public String index(BigDecimal value, Locale locale) {
        return english(locale)
                ? value == null ? "–" : TWO_PLACES_EN.get().format(value.setScale(2, RoundingMode.HALF_UP))
                : index(value);
    }

    /** {@link #rupiah(BigDecimal)} in the reader's language: {@code 1.727.817}, in English {@code 1,727,817}. */
    public String rupiah(BigDecimal value, Locale locale) {
        return english(locale)
                ? value == null ? "–" : WHOLE_EN.get().format(value.setScale(0, RoundingMode.HALF_UP))
                : rupiah(value);
    }

    private static boolean english(Locale locale) {
        return NumberParser.Style.of(locale) == NumberParser.Style.ENGLISH;
    }

    /**
     * A value as typed back into a form, in the user's style so that saving the form again reads the same value
     * ({@link NumberParser}): no grouping, no trailing zeros, comma decimals ({@code 98,5}; {@code 98.5} in English).
     */
    public String input(BigDecimal value) {
        return value == null ? "" : NumberParser.plain(value, NumberParser.Style.of(NumberParser.userLocale()));
    }

    public String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** DecimalFormat is not thread-safe and costly to build; pages format hundreds of numbers each. */
    private static final ThreadLocal<DecimalFormat> TWO_PLACES = ThreadLocal.withInitial(() -> decimal(2));

    private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal.withInitial(() -> decimal(0));
    private static final ThreadLocal<DecimalFormat> TWO_PLACES_EN =
            ThreadLocal.withInitial(() -> decimal(2, Locale.ENGLISH));
    private static final ThreadLocal<DecimalFormat> WHOLE_EN =
            ThreadLocal.withInitial(() -> decimal(0, Locale.ENGLISH));

    private static DecimalFormat decimal(int places) {
        return decimal(places, ID);
    }

    private static DecimalFormat decimal(int places, Locale locale) {
        DecimalFormat f = new DecimalFormat(
                places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), DecimalFormatSymbols.getInstance(locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
