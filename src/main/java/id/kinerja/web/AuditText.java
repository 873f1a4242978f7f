package id.kinerja.web;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail as the reader reads it ({@code @auditText} in templates/fragments/audit.html). The trail stores
 * stable machine texts: a realization's value and state as {@code 1234.56 [APPROVED]}, an import's
 * {@code 88.80 (VERIFIED)}, entity keys such as {@code 2024/01a-CP/Q1}. They stay as stored (they are evidence);
 * only the display turns them into the reader's words: a state code in brackets or parentheses into its label
 * ("Disetujui", "Approved"), a decimal number into the reader's format ({@code 1234,56}; {@code 1234.56} in English,
 * no grouping, as typed), and a period code that is a segment of an entity key into the period's name
 * ("Triwulan I"), and its words ({@code realization}, {@code ceiling}) into the reader's. Anything else is shown
 * unchanged.
 */
@Component("auditText")
public class AuditText {

    /** The state codes the trail stores, with the bundle key of their label. */
    static final Map<String, String> STATES = Map.of(
            "DRAFT", "realization.status.DRAFT",
            "SUBMITTED", "realization.status.SUBMITTED",
            "VERIFIED", "realization.status.VERIFIED",
            "RETURNED", "realization.status.RETURNED",
            "APPROVED", "realization.status.APPROVED",
            "SIGNED", "agreement.status.SIGNED",
            "SUPERSEDED", "agreement.status.SUPERSEDED");

    /** The words of entity keys ({@code 2024/Q1/realization}, {@code 2024/ceiling/CC}), named by {@code audit.segment.*}. */
    static final java.util.Set<String> SEGMENTS = java.util.Set.of("realization", "ceiling");

    private static final Pattern STATE = Pattern.compile("([\\[(])(" + String.join("|", STATES.keySet()) + ")([\\])])");
    /** A plain decimal as {@code BigDecimal.toPlainString} writes it, not part of a date, version or code. */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\p{L}\\d.,/-])(-?\\d+\\.\\d+)(?![\\p{L}\\d.,/-])");

    private final MessageSource messages;

    AuditText(MessageSource messages) {
        this.messages = messages;
    }

    /** A stored before/after value in the reader's language. */
    public String value(String stored) {
        return value(stored, NumberParser.userLocale());
    }

    public String value(String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        NumberParser.Style style = NumberParser.Style.of(locale);
        StringBuilder out = new StringBuilder();
        Matcher m = DECIMAL.matcher(stored);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(NumberParser.plain(new BigDecimal(m.group(1)), style)));
        }
        m.appendTail(out);
        String withNumbers = out.toString();
        out.setLength(0);
        Matcher s = STATE.matcher(withNumbers);
        while (s.find()) {
            String label = messages.getMessage(STATES.get(s.group(2)), null, s.group(2), locale);
            s.appendReplacement(out, Matcher.quoteReplacement(s.group(1) + label + s.group(3)));
        }
        s.appendTail(out);
        return out.toString();
    }

    /** A stored entity key ({@code 2024/01a-CP/Q1}) with its period segment named. */
    public String key(String stored) {
        return key(stored, NumberParser.userLocale());
    }

    public String key(String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            Period p = period(parts[i]);
            if (p != null) {
                parts[i] = messages.getMessage("score.period." + p.name(), null, parts[i], locale);
            } else if (SEGMENTS.contains(parts[i])) {
                parts[i] = messages.getMessage("audit.segment." + parts[i], null, parts[i], locale);
            }
        }
        return String.join(" / ", parts);
    }

    private static Period period(String code) {
        for (Period p : Period.values()) {
            if (p.name().equals(code)) {
                return p;
            }
        }
        return null;
    }
}
