package id.kinerja.exchange;

import id.kinerja.agreement.AgreementImports;
import id.kinerja.agreement.ImportedTargets;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.agreement.PlanningReferences;
import id.kinerja.agreement.TargetsRefusedException;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.budget.BudgetKindMonth;
import id.kinerja.budget.BudgetMonth;
import id.kinerja.budget.BudgetService;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.UnitRefusedException;
import id.kinerja.organisation.Units;
import id.kinerja.realization.ImportedRealization;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.RealizationImports;
import id.kinerja.realization.RealizationService;
import id.kinerja.realization.ReportedIndexWrite;
import id.kinerja.recognition.Recognitions;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueMonth;
import id.kinerja.revenue.RevenueService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Writes a plan. Always called inside the import's single transaction ({@link ImportService}): any failure rolls
 * everything back. Every table is written by the module that owns it; the large sheets (realizations, their audit
 * entries, revenue months) through those modules' bulk writes, one statement each.
 */
@Component
class ImportApplier {

    static final String SOURCE = "IMPORT";

    private final Units units;
    private final AgreementImports agreements;
    private final RealizationImports realizations;
    private final RevenueService revenue;
    private final BudgetService budget;
    private final Recognitions recognitions;
    private final AuditLog audit;
    private final PlanningReferences planning;

    ImportApplier(
            Units units,
            AgreementImports agreements,
            RealizationImports realizations,
            RevenueService revenue,
            BudgetService budget,
            Recognitions recognitions,
            AuditLog audit,
            PlanningReferences planning) {
        this.planning = planning;
        this.units = units;
        this.agreements = agreements;
        this.realizations = realizations;
        this.revenue = revenue;
        this.budget = budget;
        this.recognitions = recognitions;
        this.audit = audit;
    }

