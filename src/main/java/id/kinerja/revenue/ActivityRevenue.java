package id.kinerja.revenue;

import id.kinerja.framework.Period;
import java.math.BigDecimal;

/**
 * A unit's revenue from one activity (PPM or PKM) in one period of a year: the target and the realization,
 * cumulative from January to the period's end (as the Mandor application reports them); either may be unknown.
 */
public record ActivityRevenue(
        int year, RevenueActivity activity, Period period, BigDecimal target, BigDecimal realization) {}
