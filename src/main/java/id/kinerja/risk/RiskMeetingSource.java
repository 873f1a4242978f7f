package id.kinerja.risk;

import java.util.List;

/**
 * Where the performance-dialogue meetings come from for IKU 09c: the module that records the dialogue (DKO/DKRO)
 * provides a Spring bean of this type, so that the risk module reads the meetings without owning them.
 */
public interface RiskMeetingSource {

    /** The meetings of {@code unitId} for the performance year {@code year}, in any order. */
    List<RiskMeeting> meetings(long unitId, int year);
}
