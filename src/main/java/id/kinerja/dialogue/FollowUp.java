package id.kinerja.dialogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A follow-up decided in a dialogue: what is to be done, by whom (an account of the unit), by when; open until its
 * owner or the performance administrator marks it done, with an optional note.
 */
public record FollowUp(
        long id,
        long meetingId,
        int position,
        String text,
        long ownerId,
        String ownerName,
        LocalDate dueOn,
        String doneBy,
        OffsetDateTime doneAt,
        String doneNote) {

    public boolean done() {
        return doneAt != null;
    }
}
