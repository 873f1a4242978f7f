package id.kinerja.exchange;

import id.kinerja.budget.BudgetLevel;
import id.kinerja.framework.Period;
import id.kinerja.organisation.UnitType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The rows of an exchange workbook as typed values, each with its row number in the sheet (1-based). */
record ParsedWorkbook(
        String unitCode,
        int year,
        List<UnitRow> units,
        List<TargetRow> targets,
        List<RealizationRow> realizations,
        List<HistoryRow> history,
        List<RevenueRow> revenue,
        List<RevenueMonthRow> revenueMonths,
        List<BudgetRow> budget,
        List<BudgetMonthRow> budgetMonths,
        List<PlanningRow> planning) {

    record UnitRow(
            int row,
            String code,
            String name,
            UnitType type,
            String parentCode,
            String officialCode,
            String headName,
            String area,
            String address,
            Integer staffCount) {}

    record TargetRow(int row, String unitCode, String iku, BigDecimal weight, Map<Period, BigDecimal> targets) {}

    record RealizationRow(
            int row,
            String unitCode,
            String iku,
            Period period,
            BigDecimal value,
            BigDecimal reportedIndex,
            String note) {}

    record HistoryRow(
            int row, String unitCode, String iku, int year, BigDecimal realization, BigDecimal index, String note) {}

    /** A row of the Renstra sheet: an empty target is one the document does not set. */
    record PlanningRow(
            int row,
            String unitCode,
            String iku,
            BigDecimal renstra,
            BigDecimal rpjmn,
            BigDecimal nationalStandard,
            String source) {}

    record RevenueRow(int row, String unitCode, String taxType, BigDecimal target, BigDecimal realization) {}

    record RevenueMonthRow(int row, String unitCode, String taxType, int month, BigDecimal realization) {}

    record BudgetRow(
            int row,
            String unitCode,
            String code,
            String parentCode,
            BudgetLevel level,
            String name,
            Integer kind,
            BigDecimal ceiling,
            BigDecimal realization) {}

    record BudgetMonthRow(int row, String unitCode, String code, int month, BigDecimal realization) {}

    int rowCount() {
        return units.size()
                + targets.size()
                + realizations.size()
                + history.size()
                + revenue.size()
                + revenueMonths.size()
                + budget.size()
                + budgetMonths.size();
    }
}
