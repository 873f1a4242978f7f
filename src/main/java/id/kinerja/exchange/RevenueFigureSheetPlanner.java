package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.RevenueActivityRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueNetRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.framework.Period;
import id.kinerja.revenue.ActivityRevenue;
import id.kinerja.revenue.RevenueFigures;
import id.kinerja.revenue.RevenueTotal;
import id.kinerja.web.UserError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Penerimaan Neto sheet (net target, gross, refunds and net per unit and year) and the Penerimaan PPM PKM sheet
 * (target and realization per unit, year, activity and quarter), checked by the rules of {@link RevenueFigures}
 * (the web's and the API's): a refused row is a problem naming the sheet, row and column, and the whole import is
 * refused.
 */
@Component
final class RevenueFigureSheetPlanner {

    private final RevenueFigures figures;

    RevenueFigureSheetPlanner(RevenueFigures figures) {
        this.figures = figures;
    }

    void plan(PlanningContext run) {
        planNets(run);
        planActivities(run);
    }

    private void planNets(PlanningContext run) {
        Sheet sheet = run.sheet(REVENUE_NET);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, Map<Integer, RevenueTotal>> stored = new HashMap<>();
        Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
        for (RevenueNetRow r : run.wb.revenueNets()) {
            if (!run.knownUnit(REVENUE_NET, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.year()),
                            REVENUE_NET,
                            r.row(),
                            "import.key.unitYear",
                            String.valueOf(r.year()),
                            r.unitCode())) {
                continue;
            }
            RevenueTotal total;
            try {
                total = RevenueFigures.checkNet(
                        r.year(), new RevenueFigures.NetInput(r.target(), r.gross(), r.refunds(), r.net()));
            } catch (UserError e) {
                run.problem(REVENUE_NET, r.row(), netColumn(e.code()), e.code(), e.args());
                continue;
            }
            RevenueTotal old = stored.computeIfAbsent(r.unitCode(), c -> {
                        Map<Integer, RevenueTotal> byYear = new HashMap<>();
                        var u = run.existing.get(c);
                        if (u != null) {
                            figures.nets(u.id()).forEach(t -> byYear.put(t.year(), t));
                        }
                        return byYear;
                    })
                    .get(r.year());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Target Neto", old == null ? null : num(old.target()), num(total.target()));
            diff(fields, "Penerimaan Bruto", old == null ? null : num(old.gross()), num(total.gross()));
            diff(fields, "Restitusi", old == null ? null : num(old.refunds()), num(total.refunds()));
            diff(fields, "Penerimaan Neto", old == null ? null : num(old.realization()), num(total.realization()));
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(REVENUE_NET, r.row(), r.unitCode())) {
                continue;
            }
            sheet.add(r.row(), old == null, r.unitCode(), String.valueOf(r.year()), fields);
            run.writes.revenueNets.add(new Writes.RevenueNetWrite(r.unitCode(), total));
            run.audit(lines, r.unitCode(), r.year() + "/neto", old == null ? "-" : netText(old), netText(total));
        }
        run.flush(lines, REVENUE_NET);
        sheet.done(null);
    }

    /** The column a refusal of {@link RevenueFigures#checkNet} is about (its first field argument). */
    private static int netColumn(String code) {
        return switch (code) {
            case "revenue.net.pair" -> 3;
            case "revenue.net.mismatch" -> 5;
            case "revenue.error.year" -> 1;
            default -> 2;
        };
    }

    private static String netText(RevenueTotal t) {
        return num(t.target()) + " / " + num(t.gross()) + " / " + num(t.refunds()) + " / " + num(t.realization());
    }

    private void planActivities(PlanningContext run) {
        Sheet sheet = run.sheet(REVENUE_ACTIVITIES);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<List<Object>, Map<Period, ActivityRevenue>> stored = new HashMap<>();
        Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
        for (RevenueActivityRow r : run.wb.revenueActivities()) {
            if (!run.knownUnit(REVENUE_ACTIVITIES, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.year(), r.activity(), r.quarter()),
                            REVENUE_ACTIVITIES,
                            r.row(),
                            "import.key.activityQuarter",
                            r.activity().name(),
                            r.quarter().name(),
                            String.valueOf(r.year()),
                            r.unitCode())) {
                continue;
            }
            List<ActivityRevenue> checked;
            try {
                checked = RevenueFigures.checkActivity(
                        r.year(),
                        r.activity(),
                        Map.of(r.quarter(), new RevenueFigures.ActivityInput(r.target(), r.realization())));
            } catch (UserError e) {
                run.problem(REVENUE_ACTIVITIES, r.row(), 4, e.code(), e.args());
                continue;
            }
            if (checked.isEmpty()) {
                run.problem(REVENUE_ACTIVITIES, r.row(), 4, "import.error.activityEmpty");
                continue;
            }
            ActivityRevenue now = checked.getFirst();
            ActivityRevenue old = stored.computeIfAbsent(List.of(r.unitCode(), r.year(), r.activity()), k -> {
                        var u = run.existing.get(r.unitCode());
                        return u == null
                                ? Map.of()
                                : figures.activities(u.id(), r.year()).get(r.activity());
                    })
                    .get(r.quarter());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Target", old == null ? null : num(old.target()), num(now.target()));
            diff(fields, "Realisasi", old == null ? null : num(old.realization()), num(now.realization()));
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(REVENUE_ACTIVITIES, r.row(), r.unitCode())) {
                continue;
            }
            String key =
                    r.year() + " " + r.activity().name() + " " + r.quarter().name();
            sheet.add(r.row(), old == null, r.unitCode(), key, fields);
            run.writes.revenueActivities.add(new Writes.RevenueActivityWrite(r.unitCode(), now));
            run.audit(
                    lines,
                    r.unitCode(),
                    key.replace(' ', '/'),
                    old == null ? "-" : num(old.target()) + " / " + num(old.realization()),
                    num(now.target()) + " / " + num(now.realization()));
        }
        run.flush(lines, REVENUE_ACTIVITIES);
        sheet.done(null);
    }
}
