package id.kinerja.realization;

import id.kinerja.framework.Period;
import java.math.BigDecimal;

/** One reported index to store ({@link RealizationImports#saveReportedIndexes}): a unit's IKU in a period, null to remove it. */
public record ReportedIndexWrite(long unitId, String indicatorCode, Period period, BigDecimal reported) {}
