package id.kinerja.revenue;

import java.math.BigDecimal;

/** Realization of one tax type of a unit in one month (1-12) of a year. */
public record RevenueMonth(int year, String taxTypeCode, int month, BigDecimal realization) {}