    void apply(Writes w, ImportPlan plan, ImportActor actor, ImportTexts texts) {
        String username = actor.username();
        String reason = "Impor Excel '" + plan.fileName() + "' (sha256 " + plan.sha256() + ")";
        Map<String, Long> ids = new HashMap<>();
        Set<Long> createdUnits = new HashSet<>();
        // through the organisation's rules, as on the web: type, tree, rights; each change audited there
        UnitEditor editor = actor.unitEditor();
        try {
            for (NewUnit n : w.newUnits) {
                Unit u = units.create(editor, n, reason);
                ids.put(u.code(), u.id());
                createdUnits.add(u.id());
            }
            for (Writes.UnitUpdate up : w.unitUpdates) {
                Unit old = units.findByCode(up.code()).orElseThrow();
                units.update(editor, old.code(), up.values().keeping(old, units.staff(old.id())), reason);
            }
        } catch (UnitRefusedException | AccessDeniedException e) {
            throw new ImportRejectedException(
                    List.of(texts.sheet(WorkbookLayout.UNITS, "import.error.unitRefused", e.getMessage())));
        }
        java.util.function.Function<String, Long> id = code ->
                ids.computeIfAbsent(code, c -> units.findByCode(c).orElseThrow().id());
        List<ImportedTargets> targets = new ArrayList<>();
        Map<Long, String> unitCodes = new HashMap<>();
        for (Writes.AgreementWrite a : w.agreements) {
            long unitId = id.apply(a.unitCode());
            unitCodes.put(unitId, a.unitCode());
            targets.add(new ImportedTargets(unitId, a.agreementId(), a.frameworkVersionId(), a.indicators()));
        }
        try {
            agreements.importTargets(plan.year(), targets, username, reason);
        } catch (TargetsRefusedException e) {
            throw refused(e, unitCodes.get(e.unitId()), texts);
        }
        // through the workflow: it decides the state each value enters and refuses what it forbids
        List<ImportedRealization> imported = new ArrayList<>();
        for (Writes.RealizationWrite r : w.realizations) {
            imported.add(new ImportedRealization(
                    id.apply(r.unitCode()), r.unitCode(), r.indicator(), r.period(), r.value(), r.note()));
        }
        realizations.importAll(actor.user(), username, plan.year(), imported, createdUnits, SOURCE, reason);
        // the offices' own indexes beside them, for every later consistency check
        List<ReportedIndexWrite> reported = new ArrayList<>();
        List<AuditLog.Entry> reportedAudit = new ArrayList<>();
        for (Writes.ReportedIndexWrite r : w.reportedIndexes) {
            long unitId = id.apply(r.unitCode());
            reported.add(new ReportedIndexWrite(unitId, r.indicator(), r.period(), r.reported()));
            reportedAudit.add(new AuditLog.Entry(
                    unitId,
                    RealizationService.key(plan.year(), r.indicator(), r.period()),
                    r.reported() == null ? "-" : r.reported().toPlainString()));
        }
        realizations.saveReportedIndexes(plan.year(), reported, username);
        audit.recordAll(username, "reported_index", AuditAction.IMPORT, reason, reportedAudit);
        for (Writes.HistoryWrite h : w.history) {
            realizations.saveHistory(
                    id.apply(h.unitCode()),
                    new IndicatorHistoryEntry(h.indicator(), h.year(), h.realization(), h.index(), h.note()));
        }
        // the Renstra sheet per unit, by the planning references' own rules (the agreements above are written)
        Map<String, List<PlanningReference>> refs = new java.util.LinkedHashMap<>();
        for (Writes.PlanningWrite p : w.planning) {
            refs.computeIfAbsent(p.unitCode(), k -> new ArrayList<>())
                    .add(new PlanningReference(
                            p.indicator(), p.renstra(), p.rpjmn(), p.nationalStandard(), p.source()));
        }
        refs.forEach((unitCode, list) -> planning.importAll(id.apply(unitCode), plan.year(), list, username, reason));
        for (Writes.RevenueWrite r : w.revenue) {
            revenue.saveLine(
                    id.apply(r.unitCode()), new RevenueLine(r.year(), r.taxType(), r.target(), r.realization()));
        }
        List<Long> monthUnits = new ArrayList<>();
        List<RevenueMonth> months = new ArrayList<>();
        for (Writes.RevenueMonthWrite x : w.revenueMonths) {
            monthUnits.add(id.apply(x.unitCode()));
            months.add(new RevenueMonth(plan.year(), x.taxType(), x.month(), x.realization()));
        }
        revenue.saveMonths(plan.year(), monthUnits, months);
        for (Writes.RevenueNetWrite n : w.revenueNets) {
            revenue.saveTotal(id.apply(n.unitCode()), n.total());
        }
        for (Writes.RevenueActivityWrite a : w.revenueActivities) {
            revenue.saveActivity(id.apply(a.unitCode()), a.figures());
        }
        for (Writes.BudgetWrite b : w.budget) {
            budget.saveLine(id.apply(b.unitCode()), b.line(), b.sortOrder());
        }
        for (Writes.BudgetMonthWrite bm : w.budgetMonths) {
            if (!budget.saveMonth(
                    id.apply(bm.unitCode()), new BudgetMonth(plan.year(), bm.code(), bm.month(), bm.realization()))) {
                throw new IllegalStateException("DIPA line missing after import: " + bm.code());
            }
        }
        for (Writes.KindWrite k : w.kinds) {
            budget.saveKind(id.apply(k.unitCode()), k.kind());
        }
        for (Writes.KindMonthWrite km : w.kindMonths) {
            budget.saveKindMonth(
                    id.apply(km.unitCode()), new BudgetKindMonth(plan.year(), km.kind(), km.month(), km.realization()));
        }
        for (Writes.AwardWrite a : w.awards) {
            recognitions.importAward(id.apply(a.unitCode()), a.id(), a.award());
        }
        for (Writes.InnovationWrite n : w.innovations) {
            recognitions.importInnovation(id.apply(n.unitCode()), n.id(), n.innovation());
        }
        for (Writes.AuditEntry a : w.audit) {
            audit.record(
                    username,
                    id.apply(a.unitCode()),
                    "import",
                    plan.year() + "/" + a.sheet(),
                    AuditAction.IMPORT,
                    a.oldLines(),
                    a.newLines(),
                    reason);
        }
    }

    /**
     * The agreement's refusal of imported targets as the import's: sheet 'Target', the unit and the IKU with the
     * editor's reason (the same rule as the web form), or the draft that stopped being one.
     */
    private static ImportRejectedException refused(TargetsRefusedException e, String unitCode, ImportTexts texts) {
        if (e.noLongerDraft()) {
            return new ImportRejectedException(
                    List.of(texts.sheet(WorkbookLayout.TARGETS, "import.error.notDraftAnymore", unitCode)));
        }
        return new ImportRejectedException(List.of(texts.sheet(
                WorkbookLayout.TARGETS,
                "import.error.targetRefused",
                unitCode,
                e.indicatorCode(),
                new DefaultMessageSourceResolvable(new String[] {e.code()}, e.args(), e.code()))));
    }
}
