package id.kinerja.budget;

import java.math.BigDecimal;

/**
 * The summary of one kind of spending (51, 52, 53) as an office enters it ({@link BudgetService#saveKinds}): the
 * ceiling and the realization in whole rupiah (a null realization is zero).
 */
public record BudgetKindEntry(int kind, BigDecimal ceiling, BigDecimal realization) {}
