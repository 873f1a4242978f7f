package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetKindTotal;
import id.kinerja.budget.BudgetService;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.KindMonthRow;
import id.kinerja.exchange.ParsedWorkbook.KindRow;
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

/**
 * The Jenis Belanja sheet (the summary by kind of spending 51/52/53: ceiling and realization, docs/domain.md §7) and
 * the Jenis Belanja Bulanan sheet (the realization per kind and month, for an office without DIPA lines only: an
 * office with lines enters its months per line in Anggaran Bulanan).
 */
@Component
final class KindSheetPlanner {

    private final BudgetService budget;

    KindSheetPlanner(BudgetService budget) {
        this.budget = budget;
    }

    void plan(PlanningContext run, BudgetLines budgetLines) {
        planKinds(run);
        planMonths(run, budgetLines);
    }

    private void planKinds(PlanningContext run) {
        Sheet sheet = run.sheet(KINDS);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, Map<Integer, BudgetKindTotal>> stored = new HashMap<>();
        Map<String, StringBuilder[]> audit = new LinkedHashMap<>();
        for (KindRow r : run.wb.kinds()) {
            if (!run.knownUnit(KINDS, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.kind()),
                            KINDS,
                            r.row(),
                            "import.key.kind",
                            r.kind(),
                            r.unitCode())) {
                continue;
            }
            var now = stored.computeIfAbsent(r.unitCode(), c -> {
                Map<Integer, BudgetKindTotal> m = new HashMap<>();
                Unit u = run.existing.get(c);
                if (u != null) {
                    budget.findKinds(u.id(), run.year).forEach(k -> m.put(k.kind(), k));
                }
                return m;
            });
            BudgetKindTotal old = now.get(r.kind());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Pagu", old == null ? null : num(old.ceiling()), num(r.ceiling()));
            diff(fields, "Realisasi", old == null ? null : num(old.realization()), num(r.realization()));
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(KINDS, r.row(), r.unitCode())) {
                continue;
            }
            sheet.add(r.row(), old == null, r.unitCode(), String.valueOf(r.kind()), fields);
            String name = old != null ? old.name() : BudgetService.KIND_NAMES.get(r.kind());
            run.writes.kinds.add(new Writes.KindWrite(
                    r.unitCode(), new BudgetKindTotal(run.year, r.kind(), name, r.ceiling(), r.realization())));
            run.audit(
                    audit,
                    r.unitCode(),
                    "jenis " + r.kind(),
                    old == null ? "-" : "pagu " + num(old.ceiling()) + ", realisasi " + num(old.realization()),
                    "pagu " + num(r.ceiling()) + ", realisasi " + num(r.realization()));
        }
        run.flush(audit, KINDS);
        sheet.done(null);
    }

    private void planMonths(PlanningContext run, BudgetLines budgetLines) {
        Sheet sheet = run.sheet(KIND_MONTHS);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, Map<String, BigDecimal>> stored = new HashMap<>();
        Set<String> refusedUnits = new HashSet<>();
        Map<String, StringBuilder[]> audit = new LinkedHashMap<>();
        for (KindMonthRow r : run.wb.kindMonths()) {
            if (!run.knownUnit(KIND_MONTHS, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.kind(), r.month()),
                            KIND_MONTHS,
                            r.row(),
                            "import.key.kindMonth",
                            r.kind(),
                            r.month(),
                            r.unitCode())) {
                continue;
            }
            Set<String> codes = budgetLines.codesAfter.computeIfAbsent(
                    r.unitCode(), c -> new HashSet<>(budgetLines.current(c).keySet()));
            if (!codes.isEmpty()) {
                if (refusedUnits.add(r.unitCode())) {
                    run.problem(
                            KIND_MONTHS, r.row(), 0, "import.error.kindMonthsWithLines", r.unitCode(), BUDGET_MONTHS);
                }
                continue;
            }
            var now = stored.computeIfAbsent(r.unitCode(), c -> {
                Map<String, BigDecimal> m = new HashMap<>();
                Unit u = run.existing.get(c);
                if (u != null) {
                    budget.findKindMonths(u.id(), run.year)
                            .forEach(x -> m.put(x.kind() + "/" + x.month(), x.realization()));
                }
                return m;
            });
            BigDecimal old = now.get(r.kind() + "/" + r.month());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Realisasi", num(old), num(r.realization()));
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(KIND_MONTHS, r.row(), r.unitCode())) {
                continue;
            }
            sheet.add(
                    r.row(),
                    old == null,
                    r.unitCode(),
                    run.texts.get("import.key.month", String.valueOf(r.kind()), r.month()),
                    fields);
            run.writes.kindMonths.add(new Writes.KindMonthWrite(r.unitCode(), r.kind(), r.month(), r.realization()));
            run.audit(
                    audit,
                    r.unitCode(),
                    r.kind() + "/" + r.month(),
                    old == null ? "-" : num(old),
                    num(r.realization()));
        }
        run.flush(audit, KIND_MONTHS);
        sheet.done(null);
    }
}
