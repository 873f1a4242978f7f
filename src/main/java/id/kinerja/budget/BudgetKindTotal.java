package id.kinerja.budget;

import java.math.BigDecimal;

/** Ceiling and realization of one kind of spending (51, 52, 53) of a unit's year. */
public record BudgetKindTotal(int year, int kind, String name, BigDecimal ceiling, BigDecimal realization) {}
