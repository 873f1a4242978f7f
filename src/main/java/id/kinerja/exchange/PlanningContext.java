package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ImportPlan.RowChange;
import id.kinerja.exchange.ImportPlan.SheetPlan;
import id.kinerja.exchange.ParsedWorkbook.UnitRow;
import id.kinerja.exchange.PlanningContext.Rights;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.RealizationImports;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.RealizationStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one planning run, shared by the sheet planners: the parsed workbook and its year, the importing
 * account and its rights per unit, the units known (stored) and created (by the Unit sheet), the problems collected,
 * the writes and the sheet plans made so far, and the agreements in force and after the import
 * ({@link PlannedAgreements}).
 */
final class PlanningContext {

    final ParsedWorkbook wb;
    final ImportActor actor;
    final ImportTexts texts;
    final int year;
    final List<ImportProblem> problems = new ArrayList<>();
    final Writes writes = new Writes();
    final List<ImportPlan.ImplausibleValue> implausible = new ArrayList<>();
    final List<SheetPlan> sheets = new ArrayList<>();
    final Map<String, Unit> existing = new HashMap<>();
    final Map<Long, Unit> byId = new HashMap<>();
    final Map<String, UnitRow> created = new LinkedHashMap<>();
    final Map<String, Rights> rights = new HashMap<>();
    final Set<String> refusedUnits = new HashSet<>();
    final PlannedAgreements agreements;
    private final UnitAccess access;
    private final RealizationImports realizationImports;

    PlanningContext(
            ParsedWorkbook wb,
            ImportActor actor,
            ImportTexts texts,
            List<Unit> units,
            UnitAccess access,
            Agreements agreements,
            FrameworkCatalog frameworks,
            RealizationImports realizationImports) {
        this.realizationImports = realizationImports;
        this.wb = wb;
        this.actor = actor;
        this.texts = texts;
        this.year = wb.year();
        this.access = access;
        for (Unit u : units) {
            existing.put(u.code(), u);
            byId.put(u.id(), u);
        }
        this.agreements = new PlannedAgreements(wb, existing, agreements, frameworks);
    }

    /** A new sheet plan, added to the run's sheets when {@link Sheet#done} is called. */
    Sheet sheet(String name) {
        return new Sheet(name);
    }

    /** A problem in a row's cell: a message key of the bundles with its arguments. */
    void problem(String sheet, int row, int col, String key, Object... args) {
        List<String> headers = headers(sheet);
        problems.add(texts.problem(sheet, row, column(col), headers.get(col), key, args));
    }

    record Rights(boolean allowed, RealizationStep step) {
        RealizationStatus status() {
            return step == null ? null : step.target();
        }
    }

    /** The existing unit a unit code ends up under (itself when it exists), following new units' parents. */
    Unit anchor(String code) {
        Set<String> seen = new HashSet<>();
        String c = code;
        while (c != null && seen.add(c)) {
            Unit u = existing.get(c);
            if (u != null) {
                return u;
            }
            UnitRow row = created.get(c);
            c = row == null ? null : row.parentCode();
        }
        return null;
    }

    boolean within(String code, long ancestorId) {
        Unit a = anchor(code);
        return a != null && access.isWithin(a.id(), ancestorId);
    }

    /**
     * Whether the importer may change the unit's data, and the step of the realization workflow its realizations
     * take ({@link RealizationImports#step}: the workflow, not the import, decides the state they enter).
     */
    Rights rights(String unitCode) {
        return rights.computeIfAbsent(unitCode, code -> {
            boolean isNew = created.containsKey(code);
            Unit anchor = anchor(code);
            RealizationStep step = realizationImports
                    .step(actor.user(), anchor == null ? -1 : anchor.id(), isNew)
                    .orElse(null);
            if (actor.isSystem()) {
                return new Rights(true, step);
            }
            var me = actor.user();
            if (me.has(Role.ADMINISTRATOR) && within(code, me.unitId())) {
                return new Rights(true, step);
            }
            Unit u = existing.get(code);
            if (u != null && me.has(Role.PERFORMANCE_ADMIN) && u.id() == me.unitId()) {
                return new Rights(true, step);
            }
            if (isNew && me.has(Role.PERFORMANCE_ADMIN) && within(code, me.unitId())) {
                return new Rights(true, step);
            }
            return new Rights(false, null);
        });
    }

    /** Records a refusal once per unit and sheet. */
    boolean mayChange(String sheet, int row, String unitCode) {
        if (rights(unitCode).allowed()) {
            return true;
        }
        if (refusedUnits.add(sheet + "/" + unitCode)) {
            problem(sheet, row, 0, "import.error.notAllowed", actor.username(), unitCode);
        }
        return false;
    }

    /**
     * True when the code names a stored or a new unit that takes data; a deactivated unit takes no new data
     * (docs/domain.md "2. Organisation"): a problem once per unit and sheet, and false.
     */
    boolean knownUnit(String sheet, int row, String code) {
        Unit stored = existing.get(code);
        if (stored != null && !stored.active()) {
            if (refusedUnits.add(sheet + "/" + code + "/inactive")) {
                problem(sheet, row, 0, "import.error.inactiveUnit", code);
            }
            return false;
        }
        if (stored != null || created.containsKey(code)) {
            return true;
        }
        problem(sheet, row, 0, "import.error.unknownUnit", code, UNITS);
        return false;
    }

    /** False (and a problem) when the key was seen before; {@code what} names the key (a message key and args). */
    <K> boolean unique(Map<K, Integer> seen, K key, String sheet, int row, String whatKey, Object... whatArgs) {
        Integer first = seen.putIfAbsent(key, row);
        if (first != null) {
            problem(sheet, row, 0, "import.error.duplicate", texts.get(whatKey, whatArgs), String.valueOf(first));
            return false;
        }
        return true;
    }

    void audit(Map<String, StringBuilder[]> lines, String unitCode, String key, String oldValue, String newValue) {
        StringBuilder[] b =
                lines.computeIfAbsent(unitCode, k -> new StringBuilder[] {new StringBuilder(), new StringBuilder()});
        b[0].append(key).append(": ").append(oldValue).append('\n');
        b[1].append(key).append(": ").append(newValue).append('\n');
    }

    void flush(Map<String, StringBuilder[]> lines, String sheet) {
        lines.forEach(
                (unit, b) -> writes.audit.add(new Writes.AuditEntry(unit, sheet, b[0].toString(), b[1].toString())));
    }

    /** Collects one sheet's counts and changed rows. */
    final class Sheet {
        final String name;
        int added;
        int changed;
        int unchanged;
        final List<RowChange> rows = new ArrayList<>();

        Sheet(String name) {
            this.name = name;
        }

        void add(int row, boolean isNew, String unitCode, String key, List<FieldChange> fields) {
            if (isNew) {
                added++;
            } else {
                changed++;
            }
            rows.add(new RowChange(row, isNew ? "BARU" : "BERUBAH", unitCode, key, List.copyOf(fields)));
        }

        void done(Object ignored) {
            sheets.add(new SheetPlan(name, added, changed, unchanged, List.copyOf(rows)));
        }
    }
}
