package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.account.UnitAccess;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.UnitRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.UnitRefusedException;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Unit sheet: new units and changes of stored ones, parents before children (rights in the class comment of
 * {@link ImportPlanner}). */
@Component
final class UnitSheetPlanner {

    /** The sheet's column of each field the organisation's rules name (UnitRefusedException#field). */
    private static final Map<String, Integer> COLUMNS = Map.of(
            "code", 0,
            "name", 1,
            "type", 2,
            "parentCode", 3,
            "officialCode", 4,
            "headName", 5,
            "areas", 6,
            "address", 7,
            "staffCount", 8);

    private final UnitAccess access;
    private final Units units;

    UnitSheetPlanner(UnitAccess access, Units units) {
        this.access = access;
        this.units = units;
    }

    void plan(PlanningContext run) {
        Sheet sheet = run.sheet(UNITS);
        Map<String, Integer> seen = new HashMap<>();
        List<UnitRow> rows = new ArrayList<>();
        for (UnitRow r : run.wb.units()) {
            if (run.unique(seen, r.code(), UNITS, r.row(), "import.key.unit", r.code())) {
                rows.add(r);
                if (!run.existing.containsKey(r.code())) {
                    run.created.put(r.code(), r);
                }
            }
        }
        for (UnitRow r : rows) {
            if (r.parentCode() != null && r.parentCode().equals(r.code())) {
                run.problem(UNITS, r.row(), 3, "import.error.ownParent");
                continue;
            }
            if (r.parentCode() != null
                    && !run.existing.containsKey(r.parentCode())
                    && !run.created.containsKey(r.parentCode())) {
                run.problem(UNITS, r.row(), 3, "import.error.unknownParent", r.parentCode());
                continue;
            }
            if (r.parentCode() != null && run.anchor(r.code()) == null) {
                run.problem(UNITS, r.row(), 3, "import.error.parentCycle");
                continue;
            }
            Unit old = run.existing.get(r.code());
            if (old == null && r.parentCode() == null) {
                run.problem(UNITS, r.row(), 3, "import.error.parentRequired");
                continue;
            }
            NewUnit values = new NewUnit(
                    r.code(),
                    r.name(),
                    r.type(),
                    r.parentCode(),
                    r.officialCode(),
                    r.headName(),
                    r.area(),
                    r.address(),
                    r.staffCount());
            List<FieldChange> fields = new ArrayList<>();
            String oldParent = old == null || old.parentId() == null
                    ? null
                    : run.byId.get(old.parentId()).code();
            diff(fields, "Nama Unit", old == null ? null : old.name(), r.name());
            diff(
                    fields,
                    "Jenis Unit",
                    old == null ? null : old.type().name(),
                    r.type().name());
            diff(fields, "Kode Induk", oldParent, r.parentCode());
            diff(fields, "Kode Resmi", old == null ? null : old.officialCode(), r.officialCode());
            diff(fields, "Nama Kepala", old == null ? null : old.headName(), r.headName());
            diff(fields, "Wilayah Kerja", old == null ? null : old.area(), Units.areaText(values.areas()));
            diff(fields, "Alamat", old == null ? null : old.address(), r.address());
            diff(
                    fields,
                    "Jumlah Pegawai",
                    old == null || old.staffCount() == null
                            ? null
                            : old.staffCount().toString(),
                    r.staffCount() == null ? null : r.staffCount().toString());
            if (fields.isEmpty()) {
                sheet.unchanged++;
                continue;
            }
            if (old != null
                    && r.parentCode() != null
                    && run.existing.containsKey(r.parentCode())
                    && access.isWithin(run.existing.get(r.parentCode()).id(), old.id())) {
                run.problem(UNITS, r.row(), 3, "import.error.moveUnderItself", r.code(), r.parentCode());
                continue;
            }
            if (!mayManageUnit(run, r, old)) {
                if (old == null) {
                    run.problem(
                            UNITS, r.row(), 0, "import.error.notAllowedCreate", run.actor.username(), r.parentCode());
                } else {
                    run.problem(UNITS, r.row(), 0, "import.error.notAllowedUnit", run.actor.username(), r.code());
                }
                continue;
            }
            if (old != null
                    && r.parentCode() != null
                    && !Objects.equals(oldParent, r.parentCode())
                    && run.created.containsKey(r.parentCode())) {
                run.problem(UNITS, r.row(), 3, "import.error.moveToNew");
                continue;
            }
            // the same field and type rules as the unit pages, the API and the command line (Units)
            UnitType parentType = r.parentCode() == null
                    ? null
                    : run.existing.containsKey(r.parentCode())
                            ? run.existing.get(r.parentCode()).type()
                            : run.created.get(r.parentCode()).type();
            Optional<UnitRefusedException> refused = units.problem(values, parentType);
            if (refused.isPresent()) {
                run.problem(
                        UNITS,
                        r.row(),
                        COLUMNS.getOrDefault(refused.get().field(), 0),
                        "import.error.unitRefused",
                        refused.get().getMessage());
                continue;
            }
            sheet.add(r.row(), old == null, r.code(), r.code(), fields);
            if (old == null) {
                run.writes.newUnits.add(values);
            } else {
                run.writes.unitUpdates.add(new Writes.UnitUpdate(r.code(), values));
            }
        }
        // Parents before children.
        List<NewUnit> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>(run.existing.keySet());
        List<NewUnit> pending = new ArrayList<>(run.writes.newUnits);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                NewUnit n = it.next();
                if (placed.contains(n.parentCode())) {
                    ordered.add(n);
                    placed.add(n.code());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                break;
            }
        }
        run.writes.newUnits.clear();
        run.writes.newUnits.addAll(ordered);
        sheet.done(null);
    }

    /**
     * The organisation's rights rule ({@link Units#mayManage}, {@link Units#mayCreateUnder}) on the tree the workbook
     * makes: a new unit's right is its parent's, or, for a parent in the same workbook, that of the stored unit it
     * ends up under. A move needs the right on the new parent as well as on the old place (issue 10 item 2).
     */
    boolean mayManageUnit(PlanningContext run, UnitRow r, Unit old) {
        UnitEditor editor = run.actor.unitEditor();
        if (old == null) {
            Unit anchor = run.anchor(r.parentCode());
            return anchor != null && units.mayCreateUnder(editor, anchor.id());
        }
        if (!units.mayManage(editor, old.id())) {
            return false;
        }
        String oldParent =
                old.parentId() == null ? null : run.byId.get(old.parentId()).code();
        if (r.parentCode() != null && !Objects.equals(oldParent, r.parentCode())) {
            Unit anchor = run.anchor(r.parentCode());
            return anchor != null && units.mayCreateUnder(editor, anchor.id());
        }
        return true;
    }
}
