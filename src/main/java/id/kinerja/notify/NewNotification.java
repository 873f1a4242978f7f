package id.kinerja.notify;

import id.kinerja.framework.Period;
import java.util.List;
import java.util.Objects;

/**
 * A notification to be written for one or more people: {@code dedupKey} names its cause (the realization step, the
 * agreement, the comment, the reminder of one deadline), and a person gets at most one notification per cause.
 */
public record NewNotification(
        NotificationKind kind,
        Long unitId,
        String unitCode,
        Integer year,
        Period period,
        String indicatorCode,
        List<String> args,
        String href,
        String dedupKey) {

    public NewNotification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(dedupKey, "dedupKey");
        args = args == null ? List.of() : List.copyOf(args);
    }
}
