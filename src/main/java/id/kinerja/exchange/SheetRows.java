package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetLevel;
import id.kinerja.exchange.ParsedWorkbook.BudgetMonthRow;
import id.kinerja.exchange.ParsedWorkbook.BudgetRow;
import id.kinerja.exchange.ParsedWorkbook.HistoryRow;
import id.kinerja.exchange.ParsedWorkbook.RealizationRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueMonthRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueRow;
import id.kinerja.exchange.ParsedWorkbook.TargetRow;
import id.kinerja.exchange.ParsedWorkbook.UnitRow;
import id.kinerja.framework.Period;
import id.kinerja.organisation.UnitType;
import id.kinerja.revenue.RevenueActivity;
import id.kinerja.revenue.RevenueFigures;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of each sheet as its typed row ({@link ParsedWorkbook}), read cell by cell through {@link Cells}
 * (required cells, codes, numbers, rupiah, periods, ranges): empty when a cell is refused, the problem recorded by
 * sheet, row and column.
 */
final class SheetRows {

    private SheetRows() {}

    static Optional<UnitRow> unitRow(Cells c) {
        String code = c.code(0, true);
        String name = c.text(1, true);
        String type = c.text(2, true);
        UnitType unitType = null;
        if (type != null) {
            try {
                unitType = UnitType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                c.problem(2, "import.error.unitType", type, "HQ, KANWIL, KPP, KP2KP, SECTION");
            }
        }
        String parent = c.code(3, false);
        Integer staff = c.integer(8, false, 0, 1_000_000);
        if (c.failed()) {
            return Optional.empty();
        }
        return Optional.of(new UnitRow(
                c.row(),
                code,
                name,
                unitType,
                parent,
                c.text(4, false),
                c.text(5, false),
                c.text(6, false),
                c.text(7, false),
                staff));
    }

    static Optional<TargetRow> targetRow(Cells c) {
        String unit = c.code(0, true);
        String iku = c.code(1, true);
        BigDecimal weight = c.number(3, true);
        if (weight != null && weight.signum() <= 0) {
            c.problem(3, "import.error.weight");
        }
        Map<Period, BigDecimal> targets = new EnumMap<>(Period.class);
        for (int i = 0; i < PERIODS.size(); i++) {
            BigDecimal t = c.number(4 + i, false);
            if (t != null) {
                targets.put(Period.valueOf(PERIODS.get(i)), t);
            }
        }
        return c.failed() ? Optional.empty() : Optional.of(new TargetRow(c.row(), unit, iku, weight, targets));
    }

    static Optional<RealizationRow> realizationRow(Cells c) {
        String unit = c.code(0, true);
        String iku = c.code(1, true);
        Period period = c.period(3);
        BigDecimal value = c.number(4, true);
        BigDecimal index = c.number(5, false);
        String note = c.text(6, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new RealizationRow(c.row(), unit, iku, period, value, index, note));
    }

    static Optional<HistoryRow> historyRow(Cells c) {
        String unit = c.code(0, true);
        String iku = c.code(1, true);
        Integer year = c.integer(2, true, 2000, 2100);
        BigDecimal value = c.number(3, true);
        BigDecimal index = c.number(4, false);
        String note = c.text(5, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new HistoryRow(c.row(), unit, iku, year, value, index, note));
    }

    static Optional<ParsedWorkbook.PlanningRow> planningRow(Cells c) {
        String unit = c.code(0, true);
        String iku = c.code(1, true);
        BigDecimal renstra = c.number(3, false);
        BigDecimal rpjmn = c.number(4, false);
        BigDecimal standard = c.number(5, false);
        String source = c.text(6, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new ParsedWorkbook.PlanningRow(c.row(), unit, iku, renstra, rpjmn, standard, source));
    }

