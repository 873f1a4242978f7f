package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationService;
import id.kinerja.realization.RealizationStep;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Realizations: read the list of a unit's year, read one (unit, year, IKU, period) with its ETag, and write one
 * through {@link RealizationService}, so that the workflow, the permissions and the audit trail are exactly the
 * web pages'. Every write (PUT, and the POST of a workflow step) must send {@code If-Match} with the ETag it read:
 * none -> 428, another -> 412 (someone changed it since). The ETag is the row version ({@code "3"}), or
 * {@code "none"} while nothing is entered.
 */
@RestController
@Tag(
        name = "Realisasi",
        description = "Realisasi IKU per periode dan alur kerjanya (simpan, ajukan, verifikasi, "
                + "kembalikan, setujui, buka kunci), dengan penguncian optimistis ETag / If-Match")
class RealizationApiController {

    static final String NONE = "\"none\"";

    @Schema(
            description =
                    "Nilai realisasi (angka JSON), atau nilai komponennya per kode komponen; dan catatan; "
                            + "confirm = true menyimpan nilai yang tidak wajar (persen di atas 1000, 100 kali periode sebelumnya)")
    record RealizationInput(BigDecimal value, Map<String, BigDecimal> components, String note, Boolean confirm) {}

    @Schema(description = "Catatan verifikasi (opsional) atau alasan (wajib untuk kembalikan dan buka kunci)")
    record StepInput(String note, String reason) {}

    record TargetDto(BigDecimal value, BigDecimal upper) {}

    record Allowed(boolean save, boolean submit, boolean verify, boolean giveBack, boolean approve, boolean unlock) {}

    record RealizationDto(
            String unit,
            int year,
            String indicator,
            String name,
            Period period,
            TargetDto target,
            BigDecimal value,
            Map<String, BigDecimal> components,
            BigDecimal computed,
            String note,
            String status,
            String enteredBy,
            OffsetDateTime enteredAt,
            String submittedBy,
            OffsetDateTime submittedAt,
            String reviewNote,
            String reviewedBy,
            OffsetDateTime reviewedAt,
            String approvedBy,
            OffsetDateTime approvedAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            Integer rowVersion,
            String etag,
            Allowed allowed) {}

    @FunctionalInterface
    private interface Step {
        RealizationEntry apply(Unit unit, Period period, Integer rowVersion);
    }

    /** The API answers in Indonesian, as {@link ApiErrors} does. */
    private static final Locale API_LANGUAGE = Locale.forLanguageTag("id-ID");

    private final UnitAccess access;
    private final RealizationService service;
    private final RealizationQueries queries;
    private final MessageSource messages;

    RealizationApiController(
            UnitAccess access, RealizationService service, RealizationQueries queries, MessageSource messages) {
        this.access = access;
        this.service = service;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/api/v1/units/{code}/realizations")
    @Operation(
            summary = "Realisasi satu unit dan tahun",
            description = "Semua IKU perjanjian yang berlaku, untuk satu periode atau (tanpa period) ketujuh periode.")
    List<RealizationDto> list(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) Period period) {
        Unit unit = access.viewable(me, code);
        List<Period> periods = period == null ? List.of(Period.values()) : List.of(period);
        List<RealizationDto> out = new ArrayList<>();
        for (Period p : periods) {
            RealizationQueries.Sheet sheet = queries.sheet(me, unit, year, p)
                    .orElseThrow(() ->
                            ApiProblem.notFound("Tidak ada perjanjian kinerja " + unit.code() + " tahun " + year));
            sheet.rows().forEach(r -> out.add(dto(unit, year, r)));
        }
        return out;
    }

    @GetMapping("/api/v1/units/{code}/realizations/{iku}/{period}")
    @Operation(
            summary = "Satu realisasi (unit, tahun, IKU, periode)",
            description = "Header ETag = versi baris; kirim kembali sebagai If-Match saat menulis.")
    ResponseEntity<RealizationDto> one(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return answer(unit, year, queries.row(me, unit, year, iku, period));
    }

