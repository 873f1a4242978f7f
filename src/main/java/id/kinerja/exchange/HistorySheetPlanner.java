package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.HistoryRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.RealizationQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Riwayat sheet: the indicators' realizations and indexes of earlier years. */
@Component
final class HistorySheetPlanner {

    private final RealizationQueries history;
    private final FrameworkCatalog frameworks;

    HistorySheetPlanner(RealizationQueries history, FrameworkCatalog frameworks) {
        this.history = history;
        this.frameworks = frameworks;
    }

    void plan(PlanningContext run) {
        Sheet sheet = run.sheet(HISTORY);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Set<String> knownCodes = new HashSet<>();
        frameworks.all().forEach(v -> frameworks.framework(v.id()).indicators().forEach(i -> knownCodes.add(i.code())));
        Map<String, Map<String, IndicatorHistoryEntry>> current = new HashMap<>();
        Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
        for (HistoryRow r : run.wb.history()) {
            if (!run.knownUnit(HISTORY, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.iku(), r.year()),
                            HISTORY,
                            r.row(),
                            "import.key.ikuYear",
                            r.iku(),
                            String.valueOf(r.year()),
                            r.unitCode())) {
                continue;
            }
            if (!knownCodes.contains(r.iku())) {
                run.problem(HISTORY, r.row(), 1, "import.error.unknownIkuAnywhere", r.iku());
                continue;
            }
            if (r.year() >= run.year) {
                run.problem(
                        HISTORY,
                        r.row(),
                        2,
                        "import.error.historyYear",
                        String.valueOf(r.year()),
                        String.valueOf(run.year));
                continue;
            }
            Map<String, IndicatorHistoryEntry> now = current.computeIfAbsent(r.unitCode(), c -> {
                Map<String, IndicatorHistoryEntry> m = new HashMap<>();
                Unit u = run.existing.get(c);
                if (u != null) {
                    history.history(u.id()).forEach(x -> m.put(x.indicatorCode() + "/" + x.year(), x));
                }
                return m;
            });
            var old = now.get(r.iku() + "/" + r.year());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Realisasi", old == null ? null : num(old.realization()), num(r.realization()));
            diff(fields, "Indeks", old == null ? null : num(old.index()), num(r.index()));
            diff(fields, "Catatan", old == null ? null : old.note(), r.note());
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(HISTORY, r.row(), r.unitCode())) {
                continue;
            }
            sheet.add(r.row(), old == null, r.unitCode(), r.iku() + " " + r.year(), fields);
            run.writes.history.add(
                    new Writes.HistoryWrite(r.unitCode(), r.iku(), r.year(), r.realization(), r.index(), r.note()));
            run.audit(
                    lines,
                    r.unitCode(),
                    r.iku() + " " + r.year(),
                    old == null ? "-" : num(old.realization()),
                    num(r.realization()));
        }
        run.flush(lines, HISTORY);
        sheet.done(null);
    }
}
