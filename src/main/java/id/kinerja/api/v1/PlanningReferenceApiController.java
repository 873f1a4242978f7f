package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.agreement.PlanningReferences;
import id.kinerja.organisation.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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

/**
 * The Renstra DJP / RPJMN targets and national standard of the IKU of a unit's year, through
 * {@link PlanningReferences} (the IKU page's rules: an IKU of the agreement in force, all or nothing, audited).
 */
@RestController
@RequestMapping("/api/v1/units/{code}/planning-references")
@Tag(name = "Referensi perencanaan", description = "Target Renstra DJP / RPJMN dan standar nasional per IKU")
class PlanningReferenceApiController {

    @Schema(description = "Target kosong (null): dokumen itu tidak menetapkan target untuk IKU ini")
    record PlanningReferenceDto(
            String indicator,
            BigDecimal renstraTarget,
            BigDecimal rpjmnTarget,
            BigDecimal nationalStandard,
            String source) {}

    @Schema(description = "Referensi per IKU yang dicatat atau diganti")
    record PlanningReferencesInput(List<PlanningReferenceDto> references) {}

    private final UnitAccess access;
    private final PlanningReferences references;

    PlanningReferenceApiController(UnitAccess access, PlanningReferences references) {
        this.access = access;
        this.references = references;
    }

    @GetMapping
    @Operation(summary = "Referensi perencanaan satu unit dan tahun", description = "Per IKU yang sudah dicatat.")
    List<PlanningReferenceDto> list(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return references.of(unit.id(), year).values().stream()
                .map(PlanningReferenceApiController::dto)
                .toList();
    }

    @PutMapping
    @Operation(
            summary = "Catat referensi perencanaan",
            description = "Mengganti referensi IKU yang dikirim (IKU lain tetap); pengelola kinerja unit itu. "
                    + "Satu baris ditolak: tidak ada yang disimpan (400, pesan menyebut IKU dan kolomnya).")
    List<PlanningReferenceDto> put(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestBody PlanningReferencesInput body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(references.canEdit(me, unit.id()));
        references.save(
                me,
                unit,
                year,
                (body.references() == null ? List.<PlanningReferenceDto>of() : body.references())
                        .stream()
                                .map(d -> new PlanningReference(
                                        d.indicator(),
                                        d.renstraTarget(),
                                        d.rpjmnTarget(),
                                        d.nationalStandard(),
                                        d.source()))
                                .toList());
        return list(me, code, year);
    }

    private static PlanningReferenceDto dto(PlanningReference r) {
        return new PlanningReferenceDto(
                r.indicatorCode(), r.renstraTarget(), r.rpjmnTarget(), r.nationalStandard(), r.source());
    }
}
