package id.kinerja.notify;

import id.kinerja.framework.Period;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One notification of one person: its text is {@code kind.key()} with {@code args}, it links to {@code href} (a path
 * within the application), and {@code readAt} is null while unread.
 */
public record Notification(
        long id,
        NotificationKind kind,
        String unitCode,
        Integer year,
        Period period,
        String indicatorCode,
        List<String> args,
        String href,
        OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    public Notification {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }

    /** The arguments as the message source takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
