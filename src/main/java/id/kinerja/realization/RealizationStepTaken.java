package id.kinerja.realization;

import id.kinerja.framework.Period;

/**
 * Published by the realization workflow for every step taken on an entered value (submit, verify, return, approve,
 * unlock; web, API or bulk), inside the step's transaction and kept in the event publication registry until every
 * listener has handled it: the notifications react to it. {@code remark} is the verification's note or the reason
 * of a return or an unlock, else null. {@code rowVersion} is the realization row's version after the step: with the
 * unit, year, IKU and period it names this step once, so a listener that receives the event twice can tell. An
 * approval publishes {@link RealizationApproved} as well.
 */
public record RealizationStepTaken(
        long unitId,
        String unitCode,
        int year,
        String indicatorCode,
        Period period,
        RealizationStep step,
        String actor,
        String remark,
        int rowVersion) {}
