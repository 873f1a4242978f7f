package id.kinerja.exchange;

import id.kinerja.budget.BudgetLevel;
import id.kinerja.framework.Period;
import id.kinerja.organisation.UnitType;
import id.kinerja.revenue.RevenueActivity;
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
        List<RevenueNetRow> revenueNets,
        List<RevenueActivityRow> revenueActivities,
        List<BudgetRow> budget,
        List<BudgetMonthRow> budgetMonths,
        List<KindRow> kinds,
        List<KindMonthRow> kindMonths,
        List<AwardRow> awards,
        List<InnovationRow> innovations,
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

    /** A revenue line; {@code year} null: the workbook's year (a blank Tahun cell, or a sheet without the column). */
    record RevenueRow(
            int row, String unitCode, String taxType, BigDecimal target, BigDecimal realization, Integer year) {}

    record RevenueMonthRow(int row, String unitCode, String taxType, int month, BigDecimal realization) {}

    /** The net revenue of a unit's year: net target, gross, refunds, net (any may be blank). */
    record RevenueNetRow(
            int row,
            String unitCode,
            int year,
            BigDecimal target,
            BigDecimal gross,
            BigDecimal refunds,
            BigDecimal net) {}

    /** The PPM or PKM revenue of a unit's quarter, cumulative from January. */
    record RevenueActivityRow(
            int row,
            String unitCode,
            int year,
            RevenueActivity activity,
            Period quarter,
            BigDecimal target,
            BigDecimal realization) {}

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

    record KindRow(int row, String unitCode, int kind, BigDecimal ceiling, BigDecimal realization) {}

    record KindMonthRow(int row, String unitCode, int kind, int month, BigDecimal realization) {}

    /** An award row as typed (checked by the recognition module's rules when planned). */
    record AwardRow(
            int row, String unitCode, int position, String title, String giver, String date, String description) {}

    /** An innovation row as typed; the goals one a line. */
    record InnovationRow(
            int row, String unitCode, int position, String name, String longName, String description, String goals) {}

    int rowCount() {
        return units.size()
                + targets.size()
                + realizations.size()
                + history.size()
                + revenue.size()
                + revenueMonths.size()
                + revenueNets.size()
                + revenueActivities.size()
                + budget.size()
                + budgetMonths.size()
                + kinds.size()
                + kindMonths.size()
                + awards.size()
                + innovations.size();
    }
}
