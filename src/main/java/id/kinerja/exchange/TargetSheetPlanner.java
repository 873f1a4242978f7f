package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.AgreementImports;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.TargetRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import id.kinerja.scoring.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The Target sheet: each unit's agreement of the year after the import (a new DRAFT, a draft changed in place; a
 * SIGNED agreement refused unless identical). Each changed IKU obeys the agreement's own rules
 * ({@link AgreementImports#refusal}, the same as the PK form's), or its row is refused. */
@Component
final class TargetSheetPlanner {

    private final AgreementImports agreementRules;

    TargetSheetPlanner(AgreementImports agreementRules) {
        this.agreementRules = agreementRules;
    }

    void plan(PlanningContext run) {
        Sheet sheet = run.sheet(TARGETS);
        Map<List<String>, Integer> seen = new HashMap<>();
        Map<String, List<TargetRow>> byUnit = new LinkedHashMap<>();
        for (TargetRow r : run.wb.targets()) {
            if (run.knownUnit(TARGETS, r.row(), r.unitCode())
                    && run.unique(
                            seen,
                            List.of(r.unitCode(), r.iku()),
                            TARGETS,
                            r.row(),
                            "import.key.iku",
                            r.iku(),
                            r.unitCode())) {
                byUnit.computeIfAbsent(r.unitCode(), k -> new ArrayList<>()).add(r);
            }
        }
        for (var e : byUnit.entrySet()) {
            String unitCode = e.getKey();
            PerformanceAgreement pk = run.agreements.agreement(unitCode);
            Framework fw = run.agreements.frameworkFor(unitCode, pk);
            if (fw == null) {
                run.problem(
                        TARGETS,
                        e.getValue().getFirst().row(),
                        1,
                        "import.error.noFramework",
                        String.valueOf(run.year));
                continue;
            }
            Map<String, PerformanceAgreement.Indicator> indicators = new LinkedHashMap<>();
            if (pk != null) {
                pk.indicators().forEach(i -> indicators.put(i.code(), i));
            }
            boolean changed = false;
            StringBuilder oldLines = new StringBuilder();
            StringBuilder newLines = new StringBuilder();
            for (TargetRow r : e.getValue()) {
                if (fw.indicator(r.iku()) == null) {
                    run.problem(TARGETS, r.row(), 1, "import.error.unknownIku", r.iku(), fw.id());
                    continue;
                }
                PerformanceAgreement.Indicator old = indicators.get(r.iku());
                List<FieldChange> fields = new ArrayList<>();
                diff(fields, "Bobot", old == null ? null : num(old.weight()), num(r.weight()));
                Map<Period, Target> targets = new EnumMap<>(Period.class);
                for (String p : PERIODS) {
                    Period period = Period.valueOf(p);
                    Target ot = old == null ? null : old.targets().get(period);
                    BigDecimal nv = r.targets().get(period);
                    diff(fields, "Target " + p, ot == null ? null : num(ot.value()), num(nv));
                    if (nv != null) {
                        targets.put(period, ot != null && ot.value().compareTo(nv) == 0 ? ot : new Target(nv, null));
                    }
                }
                if (fields.isEmpty()) {
                    sheet.unchanged++;
                    continue;
                }
                if (pk != null && pk.status() == AgreementStatus.SIGNED) {
                    run.problem(
                            TARGETS,
                            r.row(),
                            1,
                            "import.error.signed",
                            unitCode,
                            String.valueOf(run.year),
                            pk.version(),
                            "/units/" + unitCode + "/agreement?run.year=" + run.year);
                    continue;
                }
                if (!run.mayChange(TARGETS, r.row(), unitCode)) {
                    continue;
                }
                PerformanceAgreement.Indicator planned =
                        new PerformanceAgreement.Indicator(r.iku(), r.weight(), targets);
                var refusal = agreementRules.refusal(fw, planned);
                if (refusal.isPresent()) {
                    run.problem(TARGETS, r.row(), 1, "import.error.targetRefused", unitCode, r.iku(), refusal.get());
                    continue;
                }
                changed = true;
                indicators.put(r.iku(), planned);
                sheet.add(r.row(), old == null, unitCode, r.iku(), fields);
                oldLines.append(r.iku())
                        .append(": ")
                        .append(old == null ? "-" : describe(old))
                        .append('\n');
                newLines.append(r.iku())
                        .append(": ")
                        .append(describe(indicators.get(r.iku())))
                        .append('\n');
            }
            run.agreements.plannedIndicators.put(unitCode, indicators);
            if (changed) {
                run.agreements.targetsChanged.add(unitCode);
                long fwId = pk != null
                        ? pk.frameworkVersionId()
                        : run.agreements.frameworkVersionOfYear().id();
                run.writes.agreements.add(new Writes.AgreementWrite(
                        unitCode, pk == null ? null : pk.id(), fwId, List.copyOf(indicators.values())));
                run.writes.audit.add(
                        new Writes.AuditEntry(unitCode, TARGETS, oldLines.toString(), newLines.toString()));
            }
        }
        sheet.done(null);
    }

    String describe(PerformanceAgreement.Indicator i) {
        StringBuilder b = new StringBuilder("bobot ").append(num(i.weight()));
        for (String p : PERIODS) {
            Target t = i.targets().get(Period.valueOf(p));
            if (t != null) {
                b.append(", ").append(p).append(' ').append(num(t.value()));
            }
        }
        return b.toString();
    }
}
