package id.kinerja.frameworkeditor;

import id.kinerja.framework.Framework;
import id.kinerja.scoring.Scorecard;
import java.util.List;

/**
 * A draft scored by the engine on a sample agreement: an office's entered figures of a year for the IKU it has, and
 * "targets = realizations" (100 for each quarter and the year) for the draft's other IKU.
 *
 * @param unitCode       the office whose figures were used; null when every IKU is scored on targets = realizations
 * @param year           the year of those figures
 * @param fromSample     the IKU scored on the office's figures
 * @param fromAssumption the IKU scored on targets = realizations
 */
public record DraftPreview(
        Framework framework,
        Scorecard scorecard,
        String unitCode,
        Integer year,
        List<String> fromSample,
        List<String> fromAssumption) {}
