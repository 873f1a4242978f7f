package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Unit", description = "Unit kerja yang boleh dilihat pemanggil")
class UnitApiController {

    /** A unit as the API shows it. */
    record UnitDto(
            String code,
            String name,
            String type,
            String parent,
            String officialCode,
            String headName,
            String area,
            String address,
            Integer staffCount) {}

    /** One unit with the years it has a performance agreement for. */
    record UnitDetail(UnitDto unit, List<Integer> agreementYears) {}

    private final UnitAccess access;
    private final Units units;
    private final Agreements agreements;

    UnitApiController(UnitAccess access, Units units, Agreements agreements) {
        this.access = access;
        this.units = units;
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "Daftar unit yang boleh dilihat", description = "Unit pemanggil dan semua unit di bawahnya.")
    List<UnitDto> list(@AuthenticationPrincipal CurrentUser me) {
        List<Unit> all = units.findAll();
        Map<Long, Unit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        return all.stream()
                .filter(u -> within(u, me.unitId(), byId))
                .map(u -> dto(u, byId))
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Satu unit", description = "404 bila kode tidak dikenal, 403 bila di luar wewenang.")
    UnitDetail one(@AuthenticationPrincipal CurrentUser me, @PathVariable String code) {
        Unit unit = access.viewable(me, code);
        Map<Long, Unit> byId = new HashMap<>();
        units.findAll().forEach(u -> byId.put(u.id(), u));
        return new UnitDetail(dto(unit, byId), agreements.yearsOf(unit.id()));
    }

    private static boolean within(Unit unit, long ancestorId, Map<Long, Unit> byId) {
        for (Unit u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
            if (u.id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    static UnitDto dto(Unit u, Map<Long, Unit> byId) {
        Unit parent = u.parentId() == null ? null : byId.get(u.parentId());
        return new UnitDto(
                u.code(),
                u.name(),
                u.type().name(),
                parent == null ? null : parent.code(),
                u.officialCode(),
                u.headName(),
                u.area(),
                u.address(),
                u.staffCount());
    }
}