    @PutMapping("/api/v1/units/{code}/realizations/{iku}/{period}")
    @Operation(
            summary = "Simpan realisasi (draf)",
            description = "Seperti tombol Simpan: PIC IKU atau pengelola kinerja, status kosong/DRAFT/RETURNED. "
                    + "Wajib If-Match (428 tanpa, 412 bila basi).")
    ResponseEntity<RealizationDto> save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @IfMatch @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RealizationInput body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canEnterRealization(me, unit.id(), iku));
        RealizationService.Input input = new RealizationService.Input(
                number(body.value()),
                components(body.components()),
                body.note(),
                NumberParser.Style.INDONESIAN,
                Boolean.TRUE.equals(body.confirm()));
        return step(me, unit, year, iku, period, ifMatch, (u, p, v) -> service.save(me, u, year, iku, p, input, v));
    }

    @PostMapping("/api/v1/units/{code}/realizations/{iku}/{period}/submit")
    @Operation(
            summary = "Ajukan realisasi",
            description = "DRAFT/RETURNED -> SUBMITTED, oleh PIC IKU atau pengelola kinerja.")
    ResponseEntity<RealizationDto> submit(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @IfMatch @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(me, code, iku, period, year, ifMatch, RealizationStep.SUBMIT, null);
    }

    @PostMapping("/api/v1/units/{code}/realizations/{iku}/{period}/verify")
    @Operation(
            summary = "Verifikasi realisasi",
            description = "SUBMITTED -> VERIFIED, oleh pengelola kinerja; catatan opsional.")
    ResponseEntity<RealizationDto> verify(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @IfMatch @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) StepInput body) {
        return step(me, code, iku, period, year, ifMatch, RealizationStep.VERIFY, body);
    }

    @PostMapping("/api/v1/units/{code}/realizations/{iku}/{period}/return")
    @Operation(
            summary = "Kembalikan realisasi ke PIC",
            description = "SUBMITTED/VERIFIED -> RETURNED, oleh pengelola kinerja; alasan wajib.")
    ResponseEntity<RealizationDto> giveBack(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @IfMatch @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) StepInput body) {
        return step(me, code, iku, period, year, ifMatch, RealizationStep.RETURN, body);
    }

    @PostMapping("/api/v1/units/{code}/realizations/{iku}/{period}/approve")
    @Operation(
            summary = "Setujui realisasi",
            description = "VERIFIED -> APPROVED (terkunci, masuk nilai resmi), oleh kepala kantor.")
    ResponseEntity<RealizationDto> approve(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @IfMatch @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(me, code, iku, period, year, ifMatch, RealizationStep.APPROVE, null);
    }

    @PostMapping("/api/v1/units/{code}/realizations/{iku}/{period}/unlock")
    @Operation(
            summary = "Buka kunci realisasi",
            description = "APPROVED -> DRAFT, oleh administrator unit atau di atasnya; alasan wajib.")
    ResponseEntity<RealizationDto> unlock(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @IfMatch @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) StepInput body) {
        return step(me, code, iku, period, year, ifMatch, RealizationStep.UNLOCK, body);
    }

    /**
     * One step of the workflow's table on an entered realization: the user holds the step's power (403), then the
     * If-Match check of {@link #step(CurrentUser, Unit, int, String, Period, String, Step)}; the body's note (verify)
     * or reason (return, unlock) goes with it.
     */
    private ResponseEntity<RealizationDto> step(
            CurrentUser me,
            String code,
            String iku,
            Period period,
            int year,
            String ifMatch,
            RealizationStep step,
            StepInput body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(step.allowedFor(access, me, unit.id(), iku, false));
        String remark = body == null
                ? null
                : switch (step.remark()) {
                    case NONE -> null;
                    case NOTE -> body.note();
                    case REASON -> body.reason();
                };
        return step(
                me, unit, year, iku, period, ifMatch, (u, p, v) -> service.step(me, u, year, iku, p, step, v, remark));
    }

    /** Checks If-Match against the current row, then runs the step with that row version. */
    private ResponseEntity<RealizationDto> step(
            CurrentUser me, Unit unit, int year, String iku, Period p, String ifMatch, Step step) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "Header If-Match wajib: kirim ETag yang diterima "
                            + "dari GET realisasi ini (penguncian optimistis).",
                    "If-Match");
        }
        RealizationQueries.Row current = queries.row(me, unit, year, iku, p);
        String etag = etag(current.entry());
        if (!matches(ifMatch, etag)) {
            RealizationEntry e = current.entry();
            Object state = e == null
                    ? ""
                    : new DefaultMessageSourceResolvable(
                            new String[] {"api.error.stale.state"},
                            new Object[] {
                                new DefaultMessageSourceResolvable(
                                        "realization.status." + e.status().name()),
                                e.lastBy()
                            },
                            "");
            throw new ApiProblem(
                    HttpStatus.PRECONDITION_FAILED,
                    messages.getMessage(
                            "api.error.stale",
                            new Object[] {iku, PeriodNames.of(p), ifMatch.strip(), etag, state},
                            API_LANGUAGE),
                    "If-Match");
        }
        step.apply(unit, p, current.entry() == null ? null : current.entry().rowVersion());
        return answer(unit, year, queries.row(me, unit, year, iku, p));
    }

    private ResponseEntity<RealizationDto> answer(Unit unit, int year, RealizationQueries.Row row) {
        RealizationDto dto = dto(unit, year, row);
        return ResponseEntity.ok().eTag(dto.etag()).body(dto);
    }

    static String etag(RealizationEntry e) {
        return e == null ? NONE : "\"" + e.rowVersion() + "\"";
    }

    static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private RealizationDto dto(Unit unit, int year, RealizationQueries.Row r) {
        RealizationEntry e = r.entry();
        RealizationQueries.Actions a = r.actions();
        return new RealizationDto(
                unit.code(),
                year,
                r.code(),
                r.indicator().name(),
                r.period(),
                r.target() == null
                        ? null
                        : new TargetDto(r.target().value(), r.target().upper()),
                e == null ? null : e.value(),
                e == null ? Map.of() : e.components(),
                r.computed() == null ? null : r.computed().realization(),
                e == null ? null : e.note(),
                e == null ? null : e.status().name(),
                e == null ? null : e.enteredBy(),
                e == null ? null : e.enteredAt(),
                e == null ? null : e.submittedBy(),
                e == null ? null : e.submittedAt(),
                e == null ? null : e.reviewNote(),
                e == null ? null : e.reviewedBy(),
                e == null ? null : e.reviewedAt(),
                e == null ? null : e.approvedBy(),
                e == null ? null : e.approvedAt(),
                e == null ? null : e.updatedBy(),
                e == null ? null : e.updatedAt(),
                e == null ? null : e.rowVersion(),
                etag(e),
                new Allowed(a.save(), a.submit(), a.verify(), a.giveBack(), a.approve(), a.unlock()));
    }

    /** A JSON number as the workflow's typed text, read back in Indonesian (no grouping, comma decimals). */
    private static String number(BigDecimal value) {
        return value == null ? null : NumberParser.plain(value, NumberParser.Style.INDONESIAN);
    }

    private Map<String, String> components(Map<String, BigDecimal> components) {
        Map<String, String> out = new LinkedHashMap<>();
        if (components != null) {
            components.forEach((k, v) -> out.put(k, number(v)));
        }
        return out;
    }
}
