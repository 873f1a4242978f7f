package id.kinerja.dialogue;

import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when a performance dialogue is recorded, inside the recording transaction (kept in the event publication
 * registry): the notifications tell each follow-up's owner.
 *
 * @param followUps each follow-up: its id, text, the owner's username and the due date
 */
public record DialogueRecorded(
        long meetingId,
        long unitId,
        String unitCode,
        int year,
        Period quarter,
        DialogueKind kind,
        String recordedBy,
        List<Assigned> followUps) {

    /** One follow-up given to its owner. */
    public record Assigned(long followUpId, String text, String owner, LocalDate dueOn) {}

    public DialogueRecorded {
        followUps = List.copyOf(followUps);
    }
}
