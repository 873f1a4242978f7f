package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.agreement.PlanningReferences;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.PlanningRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.organisation.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Renstra sheet: the Renstra DJP / RPJMN targets and national standard of each IKU of the year's agreement, by
 * the rules of {@link PlanningReferences} (an IKU of the unit's agreement after this import, no negative figure, a
 * source of at most {@value PlanningReferences#SOURCE_LENGTH} characters), row by row before anything is written.
 */
@Component
final class PlanningSheetPlanner {

    private final PlanningReferences references;

    PlanningSheetPlanner(PlanningReferences references) {
        this.references = references;
    }

    void plan(PlanningContext run) {
        Sheet sheet = run.sheet(PLANNING);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, Map<String, PlanningReference>> current = new HashMap<>();
        Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
        for (PlanningRow r : run.wb.planning()) {
            if (!run.knownUnit(PLANNING, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.iku()),
                            PLANNING,
                            r.row(),
                            "import.key.iku",
                            r.iku(),
                            r.unitCode())) {
                continue;
            }
            Map<String, PerformanceAgreement.Indicator> agreed = run.agreements.indicatorsAfter(r.unitCode());
            if (agreed == null) {
                run.problem(
                        PLANNING,
                        r.row(),
                        0,
                        "import.error.noAgreement",
                        r.unitCode(),
                        String.valueOf(run.year),
                        TARGETS);
                continue;
            }
            if (!agreed.containsKey(r.iku())) {
                run.problem(
                        PLANNING,
                        r.row(),
                        1,
                        "import.error.ikuNotAgreed",
                        r.iku(),
                        r.unitCode(),
                        String.valueOf(run.year));
                continue;
            }
            if (negative(run, r)) {
                continue;
            }
            if (r.source() != null && r.source().strip().length() > PlanningReferences.SOURCE_LENGTH) {
                run.problem(
                        PLANNING,
                        r.row(),
                        6,
                        "import.error.planningSource",
                        String.valueOf(PlanningReferences.SOURCE_LENGTH));
                continue;
            }
            Map<String, PlanningReference> now = current.computeIfAbsent(r.unitCode(), c -> {
                Unit u = run.existing.get(c);
                return u == null ? Map.of() : references.of(u.id(), run.year);
            });
            PlanningReference old = now.get(r.iku());
            // an IKU's row left empty (as exported when nothing is recorded) records nothing; with a source alone
            // it records that the documents set no target for the IKU
            boolean empty = r.renstra() == null
                    && r.rpjmn() == null
                    && r.nationalStandard() == null
                    && (r.source() == null || r.source().isBlank());
            if (old == null && empty) {
                sheet.unchanged++;
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Target Renstra", old == null ? null : num(old.renstraTarget()), num(r.renstra()));
            diff(fields, "Target RPJMN", old == null ? null : num(old.rpjmnTarget()), num(r.rpjmn()));
            diff(
                    fields,
                    "Standar Nasional",
                    old == null ? null : num(old.nationalStandard()),
                    num(r.nationalStandard()));
            diff(fields, "Sumber", old == null ? null : old.source(), r.source());
            if (old != null && fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(PLANNING, r.row(), r.unitCode())) {
                continue;
            }
            sheet.add(r.row(), old == null, r.unitCode(), r.iku(), fields);
            run.writes.planning.add(new Writes.PlanningWrite(
                    r.unitCode(), r.iku(), r.renstra(), r.rpjmn(), r.nationalStandard(), r.source()));
            run.audit(
                    lines,
                    r.unitCode(),
                    r.iku(),
                    old == null ? "-" : num(old.renstraTarget()) + "/" + num(old.rpjmnTarget()),
                    num(r.renstra()) + "/" + num(r.rpjmn()));
        }
        run.flush(lines, PLANNING);
        sheet.done(null);
    }

    private static boolean negative(PlanningContext run, PlanningRow r) {
        Object[][] cells = {{r.renstra(), 3}, {r.rpjmn(), 4}, {r.nationalStandard(), 5}};
        for (Object[] c : cells) {
            if (c[0] != null && ((java.math.BigDecimal) c[0]).signum() < 0) {
                run.problem(PLANNING, r.row(), (Integer) c[1], "import.error.planningNegative", r.iku());
                return true;
            }
        }
        return false;
    }
}
