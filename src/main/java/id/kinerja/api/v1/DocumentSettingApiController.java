package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.report.DocumentSetting;
import id.kinerja.report.DocumentSettings;
import id.kinerja.report.ReportKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The place and date of a unit's LAKIN and NKO reports of a year, through {@link DocumentSettings}. */
@RestController
@RequestMapping("/api/v1/units/{code}/document-settings")
@Tag(name = "Tempat dan tanggal dokumen", description = "Tempat dan tanggal LAKIN dan laporan NKO per tahun")
class DocumentSettingApiController {

    @Schema(
            description = "document LAKIN (period Y) atau NKO (period Q1..Y); place dan date null: bawaan. "
                    + "printedPlace: tempat yang dicetak (isian, tempat PK, atau kota kantor)")
    record DocumentSettingDto(ReportKind document, Period period, String place, LocalDate date, String printedPlace) {}

    /** The documents whose place and date are recorded or reset. */
    record DocumentSettingsInput(List<DocumentSettingDto> documents) {}

    private final UnitAccess access;
    private final DocumentSettings settings;
    private final Agreements agreements;

    DocumentSettingApiController(UnitAccess access, DocumentSettings settings, Agreements agreements) {
        this.access = access;
        this.settings = settings;
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "Tempat dan tanggal dokumen satu unit dan tahun", description = "LAKIN lalu NKO per periode.")
    List<DocumentSettingDto> list(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        PerformanceAgreement a = agreements.findCurrent(unit.id(), year).orElse(null);
        return settings.of(unit.id(), year).stream()
                .map(s -> new DocumentSettingDto(
                        s.document(), s.period(), s.place(), s.date(), DocumentSettings.place(s, a, unit)))
                .toList();
    }

    @PutMapping
    @Operation(
            summary = "Catat tempat dan tanggal dokumen",
            description = "Dokumen yang dikirim diganti (place dan date null: kembali ke bawaan); pengelola kinerja "
                    + "atau kepala unit itu. Satu ditolak: tidak ada yang disimpan (400, pesan menyebut dokumen).")
    List<DocumentSettingDto> put(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestBody DocumentSettingsInput body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(settings.canEdit(me, unit.id()));
        settings.save(
                me,
                unit,
                year,
                (body.documents() == null ? List.<DocumentSettingDto>of() : body.documents())
                        .stream()
                                .map(d -> new DocumentSetting(d.document(), d.period(), d.place(), d.date()))
                                .toList());
        return list(me, code, year);
    }
}
