package id.kinerja.review;

import id.kinerja.framework.Period;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A comment thread of the Kanwil's review on one office's year.
 *
 * @param scope what it is about
 * @param period the period (PERIOD: always; INDICATOR: optional; LAKIN: none)
 * @param indicatorCode the IKU (INDICATOR only)
 * @param openedBy the reviewer who opened it, told of the office's answers
 * @param rowVersion claimed by every write (a stale form is refused, 409)
 * @param comments oldest first
 */
public record ReviewThread(
        long id,
        long unitId,
        int year,
        ReviewScope scope,
        Period period,
        String indicatorCode,
        ThreadState state,
        String openedBy,
        OffsetDateTime openedAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        int rowVersion,
        List<ReviewComment> comments) {

    public ReviewThread {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public ReviewThread withComments(List<ReviewComment> list) {
        return new ReviewThread(
                id,
                unitId,
                year,
                scope,
                period,
                indicatorCode,
                state,
                openedBy,
                openedAt,
                updatedBy,
                updatedAt,
                rowVersion,
                list);
    }

    /** What the thread is about in the user's data: "Q1", "01a-CP Q1", "LAKIN" (the event's and the task's subject). */
    public String subject() {
        return switch (scope) {
            case PERIOD -> period.label();
            case INDICATOR -> period == null ? indicatorCode : indicatorCode + " " + period.label();
            case LAKIN -> "LAKIN";
        };
    }

    /** The newest comment, or null. */
    public ReviewComment last() {
        return comments.isEmpty() ? null : comments.get(comments.size() - 1);
    }
}
