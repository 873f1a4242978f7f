package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetService;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.BudgetRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The Anggaran sheet: the DIPA lines (program, activity, output, component) with ceiling and realization; gives
 * the lines after the import to the Anggaran Bulanan sheet. */
@Component
final class BudgetSheetPlanner {

    private final BudgetService budget;

    BudgetSheetPlanner(BudgetService budget) {
        this.budget = budget;
    }

    BudgetLines plan(PlanningContext run) {
        Sheet lineSheet = run.sheet(BUDGET);
        Map<List<Object>, Integer> seen = new HashMap<>();
        BudgetLines budgetLines = new BudgetLines(run, budget);
        Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetRow r : run.wb.budget()) {
            if (run.knownUnit(BUDGET, r.row(), r.unitCode())
                    && run.unique(
                            seen,
                            List.of(r.unitCode(), r.code()),
                            BUDGET,
                            r.row(),
                            "import.key.budgetCode",
                            r.code(),
                            r.unitCode())) {
                rows.add(r);
                var now = budgetLines.current(r.unitCode());
                budgetLines
                        .codesAfter
                        .computeIfAbsent(r.unitCode(), c -> new HashSet<>(now.keySet()))
                        .add(r.code());
            }
        }
        Map<String, Integer> nextOrder = new HashMap<>();
        for (BudgetRow r : rows) {
            var now = budgetLines.current(r.unitCode());
            if (r.parentCode() != null
                    && !budgetLines.codesAfter.get(r.unitCode()).contains(r.parentCode())) {
                run.problem(BUDGET, r.row(), 2, "import.error.budgetParent", r.parentCode(), r.unitCode());
                continue;
            }
            if (r.parentCode() != null && !r.code().startsWith(r.parentCode() + ".")) {
                run.problem(BUDGET, r.row(), 2, "import.error.budgetPath", r.code(), r.parentCode());
                continue;
            }
            var old = now.get(r.code());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Kode Induk", old == null ? null : old.parentCode(), r.parentCode());
            diff(
                    fields,
                    "Tingkat",
                    old == null ? null : old.level().name(),
                    r.level().name());
            diff(fields, "Uraian", old == null ? null : old.name(), r.name());
            diff(
                    fields,
                    "Jenis Belanja",
                    old == null || old.kind() == null ? null : old.kind().toString(),
                    r.kind() == null ? null : r.kind().toString());
            diff(fields, "Pagu", old == null ? null : num(old.ceiling()), num(r.ceiling()));
            diff(fields, "Realisasi", old == null ? null : num(old.realization()), num(r.realization()));
            if (fields.isEmpty()) {
                lineSheet.unchanged++;
                continue;
            }
            if (!run.mayChange(BUDGET, r.row(), r.unitCode())) {
                continue;
            }
            int order = old != null
                    ? budgetLines.sortOrder(r.unitCode(), r.code())
                    : nextOrder.merge(r.unitCode(), budgetLines.maxOrder(r.unitCode()) + 1, (a, b) -> a + 1);
            lineSheet.add(r.row(), old == null, r.unitCode(), r.code(), fields);
            run.writes.budget.add(new Writes.BudgetWrite(
                    r.unitCode(),
                    new BudgetLine(
                            run.year,
                            r.code(),
                            r.parentCode(),
                            r.level(),
                            r.name(),
                            r.kind(),
                            r.ceiling(),
                            r.realization()),
                    order));
            run.audit(
                    lines,
                    r.unitCode(),
                    r.code(),
                    old == null ? "-" : "pagu " + num(old.ceiling()) + ", realisasi " + num(old.realization()),
                    "pagu " + num(r.ceiling()) + ", realisasi " + num(r.realization()));
        }
        run.flush(lines, BUDGET);
        lineSheet.done(null);
        return budgetLines;
    }
}
