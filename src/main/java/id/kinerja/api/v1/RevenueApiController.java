package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.revenue.ActivityRevenue;
import id.kinerja.revenue.RevenueActivity;
import id.kinerja.revenue.RevenueFigures;
import id.kinerja.revenue.RevenueMonth;
import id.kinerja.revenue.RevenueRealizations;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueTotal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revenue figures of a unit through the API, by {@link RevenueFigures} (the rules, rights and audit of the web
 * screens): the net revenue per year (gross, refunds, net), the PPM and PKM figures per quarter, the months per tax
 * type, and the realization of 01a, 02a and 03a taken from them ({@link RevenueRealizations}). Reading needs the
 * right to view the unit; writing the unit's performance administrator or an administrator above it (else 403). A
 * refused write (400) names the field and changes nothing.
 */
@RestController
@Tag(
        name = "Penerimaan",
        description = "Penerimaan neto per tahun (bruto, restitusi, neto), penerimaan PPM dan PKM per triwulan, "
                + "penerimaan bulanan per jenis pajak, dan realisasi 01a/02a/03a dari data penerimaan")
class RevenueApiController {

    @Schema(
            description = "Penerimaan neto satu tahun dalam rupiah bulat; bruto dan restitusi berdua atau tidak sama "
                    + "sekali; neto kosong dihitung = bruto - restitusi, neto yang berbeda ditolak")
    record NetInput(BigDecimal target, BigDecimal gross, BigDecimal refunds, BigDecimal net) {}

    record NetDto(int year, BigDecimal target, BigDecimal gross, BigDecimal refunds, BigDecimal net) {}

    record QuarterDto(BigDecimal target, BigDecimal realization) {}

    @Schema(description = "Target dan realisasi kumulatif per triwulan (Q1..Q4); triwulan yang tidak dikirim dihapus")
    record ActivityInput(Map<Period, QuarterDto> quarters) {}

    record ActivityDto(String activity, String indicator, int year, Map<Period, QuarterDto> quarters) {}

    @Schema(
            description = "Per kode jenis pajak: bulan (1..12) -> realisasi bulan itu; bulan yang tidak dikirim "
                    + "dihapus untuk jenis pajak itu; jenis pajak yang tidak dikirim tidak diubah")
    record MonthsInput(Map<String, Map<Integer, BigDecimal>> taxTypes) {}

    record MonthsDto(int year, Map<String, Map<Integer, BigDecimal>> taxTypes) {}

    record FigureDto(
            String indicator,
            int year,
            Period period,
            int throughMonth,
            BigDecimal realization,
            BigDecimal target,
            BigDecimal value,
            String problem,
            String savedStatus) {}

    private final UnitAccess access;
    private final RevenueFigures figures;
    private final RevenueService revenue;
    private final RevenueRealizations fromRevenue;
    private final MessageSource messages;