    static Optional<RevenueRow> revenueRow(Cells c) {
        String unit = c.code(0, true);
        String type = c.code(1, true);
        BigDecimal target = c.rupiah(3, false, false);
        BigDecimal realization = c.rupiah(4, false, true);
        Integer year = c.integer(5, false, 2000, 2100);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new RevenueRow(c.row(), unit, type, target, realization, year));
    }

    static Optional<RevenueMonthRow> revenueMonthRow(Cells c) {
        String unit = c.code(0, true);
        String type = c.code(1, true);
        Integer month = c.integer(2, true, 1, 12);
        BigDecimal realization = c.rupiah(3, true, true);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new RevenueMonthRow(c.row(), unit, type, month, realization));
    }

    static Optional<ParsedWorkbook.RevenueNetRow> revenueNetRow(Cells c) {
        String unit = c.code(0, true);
        Integer year = c.integer(1, true, 2000, 2100);
        BigDecimal target = c.rupiah(2, false, false);
        BigDecimal gross = c.rupiah(3, false, false);
        BigDecimal refunds = c.rupiah(4, false, false);
        BigDecimal net = c.rupiah(5, false, true);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new ParsedWorkbook.RevenueNetRow(c.row(), unit, year, target, gross, refunds, net));
    }

    static Optional<ParsedWorkbook.RevenueActivityRow> revenueActivityRow(Cells c) {
        String unit = c.code(0, true);
        Integer year = c.integer(1, true, 2000, 2100);
        String activityText = c.text(2, true);
        RevenueActivity activity = RevenueActivity.of(activityText);
        if (activityText != null && activity == null) {
            c.problem(2, "import.error.activity", activityText, "PPM, PKM");
        }
        String quarterText = c.text(3, true);
        Period quarter = null;
        if (quarterText != null) {
            quarter = RevenueFigures.QUARTERS.stream()
                    .filter(q -> q.name().equalsIgnoreCase(quarterText.strip()))
                    .findFirst()
                    .orElse(null);
            if (quarter == null) {
                c.problem(3, "import.error.quarter", quarterText, "Q1, Q2, Q3, Q4");
            }
        }
        BigDecimal target = c.rupiah(4, false, false);
        BigDecimal realization = c.rupiah(5, false, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new ParsedWorkbook.RevenueActivityRow(
                        c.row(), unit, year, activity, quarter, target, realization));
    }

    static Optional<BudgetRow> budgetRow(Cells c) {
        String unit = c.code(0, true);
        String code = c.code(1, true);
        String parent = c.code(2, false);
        String levelText = c.text(3, true);
        BudgetLevel level = null;
        if (levelText != null) {
            level = WorkbookLayout.level(levelText);
            if (level == null) {
                c.problem(3, "import.error.level", levelText, WorkbookLayout.levelLabels());
            }
        }
        String name = c.text(4, true);
        Integer kind = c.integer(5, false, 0, 99);
        if (kind != null && kind != 51 && kind != 52 && kind != 53) {
            c.problem(5, "import.error.spendingKind", String.valueOf(kind), "51, 52, 53");
        }
        BigDecimal ceiling = c.rupiah(6, true, false);
        BigDecimal realization = c.rupiah(7, false, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new BudgetRow(
                        c.row(),
                        unit,
                        code,
                        parent,
                        level,
                        name,
                        kind,
                        ceiling,
                        realization == null ? BigDecimal.ZERO : realization));
    }

    static Optional<BudgetMonthRow> budgetMonthRow(Cells c) {
        String unit = c.code(0, true);
        String code = c.code(1, true);
        Integer month = c.integer(2, true, 1, 12);
        BigDecimal realization = c.rupiah(3, true, false);
        return c.failed() ? Optional.empty() : Optional.of(new BudgetMonthRow(c.row(), unit, code, month, realization));
    }

    static Optional<ParsedWorkbook.KindRow> kindRow(Cells c) {
        String unit = c.code(0, true);
        Integer kind = kind(c, 1);
        BigDecimal ceiling = c.rupiah(3, true, false);
        BigDecimal realization = c.rupiah(4, false, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new ParsedWorkbook.KindRow(
                        c.row(), unit, kind, ceiling, realization == null ? BigDecimal.ZERO : realization));
    }

    static Optional<ParsedWorkbook.KindMonthRow> kindMonthRow(Cells c) {
        String unit = c.code(0, true);
        Integer kind = kind(c, 1);
        Integer month = c.integer(2, true, 1, 12);
        BigDecimal realization = c.rupiah(3, true, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new ParsedWorkbook.KindMonthRow(c.row(), unit, kind, month, realization));
    }

    /** A kind of spending: 51, 52 or 53 (required). */
    private static Integer kind(Cells c, int col) {
        Integer kind = c.integer(col, true, 0, 99);
        if (kind != null && kind != 51 && kind != 52 && kind != 53) {
            c.problem(col, "import.error.spendingKind", String.valueOf(kind), "51, 52, 53");
        }
        return kind;
    }

    static Optional<ParsedWorkbook.AwardRow> awardRow(Cells c) {
        String unit = c.code(0, true);
        Integer position = c.integer(1, true, 1, 10_000);
        String title = c.text(2, false);
        String giver = c.text(3, false);
        String date = c.date(4);
        String description = c.text(5, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new ParsedWorkbook.AwardRow(c.row(), unit, position, title, giver, date, description));
    }

    static Optional<ParsedWorkbook.InnovationRow> innovationRow(Cells c) {
        String unit = c.code(0, true);
        Integer position = c.integer(1, true, 1, 10_000);
        String name = c.text(2, false);
        String longName = c.text(3, false);
        String description = c.text(4, false);
        String goals = c.text(5, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(
                        new ParsedWorkbook.InnovationRow(c.row(), unit, position, name, longName, description, goals));
    }
}
