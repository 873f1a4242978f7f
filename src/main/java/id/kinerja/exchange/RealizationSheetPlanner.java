package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.byKey;
import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ImportPlan.IndexFlag;
import id.kinerja.exchange.ParsedWorkbook.RealizationRow;
import id.kinerja.exchange.PlanningContext.Rights;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationService;
import id.kinerja.web.PeriodNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The Realisasi sheet: realizations and their reported indexes, the values the plausibility rule doubts, and the
 * reported indexes the engine disagrees with ({@link ReportedIndexFlags}). */
@Component
final class RealizationSheetPlanner {

    private final RealizationQueries realizations;
    private final ReportedIndexFlags reportedIndexFlags;

    RealizationSheetPlanner(RealizationQueries realizations, ReportedIndexFlags reportedIndexFlags) {
        this.realizations = realizations;
        this.reportedIndexFlags = reportedIndexFlags;
    }

    List<IndexFlag> plan(PlanningContext run) {
        Sheet sheet = run.sheet(REALIZATIONS);
        Map<String, BigDecimal> inFile = new HashMap<>();
        run.wb.realizations().forEach(r -> {
            if (r.value() != null) {
                inFile.put(r.unitCode() + "/" + r.iku() + "/" + r.period(), r.value());
            }
        });
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, Map<String, Realization>> current = new HashMap<>();
        Map<String, List<RealizationRow>> byUnit = new LinkedHashMap<>();
        for (RealizationRow r : run.wb.realizations()) {
            if (run.knownUnit(REALIZATIONS, r.row(), r.unitCode())
                    && run.unique(
                            seen,
                            List.of(r.unitCode(), r.iku(), r.period()),
                            REALIZATIONS,
                            r.row(),
                            "import.key.ikuPeriod",
                            r.iku(),
                            PeriodNames.of(r.period()),
                            r.unitCode())) {
                byUnit.computeIfAbsent(r.unitCode(), k -> new ArrayList<>()).add(r);
            }
        }
        List<IndexFlag> flags = new ArrayList<>();
        Map<Long, Map<String, Realization>> stored = new HashMap<>();
        Long[] ids = byUnit.keySet().stream()
                .map(run.existing::get)
                .filter(Objects::nonNull)
                .map(Unit::id)
                .toArray(Long[]::new);
        // one query for every unit of the sheet (the benchmark has hundreds)
        realizations.realizations(java.util.Arrays.asList(ids), run.year).forEach((unitId, list) -> {
            Map<String, Realization> byKey = stored.computeIfAbsent(unitId, k -> new HashMap<>());
            list.forEach(x -> byKey.put(x.indicatorCode() + "/" + x.period(), x));
        });
        Map<Long, Map<String, BigDecimal>> storedReported = new HashMap<>();
        realizations.reportedIndexes(java.util.Arrays.asList(ids), run.year).forEach((unitId, list) -> {
            Map<String, BigDecimal> byKey = storedReported.computeIfAbsent(unitId, k -> new HashMap<>());
            list.forEach(x -> byKey.put(x.indicatorCode() + "/" + x.period(), x.reported()));
        });
        for (var e : byUnit.entrySet()) {
            String unitCode = e.getKey();
            Map<String, PerformanceAgreement.Indicator> indicators = run.agreements.indicatorsAfter(unitCode);
            if (indicators == null) {
                run.problem(
                        REALIZATIONS,
                        e.getValue().getFirst().row(),
                        0,
                        "import.error.noAgreement",
                        unitCode,
                        String.valueOf(run.year),
                        TARGETS);
                continue;
            }
            Framework fw = run.agreements.frameworkFor(unitCode, run.agreements.agreement(unitCode));
            Unit u = run.existing.get(unitCode);
            Map<String, Realization> now = u == null ? new HashMap<>() : stored.getOrDefault(u.id(), new HashMap<>());
            Map<String, BigDecimal> reportedNow = u == null ? Map.of() : storedReported.getOrDefault(u.id(), Map.of());
            current.put(unitCode, now);
            StringBuilder oldLines = new StringBuilder();
            StringBuilder newLines = new StringBuilder();
            for (RealizationRow r : e.getValue()) {
                if (fw.indicator(r.iku()) == null) {
                    run.problem(REALIZATIONS, r.row(), 1, "import.error.unknownIku", r.iku(), fw.id());
                    continue;
                }
                if (!indicators.containsKey(r.iku())) {
                    run.problem(
                            REALIZATIONS,
                            r.row(),
                            1,
                            "import.error.ikuNotAgreed",
                            r.iku(),
                            unitCode,
                            String.valueOf(run.year));
                    continue;
                }
                Realization old = now.get(r.iku() + "/" + r.period());
                List<FieldChange> fields = new ArrayList<>();
                diff(fields, "Realisasi", old == null ? null : num(old.value()), num(r.value()));
                diff(fields, "Catatan", old == null ? null : old.note(), r.note());
                boolean realizationChanged = !fields.isEmpty();
                // the reported index is kept apart from the realization: changing only it rewrites nothing else
                BigDecimal oldReported = reportedNow.get(r.iku() + "/" + r.period());
                boolean reportedChanged = oldReported == null
                        ? r.reportedIndex() != null
                        : r.reportedIndex() == null || oldReported.compareTo(r.reportedIndex()) != 0;
                if (reportedChanged) {
                    diff(fields, "Indeks dilaporkan", num(oldReported), num(r.reportedIndex()));
                }
                if (fields.isEmpty()) {
                    sheet.unchanged++;
                    continue;
                }
                if (!run.mayChange(REALIZATIONS, r.row(), unitCode)) {
                    continue;
                }
                Rights rights = run.rights(unitCode);
                if (!realizationChanged) {
                    sheet.add(r.row(), false, unitCode, r.iku() + " " + r.period(), fields);
                    run.writes.reportedIndexes.add(
                            new Writes.ReportedIndexWrite(unitCode, r.iku(), r.period(), r.reportedIndex()));
                    continue;
                }
                if (old != null && (rights.step() == null || !rights.step().allowedFrom(old.status()))) {
                    run.problem(REALIZATIONS, r.row(), 4, "import.error.approved", r.iku(), PeriodNames.of(r.period()));
                    continue;
                }
                sheet.add(r.row(), old == null, unitCode, r.iku() + " " + r.period(), fields);
                doubt(run, r, fw, now, inFile);
                run.writes.realizations.add(new Writes.RealizationWrite(
                        unitCode, r.iku(), r.period(), r.value(), r.note(), rights.status()));
                if (reportedChanged) {
                    run.writes.reportedIndexes.add(
                            new Writes.ReportedIndexWrite(unitCode, r.iku(), r.period(), r.reportedIndex()));
                }
                oldLines.append(r.iku())
                        .append(' ')
                        .append(r.period())
                        .append(": ")
                        .append(old == null ? "-" : num(old.value()))
                        .append('\n');
                newLines.append(r.iku())
                        .append(' ')
                        .append(r.period())
                        .append(": ")
                        .append(num(r.value()))
                        .append(" (")
                        .append(rights.status())
                        .append(")\n");
            }
            if (!oldLines.isEmpty()) {
                run.writes.audit.add(
                        new Writes.AuditEntry(unitCode, REALIZATIONS, oldLines.toString(), newLines.toString()));
            }
            if (run.problems.isEmpty()) {
                flags.addAll(reportedIndexFlags.flags(run, unitCode, fw, indicators, now, e.getValue()));
            }
        }
        sheet.done(null);
        return flags;
    }

    /**
     * Flags a realization the realization module's plausibility rule doubts (the same rule as the web form); the
     * previous period's value is the one in the file, else the stored one.
     */
    void doubt(
            PlanningContext run,
            RealizationRow r,
            Framework fw,
            Map<String, Realization> now,
            Map<String, BigDecimal> inFile) {
        Period before = r.period().previous();
        BigDecimal previous = null;
        if (before != null) {
            previous = inFile.get(r.unitCode() + "/" + r.iku() + "/" + before);
            Realization stored = now.get(r.iku() + "/" + before);
            if (previous == null && stored != null) {
                previous = stored.value();
            }
        }
        List<MessageSourceResolvable> doubts =
                RealizationService.plausibility(fw.indicator(r.iku()), r.period(), r.value(), previous);
        if (!doubts.isEmpty()) {
            String why = doubts.stream().map(run.texts::get).collect(Collectors.joining("; "));
            run.implausible.add(new ImportPlan.ImplausibleValue(
                    r.row(),
                    r.unitCode(),
                    r.iku(),
                    r.period().name(),
                    r.value(),
                    run.texts.get("exchange.implausible.row", r.iku(), PeriodNames.of(r.period()), why)));
        }
    }
}
