package id.kinerja.notify;

import id.kinerja.web.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A notification's text in the reader's language ({@code @notificationTexts.text(n)} in the templates, the e-mail
 * digest with the recipient's language): the bundle's {@code notify.kind.<KIND>} with the stored arguments, a due
 * date (kept as ISO text) in the pages' date format.
 */
@Component("notificationTexts")
public class NotificationTexts {

    /** Of DUE_SOON and OVERDUE: the argument holding the due date. */
    static final int DUE_DATE_ARG = 3;

    private final MessageSource messages;
    private final Formats formats;

    NotificationTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String text(Notification n) {
        return text(n, LocaleContextHolder.getLocale());
    }

    public String text(Notification n, Locale locale) {
        Object[] args = n.arguments();
        if ((n.kind() == NotificationKind.DUE_SOON || n.kind() == NotificationKind.OVERDUE)
                && args.length > DUE_DATE_ARG) {
            try {
                args[DUE_DATE_ARG] = formats.date(LocalDate.parse(String.valueOf(args[DUE_DATE_ARG])));
            } catch (DateTimeParseException e) {
                // kept as stored
            }
        }
        return messages.getMessage(n.kind().key(), args, locale);
    }
}
