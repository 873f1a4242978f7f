package id.kinerja.dialogue;

import id.kinerja.risk.RiskMeeting;
import id.kinerja.risk.RiskMeetingSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The recorded dialogues as IKU 09c's risk points read them: each meeting's date, quarter, whether its minutes are
 * recorded and whether risk monitoring was discussed.
 */
@Component
class DialogueRiskMeetings implements RiskMeetingSource {

    private final DialogueService dialogues;

    DialogueRiskMeetings(DialogueService dialogues) {
        this.dialogues = dialogues;
    }

    @Override
    public List<RiskMeeting> meetings(long unitId, int year) {
        return dialogues.meetings(unitId, year).stream()
                .map(m -> new RiskMeeting(m.heldOn(), m.quarter(), m.minutesRecorded(), m.riskMonitoringDiscussed()))
                .toList();
    }
}
