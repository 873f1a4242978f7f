package id.kinerja.risk;

import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A performance-dialogue meeting (DKO/DKRO) of a unit as IKU 09c's risk points read it (docs/domain.md, "IKU 09c
 * from the records"): a quarter's risk-monitoring meeting counts where it was integrated with the dialogue and its
 * minutes are recorded.
 *
 * @param heldOn the meeting's date
 * @param quarter the quarter the meeting reviewed (Q1 to Q4)
 * @param minutesRecorded whether the minutes (notulen) are recorded
 * @param riskMonitoringDiscussed whether risk monitoring was on the agenda and discussed
 */
public record RiskMeeting(LocalDate heldOn, Period quarter, boolean minutesRecorded, boolean riskMonitoringDiscussed) {
    public RiskMeeting {
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(quarter, "quarter");
    }
}
