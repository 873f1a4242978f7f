package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.StaffGroup;
import id.kinerja.organisation.StaffGrouping;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The units: list, one, create, update (PUT replaces, PATCH changes the fields given), deactivate and reactivate;
 * every write through {@link Units} (its rules, rights and audit: docs/domain.md "2. Organisation").
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Unit", description = "Unit kerja yang boleh dilihat pemanggil; membuat dan mengubah unit")
class UnitApiController {

    /** One row of a Bab I staff table. */
    record StaffDto(String grouping, String label, int count) {}

    /**
     * A unit as the API shows it ({@code area}: the areas as one phrase, as documents print it; {@code staff}: the
     * Bab I staff groups, left out (null) in the list).
     */
    record UnitDto(
            String code,
            String name,
            String type,
            String parent,
            String officialCode,
            String headName,
            String headNip,
            String headPosition,
            String area,
            List<String> areas,
            String address,
            Integer staffCount,
            List<StaffDto> staff,
            boolean active) {}

    /** One unit with the years it has a performance agreement for. */
    record UnitDetail(UnitDto unit, List<Integer> agreementYears) {}

    /**
     * A unit to create or its new values. On PUT every field is the new value (null clears it; staff null keeps the
     * groups); on PATCH a field left out (null) keeps the stored value.
     */
    record UnitRequest(
            String code,
            String name,
            String type,
            String parent,
            String officialCode,
            String headName,
            String headNip,
            String headPosition,
            List<String> areas,
            String address,
            Integer staffCount,
            List<StaffDto> staff) {}

    /** Why a unit is deactivated or reactivated, for the audit trail (optional). */
    record ReasonRequest(String reason) {}

    private final UnitAccess access;
    private final Units units;
    private final Agreements agreements;

