package id.kinerja.realization;

import id.kinerja.framework.Period;
import java.math.BigDecimal;

/**
 * One realization of an import ({@link RealizationImports#importAll}): the value and note of a unit (its id and, for messages, its code)'s IKU in a
 * period. The state it enters is the workflow's decision, not the importer's.
 */
public record ImportedRealization(
        long unitId, String unitCode, String indicatorCode, Period period, BigDecimal value, String note) {}
