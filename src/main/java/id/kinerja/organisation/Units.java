package id.kinerja.organisation;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.internal.UnitRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's API: the unit tree (DJP > Kanwil > KPP > KP2KP / sections) as every other module reads
 * and changes it (docs/domain.md "2. Organisation"). The one place of the unit-tree queries ({@link #isWithin},
 * {@link #subtreeIds}), both bounded walks (depth limit {@link #MAX_DEPTH} and a cycle check), and of the rules of a
 * unit change that the web pages, the API, the Excel "Unit" sheet and the command line all go through:
 *
 * <ul>
 *   <li>fields: code (letters, digits, '.', '_', '-'; unique; never changed), name, type, head NIP (18 digits),
 *       lengths, area served (distinct regencies/cities), staff groups (each grouping adds up to the staff count);
 *   <li>the tree: a parent must exist and be active, never the unit itself or a unit under it, and of the kind the
 *       unit's type stands under ({@link UnitType#parentType()}); headquarters is the one root;
 *   <li>rights ({@link #mayManage}, {@link #mayCreateUnder}): an administrator manages its own unit and every unit
 *       under it (at DJP: all), a performance administrator the units under its own; a move needs the right on the
 *       new parent as well; the operator on the server ({@link UnitEditor#system}) all;
 *   <li>a unit is deactivated, never deleted (its data stays); not while it has active units under it, not the
 *       editor's own unit; a unit is reactivated only under an active parent;
 *   <li>every change is audited in the same transaction: created, renamed (old -> new name), moved (old -> new
 *       parent), other details, deactivated, reactivated.
 * </ul>
 */
@Service
public class Units {

    /** The deepest unit tree the recursive queries follow (DJP - Kanwil - KPP - KP2KP is four levels). */
    public static final int MAX_DEPTH = UnitRepository.MAX_DEPTH;

    /** The audit trail's entity of a unit change. */
    public static final String AUDIT_ENTITY = "unit";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern NIP = Pattern.compile("[0-9]{18}");
    private static final Pattern AREA_SEPARATORS = Pattern.compile("\\s*,\\s*(?:dan\\s+)?|\\s+dan\\s+");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final int MAX_STAFF = 100_000;

    private final UnitRepository units;
    private final AuditLog audit;
    private final MessageSource messages;

    Units(UnitRepository units, AuditLog audit, MessageSource messages) {
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    public Optional<Unit> findById(long id) {
        return units.findById(id);
    }

    public Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }

    /** The units directly under {@code parentId}, by code. */
    public List<Unit> findChildren(long parentId) {
        return units.findChildren(parentId);
    }

    /** Every unit, by id (a parent is created before its children, so parents come first). */
    public List<Unit> findAll() {
        return units.findAll();
    }

    public long count() {
        return units.count();
    }

    /** The staff of a unit by group, for Bab I's tables: RANK, EDUCATION, POSITION, GENDER, AGE, each in order. */
    public List<StaffGroup> staff(long unitId) {
        return units.staff(unitId);
    }

    /** True when {@code unitId} is {@code ancestorId} or lies under it (bounded walk up the tree). */
    public boolean isWithin(long unitId, long ancestorId) {
        return units.isWithin(unitId, ancestorId);
    }

    /** The unit {@code rootId} and every unit under it, by id (bounded walk down the tree; empty if unknown). */
    public List<Long> subtreeIds(long rootId) {
        return units.subtreeIds(rootId);
    }

    /** Whether {@code editor} may change the unit {@code unitId} (rules in the class comment). */
    public boolean mayManage(UnitEditor editor, long unitId) {
        if (editor.isSystem()) {
            return true;
        }
        if (!isWithin(unitId, editor.unitId())) {
            return false;
        }
        return editor.administrator() || (editor.performanceAdmin() && unitId != editor.unitId());
    }

    /** Whether {@code editor} may create a unit under (or move a unit to) {@code parentId}. */
    public boolean mayCreateUnder(UnitEditor editor, long parentId) {
        return editor.isSystem()
                || ((editor.administrator() || editor.performanceAdmin()) && isWithin(parentId, editor.unitId()));
    }

    /** Whether {@code editor} may manage units at all (the pages' menu entry). */
    public static boolean managesUnits(UnitEditor editor) {
        return editor.isSystem() || editor.administrator() || editor.performanceAdmin();
    }

    /** Refuses a parent that would make a cycle: the new parent is the unit itself or lies under it. */
    public void requireNoCycle(long id, String code, Long newParentId, String newParentCode) {
        if (newParentId != null && isWithin(newParentId, id)) {
            throw refused("parentCode", "unit.error.cycle", code, newParentCode);
        }
    }

    /**
     * The first rule {@code values} break without looking at the stored tree beyond the parent's type (the Excel
     * import plans rows whose parent is in the same workbook): fields and the type rule; empty when fine.
     *
     * @param parentType the type of the parent {@code values} names (null when it names none)
     */
    public Optional<UnitRefusedException> problem(NewUnit values, UnitType parentType) {
        try {
            checkFields(values);
            checkType(values, parentType);
            return Optional.empty();
        } catch (UnitRefusedException e) {
            return Optional.of(e);
        }
    }

    /** Creates a unit as the operator on the server (the demo loader; rules and audit as {@link #create(UnitEditor, NewUnit, String)}). */
    @Transactional
    public Unit create(NewUnit unit) {
        return create(UnitEditor.system("system"), unit, null);
    }

    /**
     * Creates the unit under its parent (which must exist and be active) after every rule of the class comment, and
     * audits it.
     *
     * @param reason why, for the audit trail (e.g. the imported file); may be null
     * @throws UnitRefusedException  a rule refused it (nothing written)
     * @throws AccessDeniedException the editor may not create units under that parent
     */
    @Transactional
    public Unit create(UnitEditor editor, NewUnit values, String reason) {
        checkFields(values);
        if (units.findByCode(values.code()).isPresent()) {
            throw conflict("code", "unit.error.codeTaken", values.code());
        }
        Unit parent = parent(values);
        checkType(values, parent == null ? null : parent.type());
        if (values.type() == UnitType.HQ && units.countOfType(UnitType.HQ) > 0) {
            throw conflict("type", "unit.error.secondRoot");
        }
        if (parent == null ? !editor.isSystem() : !mayCreateUnder(editor, parent.id())) {
            throw denied(editor, "unit.error.notAllowedCreate", values.parentCode());
        }
        if (parent != null && !parent.active()) {
            throw conflict("parentCode", "unit.error.parentInactive", parent.code());
        }
        long id = units.create(parent == null ? null : parent.id(), values);
        audit.record(
                editor.username(), id, AUDIT_ENTITY, values.code(), AuditAction.CREATE, null, describe(values), reason);
        return units.findById(id).orElseThrow();
    }

    /**
     * Replaces the details of the unit {@code code} (the code itself never changes) after every rule of the class
     * comment; a rename and a move are audited with the old and the new name or parent, other changed details as one
     * entry. Staff groups null keep the stored ones.
     *
     * @return the unit as stored now
     * @throws UnitRefusedException  a rule refused it (nothing written)
     * @throws AccessDeniedException the editor may not change the unit, or may not move it there
     */
    @Transactional
    public Unit update(UnitEditor editor, String code, NewUnit values, String reason) {
        Unit old = units.findByCode(code).orElseThrow(() -> refused("code", "unit.error.unknown", code));
        if (!Objects.equals(values.code(), code)) {
            throw refused("code", "unit.error.codeFixed", code);
        }
        checkFields(values);
        Unit parent = parent(values);
        Unit oldParent =
                old.parentId() == null ? null : units.findById(old.parentId()).orElseThrow();
        requireNoCycle(old.id(), code, parent == null ? null : parent.id(), values.parentCode());
        checkType(values, parent == null ? null : parent.type());
        if (values.type() != old.type() && units.activeChildren(old.id()) > 0) {
            throw conflict("type", "unit.error.typeWithChildren", code);
        }
        boolean moved = !Objects.equals(old.parentId(), parent == null ? null : parent.id());
        if (!mayManage(editor, old.id())) {
            throw denied(editor, "unit.error.notAllowedUnit", code);
        }
        if (moved) {
            if (parent == null ? !editor.isSystem() : !mayCreateUnder(editor, parent.id())) {
                throw denied(editor, "unit.error.notAllowedMove", code, values.parentCode());
            }
            if (parent != null && !parent.active()) {
                throw conflict("parentCode", "unit.error.parentInactive", parent.code());
            }
        }
        List<StaffGroup> oldStaff = units.staff(old.id());
        units.update(old.id(), parent == null ? null : parent.id(), values, editor.username());
        if (!old.name().equals(values.name())) {
            audit.record(
                    editor.username(),
                    old.id(),
                    AUDIT_ENTITY,
                    code,
                    AuditAction.RENAME,
                    old.name(),
                    values.name(),
                    reason);
        }
        if (moved) {
            audit.record(
                    editor.username(),
                    old.id(),
                    AUDIT_ENTITY,
                    code,
                    AuditAction.MOVE,
                    oldParent == null ? null : oldParent.code(),
                    values.parentCode(),
                    reason);
        }
        String before = details(old, oldStaff);
        Unit now = units.findById(old.id()).orElseThrow();
        String after = details(now, units.staff(old.id()));
        if (!before.equals(after)) {
            audit.record(editor.username(), old.id(), AUDIT_ENTITY, code, AuditAction.SAVE, before, after, reason);
        }
        return now;
    }

    /**
     * Deactivates the unit {@code code}: kept with all its data, shown as inactive, not offered for new data. Refused
     * while units under it are active, and for the editor's own unit.
     */
    @Transactional
    public Unit deactivate(UnitEditor editor, String code, String reason) {
        Unit unit = units.findByCode(code).orElseThrow(() -> refused("code", "unit.error.unknown", code));
        if (!mayManage(editor, unit.id())) {
            throw denied(editor, "unit.error.notAllowedUnit", code);
        }
        if (!unit.active()) {
            return unit;
        }
        if (!editor.isSystem() && editor.unitId() == unit.id()) {
            throw conflict("code", "unit.error.ownUnit", code);
        }
        if (unit.parentId() == null) {
            throw conflict("code", "unit.error.rootInactive", code);
        }
        if (units.activeChildren(unit.id()) > 0) {
            throw conflict("code", "unit.error.activeChildren", code);
        }
        units.setActive(unit.id(), false, editor.username());
        audit.record(
                editor.username(), unit.id(), AUDIT_ENTITY, code, AuditAction.DEACTIVATE, "aktif", "nonaktif", reason);
        return units.findById(unit.id()).orElseThrow();
    }

    /** Reactivates the unit {@code code}; its parent must be active. */
    @Transactional
    public Unit reactivate(UnitEditor editor, String code, String reason) {
        Unit unit = units.findByCode(code).orElseThrow(() -> refused("code", "unit.error.unknown", code));
        if (!mayManage(editor, unit.id())) {
            throw denied(editor, "unit.error.notAllowedUnit", code);
        }
        if (unit.active()) {
            return unit;
        }
        Unit parent =
                unit.parentId() == null ? null : units.findById(unit.parentId()).orElseThrow();
        if (parent != null && !parent.active()) {
            throw conflict("parentCode", "unit.error.parentInactive", parent.code());
        }
        units.setActive(unit.id(), true, editor.username());
        audit.record(
                editor.username(), unit.id(), AUDIT_ENTITY, code, AuditAction.REACTIVATE, "nonaktif", "aktif", reason);
        return units.findById(unit.id()).orElseThrow();
    }

    /**
     * The area served as one Indonesian phrase: "A", "A dan B", "A, B, dan C"; null when empty. The inverse of
     * {@link #splitArea}.
     */
    public static String areaText(List<String> areas) {
        if (areas == null || areas.isEmpty()) {
            return null;
        }
        if (areas.size() == 1) {
            return areas.getFirst();
        }
        if (areas.size() == 2) {
            return areas.get(0) + " dan " + areas.get(1);
        }
        return String.join(", ", areas.subList(0, areas.size() - 1)) + ", dan " + areas.getLast();
    }

    /** The regencies/cities of a phrase "A, B, dan C" (or one per line); empty for null or blank. */
    public static List<String> splitArea(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String part : AREA_SEPARATORS.split(line.strip())) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private Unit parent(NewUnit values) {
        if (values.parentCode() == null) {
            return null;
        }
        return units.findByCode(values.parentCode())
                .orElseThrow(() -> refused("parentCode", "unit.error.unknownParent", values.parentCode()));
    }

    private void checkFields(NewUnit v) {
        if (blank(v.code())) {
            throw refused("code", "unit.error.required", label("code"));
        }
        if (!CODE.matcher(v.code()).matches()) {
            throw refused("code", "unit.error.codeFormat", v.code());
        }
        if (blank(v.name())) {
            throw refused("name", "unit.error.required", label("name"));
        }
        length("name", v.name(), 255);
        if (v.type() == null) {
            throw refused("type", "unit.error.required", label("type"));
        }
        if (v.parentCode() != null && v.parentCode().equals(v.code())) {
            throw refused("parentCode", "unit.error.ownParent", v.code());
        }
        length("officialCode", v.officialCode(), 32);
        length("headName", v.headName(), 255);
        if (v.headNip() != null && !NIP.matcher(v.headNip()).matches()) {
            throw refused("headNip", "unit.error.nip", v.headNip());
        }
        length("headPosition", v.headPosition(), 255);
        length("address", v.address(), 2000);
        Set<String> seen = new HashSet<>();
        for (String area : v.areas()) {
            if (blank(area)) {
                throw refused("areas", "unit.error.areaBlank");
            }
            length("areas", area, 255);
            if (!seen.add(area.strip().toLowerCase(INDONESIAN))) {
                throw refused("areas", "unit.error.areaTwice", area);
            }
        }
        if (v.staffCount() != null && (v.staffCount() < 0 || v.staffCount() > MAX_STAFF)) {
            throw refused("staffCount", "unit.error.staffCount", v.staffCount(), MAX_STAFF);
        }
        if (v.staff() != null) {
            checkStaff(v);
        }
    }

    private void checkStaff(NewUnit v) {
        Set<String> seen = new HashSet<>();
        for (StaffGroup g : v.staff()) {
            if (g.grouping() == null || blank(g.label())) {
                throw refused("staff", "unit.error.staffLabel");
            }
            length("staff", g.label(), 128);
            if (g.count() < 0 || g.count() > MAX_STAFF) {
                throw refused("staff", "unit.error.staffCount", g.count(), MAX_STAFF);
            }
            if (!seen.add(g.grouping() + "/" + g.label().strip().toLowerCase(INDONESIAN))) {
                throw refused(
                        "staff",
                        "unit.error.staffTwice",
                        g.label(),
                        messages.getMessage(g.grouping().key(), null, INDONESIAN));
            }
        }
        if (v.staffCount() == null) {
            return;
        }
        Map<StaffGrouping, Integer> sums = v.staff().stream()
                .collect(Collectors.groupingBy(StaffGroup::grouping, Collectors.summingInt(StaffGroup::count)));
        for (StaffGrouping g : StaffGrouping.values()) {
            Integer sum = sums.get(g);
            if (sum != null && sum.intValue() != v.staffCount()) {
                throw refused(
                        "staff",
                        "unit.error.staffSum",
                        messages.getMessage(g.key(), null, INDONESIAN),
                        sum,
                        v.staffCount());
            }
        }
    }

    private void checkType(NewUnit v, UnitType parentType) {
        UnitType expected = v.type().parentType();
        if (expected == null) {
            if (v.parentCode() != null) {
                throw refused("parentCode", "unit.error.rootHasParent");
            }
            return;
        }
        if (v.parentCode() == null) {
            throw refused("parentCode", "unit.error.parentRequired", v.type().label());
        }
        if (parentType != null && parentType != expected) {
            throw refused(
                    "parentCode",
                    "unit.error.parentType",
                    v.type().label(),
                    expected.label(),
                    v.parentCode(),
                    parentType.label());
        }
    }

    private void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw refused(field, "unit.error.tooLong", label(field), max);
        }
    }

    private String label(String field) {
        return messages.getMessage("unit.field." + field, null, INDONESIAN);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private UnitRefusedException refused(String field, String code, Object... args) {
        return new UnitRefusedException(field, code, args, false, messages.getMessage(code, args, INDONESIAN));
    }

    private UnitRefusedException conflict(String field, String code, Object... args) {
        return new UnitRefusedException(field, code, args, true, messages.getMessage(code, args, INDONESIAN));
    }

    private AccessDeniedException denied(UnitEditor editor, String code, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = editor.username();
        System.arraycopy(args, 0, all, 1, args.length);
        return new AccessDeniedException(messages.getMessage(code, all, INDONESIAN));
    }

    private static String describe(NewUnit n) {
        return n.code() + " | " + n.name() + " | " + n.type() + " | induk " + n.parentCode() + " | kepala "
                + n.headName();
    }

    /** The details other than name and parent, as the audit trail shows them before and after. */
    private static String details(Unit u, List<StaffGroup> staff) {
        return "jenis " + u.type() + " | kode resmi " + u.officialCode() + " | kepala " + u.headName() + " | NIP "
                + u.headNip() + " | jabatan " + u.headPosition() + " | wilayah " + u.areas() + " | alamat "
                + u.address() + " | pegawai " + u.staffCount() + " | "
                + staff.stream()
                        .map(g -> g.grouping() + " " + g.label() + "=" + g.count())
                        .collect(Collectors.joining(", "));
    }
}
