package id.kinerja.dialogue;

import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorded performance dialogue of a unit: the quarter it reviewed, when it was held, who took part, the minutes
 * (notulen) and decisions as typed, whether risk monitoring was discussed, and the follow-ups decided.
 */
public record Meeting(
        long id,
        long unitId,
        int year,
        Period quarter,
        DialogueKind kind,
        LocalDate heldOn,
        String participants,
        String minutes,
        String decisions,
        boolean riskMonitoringDiscussed,
        String createdBy,
        OffsetDateTime createdAt,
        int rowVersion,
        List<FollowUp> followUps) {

    /** Whether the minutes are recorded (IKU 09c counts a meeting's risk points only then). */
    public boolean minutesRecorded() {
        return minutes != null && !minutes.isBlank();
    }
}
