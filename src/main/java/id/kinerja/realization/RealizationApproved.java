package id.kinerja.realization;

import id.kinerja.framework.Period;
import java.math.BigDecimal;

/**
 * Published by the realization workflow when the head of a unit approves a value (web, API or bulk), inside the
 * approving transaction; kept in the event publication registry until every listener has handled it.
 */
public record RealizationApproved(
        long unitId, int year, String indicatorCode, Period period, BigDecimal value, String approvedBy) {}
