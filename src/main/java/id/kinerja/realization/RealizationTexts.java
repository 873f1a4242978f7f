package id.kinerja.realization;

import id.kinerja.web.Formats;
import id.kinerja.web.UserError;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.StringUtils;

/** How the realization module reads typed texts (numbers: {@code NumberParser.field}) and names states and values in its messages. */
final class RealizationTexts {

    private RealizationTexts() {}

    /** The stripped text, null when blank; refused when longer than {@code max}. */
    static String text(String text, int max, String message, Object... args) {
        if (!StringUtils.hasText(text)) {
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
