package id.kinerja.revenue;

import java.math.BigDecimal;

/** A unit's net revenue of a year as reported. */
public record RevenueTotal(int year, BigDecimal target, BigDecimal realization) {}
