package id.kinerja.budget;

import java.math.BigDecimal;

/** Realization of one DIPA line (by code) in one month (1-12). */
public record BudgetMonth(int year, String code, int month, BigDecimal realization) {}
