package id.kinerja.budget;

import java.math.BigDecimal;

/**
 * One cell of the monthly budget entry ({@link BudgetService#saveMonths}): the realization of a DIPA line (its
 * code) or, for an office without a DIPA tree, of a kind of spending ({@code "51"}, {@code "52"}, {@code "53"}) in a
 * month (1-12), in whole rupiah; null removes the month's figure.
 */
public record BudgetMonthEntry(String code, int month, BigDecimal realization) {}
