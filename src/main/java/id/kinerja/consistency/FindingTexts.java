package id.kinerja.consistency;

import id.kinerja.web.Formats;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The findings in a reader's language: each {@link Message} resolved from the bundles, its figures formatted for the
 * locale (the check page uses the reader's, the command line Indonesian).
 */
@Component
public class FindingTexts {

    /** A finding as shown: its texts resolved. */
    public record Shown(Finding finding, String where, String what, String fix) {}

    private final MessageSource messages;
    private final Formats formats;

    FindingTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public List<Shown> show(ConsistencyReport report, Locale locale) {
        return report.findings().stream().map(f -> show(f, locale)).toList();
    }

    public Shown show(Finding f, Locale locale) {
        return new Shown(f, text(f.where(), locale), text(f.what(), locale), text(f.fix(), locale));
    }

    public String text(Message m, Locale locale) {
        Object[] args = m.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage(m.code(), args, locale);
    }

    private String argument(Object a, Locale locale) {
        return switch (a) {
            case Message m -> text(m, locale);
            case Message.Figure f ->
                f.kind() == Message.Figure.Kind.RUPIAH
                        ? formats.rupiah(f.value(), locale)
                        : formats.index(f.value(), locale);
            case Message.Joined j ->
                j.parts().stream().map(p -> argument(p, locale)).collect(Collectors.joining(j.separator()));
            // counts, years and versions as written, never grouped ("2.024")
            default -> String.valueOf(a);
        };
    }
}