    UnitApiController(UnitAccess access, Units units, Agreements agreements) {
        this.access = access;
        this.units = units;
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(
            operationId = "listUnits",
            summary = "Daftar unit yang boleh dilihat",
            description = "Unit pemanggil dan semua unit di bawahnya.")
    List<UnitDto> list(@AuthenticationPrincipal CurrentUser me) {
        List<Unit> all = units.findAll();
        Map<Long, Unit> byId = byId(all);
        return all.stream()
                .filter(u -> within(u, me.unitId(), byId))
                .map(u -> dto(u, byId, false))
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Satu unit", description = "404 bila kode tidak dikenal, 403 bila di luar wewenang.")
    UnitDetail one(@AuthenticationPrincipal CurrentUser me, @PathVariable String code) {
        Unit unit = access.viewable(me, code);
        return new UnitDetail(dto(unit, byId(units.findAll()), true), agreements.yearsOf(unit.id()));
    }

    @PostMapping
    @Operation(
            summary = "Membuat unit",
            description = "201 dengan unit baru; 400 isian tidak sah (field disebut), 403 di luar wewenang, 409 kode"
                    + " sudah dipakai.")
    ResponseEntity<UnitDto> create(@AuthenticationPrincipal CurrentUser me, @RequestBody UnitRequest body) {
        Unit created = units.create(UnitAccess.unitEditor(me), values(body, body.code(), null), "API");
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(created, byId(units.findAll()), true));
    }

    @PutMapping("/{code}")
    @Operation(
            summary = "Mengganti data unit",
            description = "Kode tidak dapat diubah; pindah induk dan ganti nama" + " dicatat dalam jejak audit.")
    UnitDto replace(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody UnitRequest body) {
        UnitAccess.require(access.canManageUnit(me, access.viewable(me, code).id()));
        Unit saved = units.update(UnitAccess.unitEditor(me), code, values(body, code, null), "API");
        return dto(saved, byId(units.findAll()), true);
    }

    @PatchMapping("/{code}")
    @Operation(summary = "Mengubah sebagian data unit", description = "Field yang tidak dikirim tetap.")
    UnitDto patch(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody UnitRequest body) {
        Unit old = access.viewable(me, code);
        UnitAccess.require(access.canManageUnit(me, old.id()));
        Map<Long, Unit> byId = byId(units.findAll());
        Unit saved = units.update(UnitAccess.unitEditor(me), code, values(body, code, dto(old, byId, true)), "API");
        return dto(saved, byId(units.findAll()), true);
    }

    @PostMapping("/{code}/deactivate")
    @Operation(
            summary = "Menonaktifkan unit",
            description = "Data unit tetap; 409 bila masih ada unit aktif di bawahnya.")
    UnitDto deactivate(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestBody(required = false) ReasonRequest body) {
        UnitAccess.require(access.canManageUnit(me, access.viewable(me, code).id()));
        Unit u = units.deactivate(UnitAccess.unitEditor(me), code, body == null ? "API" : body.reason());
        return dto(u, byId(units.findAll()), true);
    }

    @PostMapping("/{code}/reactivate")
    @Operation(summary = "Mengaktifkan kembali unit", description = "409 bila unit induknya nonaktif.")
    UnitDto reactivate(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestBody(required = false) ReasonRequest body) {
        UnitAccess.require(access.canManageUnit(me, access.viewable(me, code).id()));
        Unit u = units.reactivate(UnitAccess.unitEditor(me), code, body == null ? "API" : body.reason());
        return dto(u, byId(units.findAll()), true);
    }

    /** The request as the service's values; {@code stored} non-null (PATCH): a field left out keeps its value. */
    private static NewUnit values(UnitRequest b, String code, UnitDto stored) {
        String typeText = pick(b.type(), stored == null ? null : stored.type());
        UnitType type = null;
        if (typeText != null) {
            try {
                type = UnitType.valueOf(typeText);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest(
                        "type", "Jenis unit '" + typeText + "' tidak dikenal (HQ, KANWIL, KPP, KP2KP, SECTION).");
            }
        }
        List<StaffGroup> staff = null;
        List<StaffDto> staffIn = b.staff() != null ? b.staff() : stored == null ? null : stored.staff();
        if (staffIn != null) {
            staff = staffIn.stream()
                    .map(s -> new StaffGroup(grouping(s.grouping()), s.label(), s.count()))
                    .toList();
        }
        return new NewUnit(
                code,
                pick(b.name(), stored == null ? null : stored.name()),
                type,
                pick(b.parent(), stored == null ? null : stored.parent()),
                pick(b.officialCode(), stored == null ? null : stored.officialCode()),
                pick(b.headName(), stored == null ? null : stored.headName()),
                pick(b.headNip(), stored == null ? null : stored.headNip()),
                pick(b.headPosition(), stored == null ? null : stored.headPosition()),
                b.areas() != null ? b.areas() : stored == null ? null : stored.areas(),
                pick(b.address(), stored == null ? null : stored.address()),
                b.staffCount() != null ? b.staffCount() : stored == null ? null : stored.staffCount(),
                staff);
    }

    private static StaffGrouping grouping(String text) {
        try {
            return StaffGrouping.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.badRequest(
                    "staff.grouping",
                    "Kelompok pegawai '" + text + "' tidak dikenal (RANK, EDUCATION, POSITION, GENDER, AGE).");
        }
    }

    private static String pick(String given, String stored) {
        return given != null ? given : stored;
    }

    private static Map<Long, Unit> byId(List<Unit> all) {
        Map<Long, Unit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    private static boolean within(Unit unit, long ancestorId, Map<Long, Unit> byId) {
        for (Unit u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
            if (u.id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /** The unit as the API shows it; {@code withStaff} false (the list): staff null, one query fewer per unit. */
    private UnitDto dto(Unit u, Map<Long, Unit> byId, boolean withStaff) {
        Unit parent = u.parentId() == null ? null : byId.get(u.parentId());
        return new UnitDto(
                u.code(),
                u.name(),
                u.type().name(),
                parent == null ? null : parent.code(),
                u.officialCode(),
                u.headName(),
                u.headNip(),
                u.headPosition(),
                u.area(),
                u.areas(),
                u.address(),
                u.staffCount(),
                withStaff
                        ? units.staff(u.id()).stream()
                                .map(s -> new StaffDto(s.grouping().name(), s.label(), s.count()))
                                .toList()
                        : null,
                u.active());
    }
}