    RevenueApiController(
            UnitAccess access,
            RevenueFigures figures,
            RevenueService revenue,
            RevenueRealizations fromRevenue,
            MessageSource messages) {
        this.access = access;
        this.figures = figures;
        this.revenue = revenue;
        this.fromRevenue = fromRevenue;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ net revenue

    @GetMapping("/api/v1/units/{code}/revenue/net")
    @Operation(summary = "Penerimaan neto per tahun", description = "Semua tahun yang tercatat, terlama dulu.")
    List<NetDto> nets(@AuthenticationPrincipal CurrentUser me, @PathVariable String code) {
        Unit unit = access.viewable(me, code);
        return figures.nets(unit.id()).stream().map(RevenueApiController::dto).toList();
    }

    @PutMapping("/api/v1/units/{code}/revenue/net/{year}")
    @Operation(
            summary = "Simpan penerimaan neto satu tahun",
            description = "Menggantikan angka tahun itu. 400 dengan pesan yang menyebut isian bila ditolak.")
    NetDto saveNet(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable int year,
            @RequestBody NetInput in) {
        Unit unit = access.viewable(me, code);
        return dto(figures.saveNet(
                me, unit, year, new RevenueFigures.NetInput(in.target(), in.gross(), in.refunds(), in.net())));
    }

    private static NetDto dto(RevenueTotal t) {
        return new NetDto(t.year(), t.target(), t.gross(), t.refunds(), t.realization());
    }

    // ------------------------------------------------------------------ PPM and PKM

    @GetMapping("/api/v1/units/{code}/revenue/activities")
    @Operation(summary = "Penerimaan PPM dan PKM satu tahun", description = "Per kegiatan, per triwulan (kumulatif).")
    List<ActivityDto> activities(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return figures.activities(unit.id(), year).entrySet().stream()
                .map(e -> dto(e.getKey(), year, e.getValue().values()))
                .toList();
    }

    @PutMapping("/api/v1/units/{code}/revenue/activities/{activity}/{year}")
    @Operation(
            summary = "Simpan penerimaan PPM atau PKM satu tahun",
            description = "activity = PPM atau PKM; menggantikan semua triwulan kegiatan itu pada tahun itu.")
    ActivityDto saveActivity(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String activity,
            @PathVariable int year,
            @RequestBody ActivityInput in) {
        Unit unit = access.viewable(me, code);
        RevenueActivity a = RevenueActivity.of(activity);
        if (a == null) {
            throw ApiProblem.badRequest(
                    "activity",
                    messages.getMessage("revenue.activity.unknown", new Object[] {activity}, ApiErrors.INDONESIAN));
        }
        Map<Period, RevenueFigures.ActivityInput> quarters = new EnumMap<>(Period.class);
        if (in.quarters() != null) {
            in.quarters()
                    .forEach((q, v) -> quarters.put(
                            q,
                            v == null
                                    ? new RevenueFigures.ActivityInput(null, null)
                                    : new RevenueFigures.ActivityInput(v.target(), v.realization())));
        }
        return dto(a, year, figures.saveActivity(me, unit, year, a, quarters));
    }

    private static ActivityDto dto(RevenueActivity a, int year, java.util.Collection<ActivityRevenue> list) {
        Map<Period, QuarterDto> quarters = new EnumMap<>(Period.class);
        list.forEach(f -> quarters.put(f.period(), new QuarterDto(f.target(), f.realization())));
        return new ActivityDto(a.name(), a.indicatorCode(), year, quarters);
    }

    // ------------------------------------------------------------------ months

    @GetMapping("/api/v1/units/{code}/revenue/months")
    @Operation(summary = "Penerimaan bulanan satu tahun", description = "Per jenis pajak: bulan -> realisasi.")
    MonthsDto months(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return monthsDto(unit, year);
    }

    @PutMapping("/api/v1/units/{code}/revenue/months/{year}")
    @Operation(
            summary = "Simpan penerimaan bulanan",
            description = "Untuk setiap jenis pajak yang dikirim, bulan-bulannya diganti dengan yang dikirim; "
                    + "semuanya atau tidak sama sekali.")
    MonthsDto saveMonths(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable int year,
            @RequestBody MonthsInput in) {
        Unit unit = access.viewable(me, code);
        figures.saveMonths(me, unit, year, in.taxTypes() == null ? Map.of() : in.taxTypes());
        return monthsDto(unit, year);
    }

    private MonthsDto monthsDto(Unit unit, int year) {
        Map<String, Map<Integer, BigDecimal>> out = new LinkedHashMap<>();
        for (RevenueMonth m : revenue.findMonths(unit.id())) {
            if (m.year() == year) {
                out.computeIfAbsent(m.taxTypeCode(), t -> new TreeMap<>()).put(m.month(), m.realization());
            }
        }
        return new MonthsDto(year, out);
    }

    // ------------------------------------------------------------------ realizations from the data

    @GetMapping("/api/v1/units/{code}/revenue/realizations/{iku}/{period}")
    @Operation(
            summary = "Nilai IKU dari data penerimaan",
            description = "iku = 01a-CP, 02a-CP atau 03a-CP; value kosong dengan problem bila belum dapat dihitung.")
    FigureDto figure(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        requireRevenueIku(iku);
        return dto(year, fromRevenue.figure(unit.id(), year, iku, period), null);
    }

    @PostMapping("/api/v1/units/{code}/revenue/realizations/{iku}/{period}")
    @Operation(
            summary = "Ambil realisasi IKU dari data penerimaan",
            description = "Disimpan sebagai DRAFT (sumber REVENUE) lewat alur realisasi biasa; ditolak bila sudah "
                    + "diajukan, diverifikasi atau disetujui, atau bila angkanya belum lengkap.")
    FigureDto fill(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        requireRevenueIku(iku);
        RealizationEntry saved = fromRevenue.fill(me, unit, year, iku, period);
        return dto(
                year,
                fromRevenue.figure(unit.id(), year, iku, period),
                saved.status().name());
    }

    private void requireRevenueIku(String iku) {
        if (!RevenueRealizations.INDICATORS.contains(iku)) {
            throw ApiProblem.badRequest(
                    "iku",
                    messages.getMessage(
                            "revenue.fill.indicator",
                            new Object[] {iku, String.join(", ", RevenueRealizations.INDICATORS)},
                            ApiErrors.INDONESIAN));
        }
    }

    private FigureDto dto(int year, RevenueRealizations.Figure f, String status) {
        return new FigureDto(
                f.code(),
                year,
                f.period(),
                f.through(),
                f.realization(),
                f.target(),
                f.value(),
                f.available() ? null : messages.getMessage(f.problem(), f.problemArgs(), ApiErrors.INDONESIAN),
                status);
    }
}
