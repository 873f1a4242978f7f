package id.kinerja.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.Formatter;

/**
 * The one reader of numbers typed by people (web forms, what-if, the agreement and budget editors, numbers written
 * as text in an Excel import), strict and by the user's language:
 * <ul>
 *   <li>Indonesian (the default): {@code 1.234,56}: a comma before the decimals, dots only between groups of
 *       exactly three digits; also {@code 1234,5} and {@code 1234}. {@code 1.234} is one thousand two hundred
 *       thirty-four and so is {@code 98.765} ninety-eight thousand...: a valid Indonesian grouping, which is why
 *       the realization's plausibility check ({@code RealizationService.plausibility}) exists for a percent.</li>
 *   <li>English (only when the user works in English, {@code ?lang=en}): {@code 1,234.56}, the other way round.</li>
 * </ul>
 * Anything else is refused, never guessed: {@code 1,234.5} in Indonesian, {@code 1.234,5} in English, a dot and a
 * comma in the wrong order, groups of other than three digits ({@code 1.23}, {@code 12.3456}), spaces inside,
 * letters. The refusal carries the expected format as a message of the bundles ({@code number.format.expected}:
 * "Gunakan format 1.234,56").
 *
 * <p>{@link #format} writes a value the way {@link #read(String, Style)} reads it back (grouped), {@link #plain} without grouping
 * (form fields). It is also the {@link Formatter} of {@code BigDecimal} for web binding.
 */
public final class NumberParser implements Formatter<BigDecimal> {

    /** How numbers are written: decimal mark, grouping mark and the example shown when refusing. */
    public enum Style {
        INDONESIAN(',', '.', "1.234,56"),
        ENGLISH('.', ',', "1,234.56");

        private final char decimal;
        private final char group;
        private final String example;
        private final Pattern grammar;

        Style(char decimal, char group, String example) {
            this.decimal = decimal;
            this.group = group;
            this.example = example;
            String g = Pattern.quote(String.valueOf(group));
            String d = Pattern.quote(String.valueOf(decimal));
            this.grammar = Pattern.compile("-?(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d+)(?:" + d + "\\d+)?");
        }

        public String example() {
            return example;
        }

        /** English for an English locale, Indonesian for every other (and for none). */
        public static Style of(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        }
    }

    /** Longest text read as a number; longer is refused (nobody types 40 digits). */
    public static final int MAX_LENGTH = 40;

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /** A text that is not a number in the expected style. */
    public static final class Refused extends IllegalArgumentException {
        private final String text;
        private final Style style;

        Refused(String text, Style style) {
            super("'" + text + "' is not a number in the format " + style.example);
            this.text = text;
            this.style = style;
        }

        /** The text as typed (shortened to {@link #MAX_LENGTH} characters). */
        public String text() {
            return text;
        }

        public Style style() {
            return style;
        }

        /** "Gunakan format 1.234,56" / "Use the format 1,234.56", for a message argument. */
        public MessageSourceResolvable expected() {
            return NumberParser.expected(style);
        }
    }

    /** The message argument "Gunakan format 1.234,56" (or the English one) for a style. */
    public static MessageSourceResolvable expected(Style style) {
        return new DefaultMessageSourceResolvable(
                new String[] {"number.format.expected"},
                new Object[] {style.example},
                "Gunakan format " + style.example);
    }

    /** The locale of the user of the current request; Indonesian outside a request (command line, jobs). */
    public static Locale userLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? INDONESIAN : locale;
    }

    /** Reads text by the current user's language ({@link #userLocale()}). */
    public static BigDecimal read(String text) {
        return read(text, userLocale());
    }

    public static BigDecimal read(String text, Locale locale) {
        return read(text, Style.of(locale));
    }

    /**
     * Reads one number strictly in the style; leading and trailing blanks are ignored.
     *
     * @throws Refused when the text is blank, too long or not a number written in the style
     */
    public static BigDecimal read(String text, Style style) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || !style.grammar.matcher(t).matches()) {
            String shown = text == null ? "" : text.strip();
            throw new Refused(shown.length() > MAX_LENGTH ? shown.substring(0, MAX_LENGTH) + "…" : shown, style);
        }
        String canonical = t.replace(String.valueOf(style.group), "").replace(style.decimal, '.');
        return new BigDecimal(canonical);
    }

    /**
     * Reads the number typed into a form field (by the web, the API and the import), refusing it as the
     * {@link UserError} (400) {@code message} with {@code args} and, last, the text as typed (stripped, shortened to
     * {@link #MAX_LENGTH} characters): "Target IKU 01a-CP Triwulan I bukan angka: “1,234.5”".
     */
    public static BigDecimal field(String text, Style style, String message, Object... args) {
        try {
            return read(text, style);
        } catch (Refused e) {
            Object[] withText = Arrays.copyOf(args, args.length + 1);
            withText[args.length] = e.text();
            throw UserError.invalid(message, withText);
        }
    }

    /** The value written in the style with grouping, every decimal kept: {@code 1.234,5} / {@code 1,234.5}. */
    public static String format(BigDecimal value, Style style) {
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(style.group);
            }
            b.append(whole.charAt(i));
        }
        if (dot >= 0) {
            b.append(style.decimal).append(digits, dot + 1, digits.length());
        }
        return (negative ? "-" : "") + b;
    }

    /** The value in the style without grouping, as typed back into a form field: {@code 1234,5} / {@code 1234.5}. */
    public static String plain(BigDecimal value, Style style) {
        String plain = value.stripTrailingZeros().toPlainString();
        return style == Style.ENGLISH ? plain : plain.replace('.', ',');
    }

    // ------------------------------------------------------------------ Formatter (web binding of BigDecimal)

    @Override
    public BigDecimal parse(String text, Locale locale) throws Refused {
        return read(text, Style.of(locale));
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return plain(value, Style.of(locale));
    }
}
