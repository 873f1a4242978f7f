package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.AwardRow;
import id.kinerja.exchange.ParsedWorkbook.InnovationRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.organisation.Unit;
import id.kinerja.recognition.Award;
import id.kinerja.recognition.AwardInput;
import id.kinerja.recognition.Innovation;
import id.kinerja.recognition.InnovationInput;
import id.kinerja.recognition.RecognitionRefused;
import id.kinerja.recognition.Recognitions;
import id.kinerja.recognition.StoredAward;
import id.kinerja.recognition.StoredInnovation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Penghargaan and Inovasi sheets (LAKIN chapter III.D): one row per award or innovation of a unit's year, by its
 * number in the year's list (No, 1-based). A number the unit already has changes that item (its attachment stays); a
 * higher number adds one at the end, in number order; an item whose number is not in the sheet is kept. Each row is
 * checked by the recognition module's rules ({@link Recognitions#award}, {@link Recognitions#innovation}), the
 * refusal naming the column. Attachments are added on the web or through the API, not in the workbook.
 */
@Component
final class RecognitionSheetPlanner {

    /** The column of each field the recognition module names in a refusal. */
    private static final Map<String, Integer> AWARD_COLUMNS =
            Map.of("title", 2, "giver", 3, "date", 4, "description", 5);

    private static final Map<String, Integer> INNOVATION_COLUMNS =
            Map.of("name", 2, "longName", 3, "description", 4, "goals", 5);

    private final Recognitions recognitions;

    RecognitionSheetPlanner(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    void plan(PlanningContext run) {
        planAwards(run);
        planInnovations(run);
    }

    private void planAwards(PlanningContext run) {
        Sheet sheet = run.sheet(AWARDS);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, List<StoredAward>> stored = new HashMap<>();
        Map<String, StringBuilder[]> audit = new LinkedHashMap<>();
        List<AwardRow> rows = new ArrayList<>(run.wb.awards());
        rows.sort(Comparator.comparing(AwardRow::unitCode).thenComparingInt(AwardRow::position));
        for (AwardRow r : rows) {
            if (!run.knownUnit(AWARDS, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.position()),
                            AWARDS,
                            r.row(),
                            "import.key.recognition",
                            r.position(),
                            r.unitCode())) {
                continue;
            }
            Award award;
            try {
                award = Recognitions.award(run.year, new AwardInput(r.title(), r.giver(), r.date(), r.description()));
            } catch (RecognitionRefused e) {
                run.problem(AWARDS, r.row(), AWARD_COLUMNS.getOrDefault(e.field(), 1), e.code(), e.args());
                continue;
            }
            List<StoredAward> now = stored.computeIfAbsent(r.unitCode(), c -> {
                Unit u = run.existing.get(c);
                return u == null ? List.of() : recognitions.storedAwards(u.id(), run.year);
            });
            StoredAward old = r.position() <= now.size() ? now.get(r.position() - 1) : null;
            List<FieldChange> fields = new ArrayList<>();
            Award was = old == null ? null : old.award();
            diff(fields, "Nama Penghargaan", was == null ? null : was.title(), award.title());
            diff(fields, "Pemberi", was == null ? null : was.giver(), award.giver());
            diff(
                    fields,
                    "Tanggal",
                    was == null || was.date() == null ? null : was.date().toString(),
                    award.date() == null ? null : award.date().toString());
            diff(fields, "Uraian", was == null ? null : was.description(), award.description());
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(AWARDS, r.row(), r.unitCode())) {
                continue;
            }
            sheet.add(r.row(), old == null, r.unitCode(), String.valueOf(r.position()), fields);
            run.writes.awards.add(new Writes.AwardWrite(r.unitCode(), old == null ? null : old.id(), award));
            run.audit(audit, r.unitCode(), "no " + r.position(), was == null ? "-" : was.title(), award.title());
        }
        run.flush(audit, AWARDS);
        sheet.done(null);
    }

    private void planInnovations(PlanningContext run) {
        Sheet sheet = run.sheet(INNOVATIONS);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, List<StoredInnovation>> stored = new HashMap<>();
        Map<String, StringBuilder[]> audit = new LinkedHashMap<>();
        List<InnovationRow> rows = new ArrayList<>(run.wb.innovations());
        rows.sort(Comparator.comparing(InnovationRow::unitCode).thenComparingInt(InnovationRow::position));
        for (InnovationRow r : rows) {
            if (!run.knownUnit(INNOVATIONS, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), r.position()),
                            INNOVATIONS,
                            r.row(),
                            "import.key.recognition",
                            r.position(),
                            r.unitCode())) {
                continue;
            }
            Innovation innovation;
            try {
                innovation = Recognitions.innovation(
                        run.year, new InnovationInput(r.name(), r.longName(), r.description(), r.goals()));
            } catch (RecognitionRefused e) {
                run.problem(INNOVATIONS, r.row(), INNOVATION_COLUMNS.getOrDefault(e.field(), 1), e.code(), e.args());
                continue;
            }
            List<StoredInnovation> now = stored.computeIfAbsent(r.unitCode(), c -> {
                Unit u = run.existing.get(c);
                return u == null ? List.of() : recognitions.storedInnovations(u.id(), run.year);
            });
            StoredInnovation old = r.position() <= now.size() ? now.get(r.position() - 1) : null;
            Innovation was = old == null ? null : old.innovation();
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Nama Inovasi", was == null ? null : was.name(), innovation.name());
            diff(fields, "Kepanjangan", was == null ? null : was.longName(), innovation.longName());
            diff(fields, "Uraian", was == null ? null : was.description(), innovation.description());
            diff(
                    fields,
                    "Tujuan",
                    was == null ? null : String.join("\n", was.goals()),
                    String.join("\n", innovation.goals()));
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (!run.mayChange(INNOVATIONS, r.row(), r.unitCode())) {
                continue;
            }
            sheet.add(r.row(), old == null, r.unitCode(), String.valueOf(r.position()), fields);
            run.writes.innovations.add(
                    new Writes.InnovationWrite(r.unitCode(), old == null ? null : old.id(), innovation));
            run.audit(audit, r.unitCode(), "no " + r.position(), was == null ? "-" : was.name(), innovation.name());
        }
        run.flush(audit, INNOVATIONS);
        sheet.done(null);
    }
}
