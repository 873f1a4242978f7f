package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.AgreementRepository;
import id.kinerja.budget.BudgetRepository;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ImportPlan.IndexFlag;
import id.kinerja.exchange.ParsedWorkbook.BudgetMonthRow;
import id.kinerja.exchange.ParsedWorkbook.BudgetRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Validates parsed rows against the database and works out what would change. Reads only. Rules (README.md,
 * "Excel"):
 * <ul>
 *   <li>Every row is matched by its key (unit + IKU + period, unit + tax type + month, ...); a key twice in a sheet
 *       is an error naming both rows. Rows absent from the workbook are left as they are (nothing is deleted).</li>
 *   <li>A unit's data may be changed by its performance administrator (realizations enter as VERIFIED, awaiting the
 *       head's approval; APPROVED when that account is also the head) or by an administrator of it or a unit above
 *       it (APPROVED). A unit created by the same workbook may be filled by whoever may create it (the Kanwil's
 *       performance administrator onboarding an office): its realizations enter APPROVED, since the new office has
 *       no workflow yet. Only an administrator may change an already approved realization. The source of every
 *       imported realization is {@code IMPORT}; the audit trail records the account, file name and sha256.</li>
 *   <li>Unit rows: a new unit needs a performance administrator or administrator of its parent or a unit above;
 *       changing a unit needs an administrator of it or above, or a performance administrator of a unit above.</li>
 *   <li>Targets: a unit without an agreement for the year gets a DRAFT agreement under the framework of that year;
 *       a draft is changed in place; a SIGNED agreement is refused unless identical (revise it in the PK editor).
 *       A target row gives the IKU's whole state: an empty period cell means "no target for that period".</li>
 * </ul>
 */
@Service
class ImportPlanner {

    private final UnitRepository units;
    private final UnitAccess access;
    private final AgreementRepository agreements;
    private final FrameworkCatalog frameworks;
    private final UnitSheetPlanner unitSheet;
    private final TargetSheetPlanner targetSheet;
    private final RealizationSheetPlanner realizationSheet;
    private final ReportedIndexFlags reportedIndexFlags;
    private final HistorySheetPlanner historySheet;
    private final RevenueSheetPlanner revenueSheet;
    private final RevenueMonthSheetPlanner revenueMonthSheet;
    private final BudgetRepository budget;

    ImportPlanner(
            UnitRepository units,
            UnitAccess access,
            AgreementRepository agreements,
            FrameworkCatalog frameworks,
            UnitSheetPlanner unitSheet,
            TargetSheetPlanner targetSheet,
            RealizationSheetPlanner realizationSheet,
            ReportedIndexFlags reportedIndexFlags,
            HistorySheetPlanner historySheet,
            RevenueSheetPlanner revenueSheet,
            RevenueMonthSheetPlanner revenueMonthSheet,
            BudgetRepository budget) {
        this.units = units;
        this.access = access;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.unitSheet = unitSheet;
        this.targetSheet = targetSheet;
        this.realizationSheet = realizationSheet;
        this.reportedIndexFlags = reportedIndexFlags;
        this.historySheet = historySheet;
        this.revenueSheet = revenueSheet;
        this.revenueMonthSheet = revenueMonthSheet;
        this.budget = budget;
    }

    record Planned(ImportPlan plan, Writes writes) {}

    /** The plan, or {@link ImportRejectedException} with every problem. */
    Planned plan(ParsedWorkbook wb, String fileName, String sha256, ImportActor actor, ImportTexts texts) {
        PlanningContext run = new PlanningContext(wb, actor, texts, units.findAll(), access, agreements, frameworks);
        if (wb.unitCode() != null
                && !run.existing.containsKey(wb.unitCode())
                && wb.units().stream().noneMatch(u -> u.code().equals(wb.unitCode()))) {
            run.problems.add(
                    texts.problem(GUIDE, null, "B", GUIDE_UNIT, "import.error.unknownUnit", wb.unitCode(), UNITS));
        }
        unitSheet.plan(run);
        run.agreements.prefetchAgreements();
        targetSheet.plan(run);
        List<IndexFlag> flags = realizationSheet.plan(run);
        historySheet.plan(run);
        Set<String> taxTypes = revenueSheet.plan(run);
        revenueMonthSheet.plan(run, taxTypes);
        BudgetLines budgetLines = budgetSheet(run);
        budgetMonthSheet(run, budgetLines);
        if (!run.problems.isEmpty()) {
            throw new ImportRejectedException(
                    run.problems.size() > MAX_PROBLEMS ? run.problems.subList(0, MAX_PROBLEMS) : run.problems);
        }
        List<String> notes = new ArrayList<>();
        Set<String> statuses = new java.util.TreeSet<>();
        run.writes.realizations.forEach(r -> statuses.add(r.status().name()));
        for (var w : run.writes.agreements) {
            if (w.agreementId() == null) {
                notes.add(texts.get("import.note.draftAgreement", w.unitCode(), String.valueOf(run.year), TARGETS));
            }
        }
        return new Planned(
                new ImportPlan(
                        fileName,
                        sha256,
                        wb.unitCode(),
                        run.year,
                        statuses.isEmpty() ? null : String.join(", ", statuses),
                        List.copyOf(run.sheets),
                        flags,
                        notes,
                        List.copyOf(run.implausible),
                        texts.locale().toLanguageTag()),
                run.writes);
    }

    BudgetLines budgetSheet(PlanningContext run) {
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
                    new BudgetRepository.Line(
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

    void budgetMonthSheet(PlanningContext run, BudgetLines budgetLines) {
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
