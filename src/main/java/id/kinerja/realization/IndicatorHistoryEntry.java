package id.kinerja.realization;

import java.math.BigDecimal;

/** One past year's realization of an IKU of a unit (the LAKIN's five-year comparison). */
public record IndicatorHistoryEntry(
        String indicatorCode, int year, BigDecimal realization, BigDecimal index, String note) {}
