package id.kinerja.revenue;

import java.math.BigDecimal;

/** Target and realization of one tax type of a unit in one year (either may be unknown). */
public record RevenueLine(int year, String taxTypeCode, BigDecimal target, BigDecimal realization) {}
