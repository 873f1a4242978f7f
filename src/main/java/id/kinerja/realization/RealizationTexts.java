package id.kinerja.realization;

import id.kinerja.web.Formats;
import id.kinerja.web.NumberParser;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** How the realization module reads typed numbers and texts and names states and values in its messages. */
final class RealizationTexts {

    private RealizationTexts() {}

    static BigDecimal number(String text, NumberParser.Style style, String message, Object... args) {
        try {
            return NumberParser.read(text, style);
        } catch (NumberParser.Refused e) {
            Object[] withText = Arrays.copyOf(args, args.length + 1);
            withText[args.length] = e.text();
            throw UserError.invalid(message, withText);
        }
    }

    /** The stripped text, null when blank; refused when longer than {@code max}. */
    static String text(String text, int max, String message, Object... args) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            Object[] withMax = Arrays.copyOf(args, args.length + 1);
            withMax[args.length] = max;
            throw UserError.invalid(message, withMax);
        }
        return t;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static DefaultMessageSourceResolvable status(RealizationStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"realization.status." + status.name()}, status.name());
    }

    static String valueText(RealizationEntry e) {
        Formats f = new Formats();
        if (e.value() != null) {
            return f.input(e.value());
        }
        return e.components().entrySet().stream()
                .map(c -> c.getKey() + " " + f.input(c.getValue()))
                .collect(Collectors.joining("; "));
    }
}
