package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.AgreementCommands;
import id.kinerja.agreement.AgreementForms;
import id.kinerja.agreement.AgreementParty;
import id.kinerja.agreement.AgreementVersion;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.YearStart;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.Target;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agreements of a unit: the one in force of a year, any version by id, and the writes the API-only flow needs,
 * each through {@link AgreementCommands} (the editor's rules, rights and audit): create a year's first draft from the
 * framework or from last year's agreement (one unit, or every office below a Kanwil at once), the header, the IKU's
 * weights and targets, and a party's signature. A write names the row version it read ({@code rowVersion}); a stale
 * one changes nothing (412).
 */
@RestController
@Tag(name = "Perjanjian kinerja", description = "Perjanjian kinerja (PK): baca, buat, isi, tandatangani")
class AgreementApiController {

    record TargetDto(BigDecimal value, BigDecimal upper) {
        static TargetDto of(Target t) {
            return t == null ? null : new TargetDto(t.value(), t.upper());
        }
    }

    record IndicatorDto(
            String code, String name, String objective, BigDecimal weight, Map<Period, TargetDto> targets) {}

    record PartyDto(String name, String position) {}

    record BudgetDto(String code, String name, BigDecimal amount) {}

    record SignatureDto(String signedBy, OffsetDateTime signedAt) {}

    record AgreementDto(
            String unit,
            int year,
            long id,
            int version,
            String status,
            String number,
            LocalDate date,
            String place,
            long frameworkVersionId,
            PartyDto firstParty,
            PartyDto secondParty,
            List<IndicatorDto> indicators,
            List<BudgetDto> budget,
            int rowVersion,
            SignatureDto firstPartySignature,
            SignatureDto secondPartySignature) {}

    /** How a year's first draft starts: {@code FRAMEWORK} (every IKU of the framework) or {@code PREVIOUS_YEAR}. */
    enum Start {
        FRAMEWORK,
        PREVIOUS_YEAR
    }

    record CreateInput(Integer year, Start from, Long frameworkVersionId) {}

    record CreatedDto(AgreementDto agreement, List<String> carried, List<String> dropped) {}

    record YearInput(Integer year) {}

    record OfficeStartDto(
            String unit,
            String unitName,
            boolean created,
            Integer version,
            List<String> carried,
            List<String> dropped,
            String skipped) {}

    record HeaderInput(
            Integer rowVersion, String number, String date, String place, PartyDto firstParty, PartyDto secondParty) {}

    record IndicatorInput(String code, BigDecimal weight, Map<Period, TargetDto> targets) {}

    record IndicatorsInput(Integer rowVersion, List<IndicatorInput> indicators) {}

    record SignInput(Integer rowVersion, AgreementParty party, Boolean confirm, String reason) {}

    private final UnitAccess access;
    private final Agreements agreements;
    private final AgreementCommands commands;
    private final FrameworkCatalog frameworks;
    private final MessageSource messages;

    AgreementApiController(
            UnitAccess access,
            Agreements agreements,
            AgreementCommands commands,
            FrameworkCatalog frameworks,
            MessageSource messages) {
        this.access = access;
        this.agreements = agreements;
        this.commands = commands;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @GetMapping("/api/v1/units/{code}/agreement")
    @Operation(
            summary = "Perjanjian kinerja yang berlaku untuk unit dan tahun",
            description = "IKU dengan bobot dan target per periode, anggaran, para pihak dan tanda tangannya. 404 bila"
                    + " tidak ada.")
    AgreementDto current(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        PerformanceAgreement a = agreements
                .findCurrent(unit.id(), year)
                .orElseThrow(
                        () -> ApiProblem.notFound("Tidak ada perjanjian kinerja " + unit.code() + " tahun " + year));
        return dto(unit, a);
    }

    @GetMapping("/api/v1/units/{code}/agreements/{id}")
    @Operation(
            summary = "Satu versi perjanjian kinerja unit",
            description = "Versi mana pun (draf, ditandatangani, digantikan) dengan rowVersion untuk penulisan.")
    AgreementDto one(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        return dto(unit, find(unit, id));
    }

    @PostMapping("/api/v1/units/{code}/agreements")
    @Operation(
            summary = "Buat draf pertama perjanjian kinerja sebuah tahun",
            description = "from=FRAMEWORK: semua IKU manual tahun itu (frameworkVersionId, kosong: manual terbaru tahun"
                    + " itu) dengan bobot bawaan; from=PREVIOUS_YEAR: IKU dan bobot PK tahun sebelumnya yang masih ada"
                    + " dalam manual baru (yang tidak ada dilaporkan di dropped), target kosong. 201.")
    ResponseEntity<CreatedDto> create(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody CreateInput body) {
        Unit unit = access.viewable(me, code);
        int year = year(body.year());
        if (body.from() == Start.PREVIOUS_YEAR) {
            YearStart done = commands.startFromPrevious(me, unit, year);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new CreatedDto(dto(unit, find(unit, done.version().id())), done.carried(), done.dropped()));
        }
        AgreementVersion created = commands.create(me, unit, year, body.frameworkVersionId());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedDto(dto(unit, find(unit, created.id())), List.of(), List.of()));
    }

    @PostMapping("/api/v1/units/{code}/agreements/offices")
    @Operation(
            summary = "Buat PK tahun ini dari PK tahun lalu untuk semua kantor di bawah unit",
            description = "Administrator Kanwil (atau di atasnya): satu transaksi, seluruhnya atau tidak sama sekali;"
                    + " daftar unit yang dibuat (IKU dibawa dan yang tidak ada dalam manual baru) dan yang dilewati"
                    + " beserta alasannya.")
    List<OfficeStartDto> startOffices(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody YearInput body) {
        Unit unit = access.viewable(me, code);
        return commands.startOfficesBelow(me, unit, year(body.year())).stream()
                .map(r -> new OfficeStartDto(
                        r.unit().code(),
                        r.unit().name(),
                        r.created(),
                        r.created() ? r.version().version() : null,
                        r.carried(),
                        r.dropped(),
                        r.created() ? null : messages.getMessage(r.skipReason(), ApiErrors.INDONESIAN)))
                .toList();
    }

    @PutMapping("/api/v1/units/{code}/agreements/{id}/header")
    @Operation(
            summary = "Nomor, tanggal (yyyy-MM-dd), tempat dan para pihak sebuah draf",
            description = "Pengelola kinerja unit. Nilai kosong menghapus isian.")
    AgreementDto header(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody HeaderInput body) {
        Unit unit = access.viewable(me, code);
        PartyDto first = body.firstParty() == null ? new PartyDto(null, null) : body.firstParty();
        PartyDto second = body.secondParty() == null ? new PartyDto(null, null) : body.secondParty();
        AgreementVersion v = commands.updateHeader(
                me,
                unit,
                id,
                body.rowVersion(),
                new AgreementForms.Header(
                        body.number(),
                        body.date(),
                        body.place(),
                        first.name(),
                        first.position(),
                        second.name(),
                        second.position()));
        return dto(unit, find(unit, v.id()));
    }

    @PutMapping("/api/v1/units/{code}/agreements/{id}/indicators")
    @Operation(
            summary = "Bobot dan target per periode IKU sebuah draf",
            description = "Setiap IKU yang disebut mendapat bobot dan target yang diberikan (periode yang tidak"
                    + " disebut: tanpa target); IKU lain tetap. Pengelola kinerja unit.")
    AgreementDto indicators(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody IndicatorsInput body) {
        Unit unit = access.viewable(me, code);
        List<PerformanceAgreement.Indicator> given = new ArrayList<>();
        for (IndicatorInput i : body.indicators() == null ? List.<IndicatorInput>of() : body.indicators()) {
            if (i == null || i.code() == null) {
                throw ApiProblem.badRequest("indicators[].code", "Kode IKU wajib diisi.");
            }
            Map<Period, Target> targets = new EnumMap<>(Period.class);
            if (i.targets() != null) {
                i.targets().forEach((p, t) -> {
                    if (t != null && t.value() != null) {
                        targets.put(p, new Target(t.value(), t.upper()));
                    }
                });
            }
            given.add(new PerformanceAgreement.Indicator(i.code(), i.weight(), targets));
        }
        AgreementVersion v = commands.setIndicators(me, unit, id, body.rowVersion(), given);
        return dto(unit, find(unit, v.id()));
    }

    @PostMapping("/api/v1/units/{code}/agreements/{id}/sign")
    @Operation(
            summary = "Tanda tangan salah satu pihak",
            description = "party=FIRST: kepala unit; SECOND: kepala unit di atasnya (kosong: pihak yang boleh"
                    + " ditandatangani pemanggil). confirm=true wajib; reason wajib pada tanda tangan pertama sebuah"
                    + " revisi. Berlaku (SIGNED) setelah kedua pihak menandatangani.")
    AgreementDto sign(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody SignInput body) {
        Unit unit = access.viewable(me, code);
        AgreementVersion v = commands.sign(
                me, unit, id, body.rowVersion(), body.party(), Boolean.TRUE.equals(body.confirm()), body.reason());
        return dto(unit, find(unit, v.id()));
    }

    private PerformanceAgreement find(Unit unit, long id) {
        return agreements
                .findById(id)
                .filter(a -> a.unitId() == unit.id())
                .orElseThrow(() -> ApiProblem.notFound("Tidak ada perjanjian kinerja " + id + " unit " + unit.code()));
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw ApiProblem.badRequest("year", "Tahun wajib diisi (2000-2100).");
        }
        return year;
    }

    private AgreementDto dto(Unit unit, PerformanceAgreement a) {
        Framework f = frameworks.framework(a.frameworkVersionId());
        List<IndicatorDto> indicators = a.indicators().stream()
                .map(i -> {
                    Indicator def = f.indicator(i.code());
                    Map<Period, TargetDto> targets = new LinkedHashMap<>();
                    for (Period p : Period.values()) {
                        if (i.targets().containsKey(p)) {
                            targets.put(p, TargetDto.of(i.targets().get(p)));
                        }
                    }
                    return new IndicatorDto(
                            i.code(),
                            def == null ? null : def.name(),
                            def == null ? null : def.objectiveCode(),
                            i.weight(),
                            targets);
                })
                .toList();
        AgreementVersion v = agreements.versions(unit.id(), a.year()).stream()
                .filter(x -> x.id() == a.id())
                .findFirst()
                .orElseThrow();
        return new AgreementDto(
                unit.code(),
                a.year(),
                a.id(),
                a.version(),
                a.status().name(),
                a.number(),
                a.date(),
                a.place(),
                a.frameworkVersionId(),
                party(a.firstParty()),
                party(a.secondParty()),
                indicators,
                a.budget().stream()
                        .map(b -> new BudgetDto(b.code(), b.name(), b.amount()))
                        .toList(),
                v.rowVersion(),
                signature(v, AgreementParty.FIRST),
                signature(v, AgreementParty.SECOND));
    }

    private static SignatureDto signature(AgreementVersion v, AgreementParty party) {
        return v.signedBy(party) == null ? null : new SignatureDto(v.signedBy(party), v.signedAt(party));
    }

    private static PartyDto party(PerformanceAgreement.Party p) {
        return p == null ? null : new PartyDto(p.name(), p.position());
    }
}
