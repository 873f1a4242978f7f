package id.kinerja.web;

import id.kinerja.framework.Consolidation;
import id.kinerja.framework.Period;
import id.kinerja.scoring.Exclusion;
import id.kinerja.scoring.TraceLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders the scoring engine's {@link TraceLine}s (trace, warnings, reasons) in a language from the message bundles
 * ({@code scoring.*} keys), numbers in that language's format: Indonesian {@code 107,97}, English {@code 107.97}.
 * Templates call {@code @traceText.lines(s.trace)} (the request's locale); documents pass their locale.
 */
@Component("traceText")
public class TraceText {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final MessageSource messages;

    public TraceText(MessageSource messages) {
        this.messages = messages;
    }

    /** Every line in the request's language. */
    public List<String> lines(List<TraceLine> lines) {
        return lines(lines, LocaleContextHolder.getLocale());
    }

    /** One line in the request's language; empty for none. */
    public String text(TraceLine line) {
        return line == null ? "" : text(line, LocaleContextHolder.getLocale());
    }

    /** An exclusion reason in the request's language; empty for none. */
    public String text(Exclusion exclusion) {
        return exclusion == null ? "" : messages.getMessage(exclusion.key(), null, LocaleContextHolder.getLocale());
    }

    public List<String> lines(List<TraceLine> lines, Locale locale) {
        return lines.stream().map(l -> text(l, locale)).toList();
    }

    public String text(TraceLine line, Locale locale) {
        Object[] args = new Object[line.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = arg(line.args().get(i), locale);
        }
        return messages.getMessage(line.key(), args, locale);
    }

    private String arg(Object a, Locale locale) {
        return switch (a) {
            case null -> "–";
            case BigDecimal d -> format(locale, 2).format(d.setScale(2, RoundingMode.HALF_UP));
            case TraceLine.Weight w -> plain(w.value(), locale);
            case TraceLine.Join j -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < j.items().size(); i++) {
                    sb.append(i == 0 ? "" : j.separator()).append(arg(j.items().get(i), locale));
                }
                yield sb.toString();
            }
            case TraceLine t -> text(t, locale);
            case Period p -> messages.getMessage("report.period." + p.name(), null, locale);
            case Consolidation c -> messages.getMessage("scoring.consolidation." + c.name(), null, locale);
            case Exclusion e -> messages.getMessage(e.key(), null, locale);
            default -> String.valueOf(a);
        };
    }

    /** A weight as written (14, 12,5 or 12.5): no rounding, no trailing zeros. */
    private static String plain(BigDecimal d, Locale locale) {
        BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        return format(locale, Math.max(0, s.scale())).format(s);
    }

    private static DecimalFormat format(Locale locale, int places) {
        boolean english = "en".equals(locale.getLanguage());
        DecimalFormat f = new DecimalFormat(
                places == 0 ? "#,##0" : "#,##0." + "0".repeat(places),
                DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : INDONESIAN));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
