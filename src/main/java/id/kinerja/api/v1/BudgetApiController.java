package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.budget.BudgetKindEntry;
import id.kinerja.budget.BudgetMonthEntry;
import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.organisation.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The budget of a unit's year: the DIPA as computed, the summary by kind of spending and the monthly realization. */
@RestController
@RequestMapping("/api/v1/units/{code}/budget")
@Tag(name = "Anggaran", description = "DIPA, ringkasan jenis belanja 51/52/53 dan realisasi bulanan")
class BudgetApiController {

    /** A DIPA line as stored, with its current ceiling. */
    record LineDto(
            String code,
            String parentCode,
            String level,
            String name,
            Integer kind,
            BigDecimal ceiling,
            BigDecimal realization) {}

    /** A kind of spending as entered. */
    record KindDto(int kind, String name, BigDecimal ceiling, BigDecimal realization) {}

    /** An entered kind against the DIPA lines carrying it. */
    record KindCheckDto(
            int kind,
            boolean matches,
            boolean complete,
            int lineCount,
            BigDecimal linesCeiling,
            BigDecimal linesRealization) {}

    /** One month of the year: the sum of the lines (or of the kinds for an office without a DIPA tree). */
    record MonthDto(int month, BigDecimal realization, BigDecimal cumulative) {}

    /** One recorded cell of the monthly entry: a DIPA line's code or a kind (51, 52, 53). */
    record CellDto(String code, int month, BigDecimal realization) {}

    record BudgetDto(
            String unit,
            int year,
            BigDecimal dipaCeiling,
            BigDecimal dipaRealization,
            List<LineDto> lines,
            List<KindDto> kinds,
            boolean kindsMatchDipa,
            List<KindCheckDto> kindChecks,
            List<MonthDto> months,
            List<CellDto> monthCells) {}

    /** One kind as sent: realization null is zero. */
    record KindInput(Integer kind, BigDecimal ceiling, BigDecimal realization) {}

    /** The kinds as sent: {@code {"kinds": [...]}}. */
    record KindsBody(List<KindInput> kinds) {}

    /** One cell as sent: realization null removes the month's figure. */
    record MonthInput(String code, Integer month, BigDecimal realization) {}

    /** The cells as sent: {@code {"months": [...]}}. */
    record MonthsBody(List<MonthInput> months) {}

    private final UnitAccess access;
    private final BudgetService budget;

    BudgetApiController(UnitAccess access, BudgetService budget) {
        this.access = access;
        this.budget = budget;
    }

    @GetMapping
    @Operation(
            summary = "Anggaran setahun",
            description = "Baris DIPA, ringkasan jenis belanja dengan perbandingannya terhadap baris DIPA, realisasi "
                    + "bulanan (jumlah dan per sel).")
    BudgetDto one(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return dto(unit, year);
    }

    @PutMapping("/kinds")
    @Operation(
            summary = "Simpan ringkasan jenis belanja",
            description =
                    "Pengelola kinerja unit itu. {\"kinds\": [{kind: 51|52|53, ceiling, realization}]} dalam rupiah "
                            + "bulat; semua atau tidak sama sekali. 400 dengan pesan yang menyebut jenis belanjanya.")
    BudgetDto kinds(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestBody KindsBody body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        List<BudgetKindEntry> entries = (body.kinds() == null ? List.<KindInput>of() : body.kinds())
                .stream()
                        .map(k -> {
                            if (k == null || k.kind() == null) {
                                throw ApiProblem.badRequest("kind", "Setiap baris wajib berisi kind (51, 52 atau 53).");
                            }
                            return new BudgetKindEntry(k.kind(), k.ceiling(), k.realization());
                        })
                        .toList();
        budget.saveKinds(me, unit, year, entries);
        return dto(unit, year);
    }

    @PutMapping("/months")
    @Operation(
            summary = "Simpan realisasi bulanan",
            description =
                    "Pengelola kinerja unit itu. {\"months\": [{code, month 1-12, realization}]}: code baris DIPA, atau "
                            + "51/52/53 untuk kantor tanpa rincian DIPA; realization null menghapus angka bulan itu. Semua "
                            + "atau tidak sama sekali.")
    BudgetDto months(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestBody MonthsBody body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        List<BudgetMonthEntry> entries = (body.months() == null ? List.<MonthInput>of() : body.months())
                .stream()
                        .map(m -> {
                            if (m == null || m.code() == null || m.month() == null) {
                                throw ApiProblem.badRequest(
                                        "month", "Setiap baris wajib berisi code dan month (1-12).");
                            }
                            return new BudgetMonthEntry(m.code(), m.month(), m.realization());
                        })
                        .toList();
        budget.saveMonths(me, unit, year, entries);
        return dto(unit, year);
    }

    private BudgetDto dto(Unit unit, int year) {
        BudgetYear b = budget.year(unit.id(), year);
        List<LineDto> lines = budget.findLines(unit.id(), year).stream()
                .map(l -> new LineDto(
                        l.code(), l.parentCode(), l.level().name(), l.name(), l.kind(), l.ceiling(), l.realization()))
                .toList();
        List<CellDto> cells = budget.monthRows(unit.id(), year).stream()
                .flatMap(r -> r.months().entrySet().stream().map(e -> new CellDto(r.code(), e.getKey(), e.getValue())))
                .toList();
        return new BudgetDto(
                unit.code(),
                year,
                lines.isEmpty() ? null : b.dipaTotal().ceiling(),
                lines.isEmpty() ? null : b.dipaTotal().realization(),
                lines,
                b.kinds().stream()
                        .map(k -> new KindDto(k.kind(), k.name(), k.ceiling(), k.realization()))
                        .toList(),
                b.kindsMatchDipa(),
                b.kindChecks().stream()
                        .map(k -> new KindCheckDto(
                                k.kind(),
                                k.matches(),
                                k.complete(),
                                k.lineCount(),
                                k.linesCeiling(),
                                k.linesRealization()))
                        .toList(),
                b.months().stream()
                        .map(m -> new MonthDto(m.month(), m.realization(), m.cumulative()))
                        .toList(),
                cells);
    }
}
