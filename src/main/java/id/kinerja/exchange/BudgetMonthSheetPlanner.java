package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetService;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.BudgetMonthRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.organisation.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Anggaran Bulanan sheet: the realization per DIPA line and month. */
@Component
final class BudgetMonthSheetPlanner {

    private final BudgetService budget;

    BudgetMonthSheetPlanner(BudgetService budget) {
        this.budget = budget;
    }

    void plan(PlanningContext run, BudgetLines budgetLines) {
        Sheet monthSheet = run.sheet(BUDGET_MONTHS);
        Map<List<Object>, Integer> seenMonths = new HashMap<>();
        Map<String, Map<String, BigDecimal>> months = new HashMap<>();
        Map<String, StringBuilder[]> monthLines = new LinkedHashMap<>();
        for (BudgetMonthRow r : run.wb.budgetMonths()) {
            if (!run.knownUnit(BUDGET_MONTHS, r.row(), r.unitCode())
                    || !run.unique(
                            seenMonths,
                            List.of(r.unitCode(), r.code(), r.month()),
                            BUDGET_MONTHS,
                            r.row(),
                            "import.key.budgetCodeMonth",
                            r.code(),
                            r.month(),
                            r.unitCode())) {
                continue;
            }
            Set<String> codes = budgetLines.codesAfter.computeIfAbsent(
                    r.unitCode(), c -> new HashSet<>(budgetLines.current(c).keySet()));
            if (!codes.contains(r.code())) {
                run.problem(BUDGET_MONTHS, r.row(), 1, "import.error.budgetCode", r.code(), r.unitCode(), BUDGET);
                continue;
            }
            var now = months.computeIfAbsent(r.unitCode(), c -> {
                Map<String, BigDecimal> m = new HashMap<>();
                Unit u = run.existing.get(c);
                if (u != null) {
                    budget.findMonths(u.id(), run.year)
                            .forEach(x -> m.put(x.code() + "/" + x.month(), x.realization()));
                }
                return m;
            });
            BigDecimal old = now.get(r.code() + "/" + r.month());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Realisasi", num(old), num(r.realization()));
            if (fields.isEmpty()) {
                monthSheet.unchanged++;
                continue;
            }
            if (!run.mayChange(BUDGET_MONTHS, r.row(), r.unitCode())) {
                continue;
            }
            monthSheet.add(
                    r.row(), old == null, r.unitCode(), run.texts.get("import.key.month", r.code(), r.month()), fields);
            run.writes.budgetMonths.add(
                    new Writes.BudgetMonthWrite(r.unitCode(), r.code(), r.month(), r.realization()));
            run.audit(
                    monthLines,
                    r.unitCode(),
                    r.code() + "/" + r.month(),
                    old == null ? "-" : num(old),
                    num(r.realization()));
        }
        run.flush(monthLines, BUDGET_MONTHS);
        monthSheet.done(null);
    }
}
