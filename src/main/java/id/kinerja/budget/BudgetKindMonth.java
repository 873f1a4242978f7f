package id.kinerja.budget;

import java.math.BigDecimal;

/** Realization of one kind of spending (51, 52, 53) in one month (1-12), for an office without a DIPA tree. */
public record BudgetKindMonth(int year, int kind, int month, BigDecimal realization) {}
