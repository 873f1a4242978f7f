package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.exchange.ImportPlan.IndexFlag;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.RealizationImports;
import java.util.ArrayList;
import java.util.List;
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
    // The sheets are planned in the order of WorkbookLayout.DATA_SHEETS, each by its planner over one
    // PlanningContext; the rules of each sheet are in its planner.

    private final Units units;
    private final UnitAccess access;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;
    private final RealizationImports realizationImports;
    private final UnitSheetPlanner unitSheet;
    private final TargetSheetPlanner targetSheet;
    private final RealizationSheetPlanner realizationSheet;
    private final HistorySheetPlanner historySheet;
    private final PlanningSheetPlanner planningSheet;
    private final RevenueSheetPlanner revenueSheet;
    private final RevenueMonthSheetPlanner revenueMonthSheet;
    private final RevenueFigureSheetPlanner revenueFigureSheet;
    private final BudgetSheetPlanner budgetSheet;
    private final BudgetMonthSheetPlanner budgetMonthSheet;
    private final KindSheetPlanner kindSheet;
    private final RecognitionSheetPlanner recognitionSheet;

    ImportPlanner(
            Units units,
            UnitAccess access,
            Agreements agreements,
            FrameworkCatalog frameworks,
            RealizationImports realizationImports,
            UnitSheetPlanner unitSheet,
            TargetSheetPlanner targetSheet,
            RealizationSheetPlanner realizationSheet,
            HistorySheetPlanner historySheet,
            RevenueSheetPlanner revenueSheet,
            RevenueMonthSheetPlanner revenueMonthSheet,
            RevenueFigureSheetPlanner revenueFigureSheet,
            BudgetSheetPlanner budgetSheet,
            BudgetMonthSheetPlanner budgetMonthSheet,
            KindSheetPlanner kindSheet,
            RecognitionSheetPlanner recognitionSheet,
            PlanningSheetPlanner planningSheet) {
        this.planningSheet = planningSheet;
        this.units = units;
        this.access = access;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.realizationImports = realizationImports;
        this.unitSheet = unitSheet;
        this.targetSheet = targetSheet;
        this.realizationSheet = realizationSheet;
        this.historySheet = historySheet;
        this.revenueSheet = revenueSheet;
        this.revenueMonthSheet = revenueMonthSheet;
        this.revenueFigureSheet = revenueFigureSheet;
        this.budgetSheet = budgetSheet;
        this.budgetMonthSheet = budgetMonthSheet;
        this.kindSheet = kindSheet;
        this.recognitionSheet = recognitionSheet;
    }

    record Planned(ImportPlan plan, Writes writes) {}

    /** The plan, or {@link ImportRejectedException} with every problem. */
    Planned plan(ParsedWorkbook wb, String fileName, String sha256, ImportActor actor, ImportTexts texts) {
        PlanningContext run = new PlanningContext(
                wb, actor, texts, units.findAll(), access, agreements, frameworks, realizationImports);
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
        planningSheet.plan(run);
        Set<String> taxTypes = revenueSheet.plan(run);
        revenueMonthSheet.plan(run, taxTypes);
        revenueFigureSheet.plan(run);
        BudgetLines budgetLines = budgetSheet.plan(run);
        budgetMonthSheet.plan(run, budgetLines);
        kindSheet.plan(run, budgetLines);
        recognitionSheet.plan(run);
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
}
