package id.kinerja.web;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Indonesian number and date formats for templates ({@code @formats.index(x)} -> {@code 108,38}) and
 * the parser for numbers typed by people ({@code 1.234,56}, also {@code 1234.56}).
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

    /** A value as typed back into a form: no grouping, comma decimals, no trailing zeros. */
    public String input(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** DecimalFormat is not thread-safe and costly to build; pages format hundreds of numbers each. */
    private static final ThreadLocal<DecimalFormat> TWO_PLACES = ThreadLocal.withInitial(() -> decimal(2));
    private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal.withInitial(() -> decimal(0));

    private static DecimalFormat decimal(int places) {
        DecimalFormat f = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places),
                DecimalFormatSymbols.getInstance(ID));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /**
     * Parses a number as people type it: Indonesian {@code 1.234,56} or {@code 12,5}, or plain {@code 12.5}.
     * A single dot followed by exactly three digits is read as a thousands separator ({@code 1.234} = 1234).
     *
     * @throws IllegalArgumentException with an Indonesian message when it is not a number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Nilai kosong");
        }
        String t = text.trim().replace(" ", "").replace("\u00a0", "");
        String normalised;
        if (t.contains(",")) {
            normalised = t.replace(".", "").replace(',', '.');
        } else if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            normalised = t.replace(".", "");
        } else {
            normalised = t;
        }
        if (!normalised.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("Bukan angka: '" + text + "' (contoh: 1.234,56)");
        }
        return new BigDecimal(normalised);
    }
}
