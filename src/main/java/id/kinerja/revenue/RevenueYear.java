package id.kinerja.revenue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's revenue figures for one year, computed once ({@link RevenueService#year}) for the revenue page, the
 * LAKIN and the narratives. Every number is at full precision; percentages are percent (100.50 = 100.50%); a
 * figure that cannot be computed is null.
 *
 * @param rows         the report's table in docs/domain.md §6 order: each group (A..F) followed by its types, then the
 *                     grand total
 * @param history      the five years ending with {@code year}, oldest first (a year without data has nulls)
 * @param typesTotal   the grand total as the plain sum of the tax-type lines (target, realization this year), to
 *                     show how far the rounded per-type lines are from the reported net figure
 * @param months       this year's realization per month, all tax types summed, with the running total (empty
 *                     when no month is recorded)
 * @param monthsByYear the same for every year that has months (the prognosis's history), by year
 * @param reported     the net revenue the office entered for the year (with its gross and refunds when entered),
 *                     null when none
 */
public record RevenueYear(
        long unitId,
        int year,
        List<Row> rows,
        List<HistoryYear> history,
        Row typesTotal,
        List<MonthTotal> months,
        java.util.Map<Integer, List<MonthTotal>> monthsByYear,
        RevenueTotal reported) {

    public enum Level {
        GROUP,
        TYPE,
        TOTAL
    }

    /**
     * Where a grand-total figure comes from: the exact net figure the office reported ({@code revenue_total}),
     * or, when there is none, the sum of the tax-type lines.
     */
    public enum Source {
        REPORTED,
        SUM_OF_TYPES,
        NONE
    }

    /**
     * One row of the table.
     *
     * @param growthLastYear growth of last year's realization over the year before, percent
     * @param growth         growth of this year's realization over last year's, percent
     * @param targetSource   for the TOTAL row: where the target comes from (null for other rows)
     * @param realizationSource for the TOTAL row: where this year's realization comes from
     */
    public record Row(
            Level level,
            String code,
            String name,
            BigDecimal target,
            BigDecimal realizationLastYear,
            BigDecimal realization,
            BigDecimal growthLastYear,
            BigDecimal growth,
            BigDecimal achievementLastYear,
            BigDecimal achievement,
            Source targetSource,
            Source realizationSource) {

        /** True when the row carries no figure at all (e.g. a tax type without data this year or last). */
        public boolean empty() {
            return target == null && realizationLastYear == null && realization == null;
        }
    }

    /** One year of the five-year history: net target, realization, achievement %, and where they come from. */
    public record HistoryYear(
            int year,
            BigDecimal target,
            BigDecimal realization,
            BigDecimal achievement,
            Source targetSource,
            Source realizationSource) {
        public boolean hasData() {
            return target != null || realization != null;
        }
    }

    /** Realization of one month (all tax types) and the running total from January. */
    public record MonthTotal(int month, BigDecimal realization, BigDecimal cumulative) {}

    /** The row of a tax type or group by code (A, A1, ..., F), or TOTAL; null when there is none. */
    public Row row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    /** The group rows (A..F) in order. */
    public List<Row> groups() {
        return rows.stream().filter(r -> r.level() == Level.GROUP).toList();
    }

    /** The grand-total row. */
    public Row total() {
        return rows.getLast();
    }

    /** Net revenue achievement this year, percent (what IKU 01a measures for the year). */
    public BigDecimal achievement() {
        return total().achievement();
    }

    public boolean hasMonths() {
        return !months.isEmpty();
    }

    /** The last month recorded this year (0 when none). */
    public int lastMonth() {
        return months.isEmpty() ? 0 : months.getLast().month();
    }

    /** True when the table has any figure for the year or the year before. */
    public boolean hasData() {
        return rows.stream().anyMatch(r -> !r.empty());
    }
}
