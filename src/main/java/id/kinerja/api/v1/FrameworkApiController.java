package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.FrameworkValidationException;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Period;
import id.kinerja.frameworkeditor.DraftCheck;
import id.kinerja.frameworkeditor.DraftPreview;
import id.kinerja.frameworkeditor.FrameworkDraft;
import id.kinerja.frameworkeditor.FrameworkDrafts;
import id.kinerja.web.TraceText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The frameworks (Manual IKU): every signed-in client reads the published versions and their YAML text; an HQ
 * administrator copies a version into a draft or imports a file, replaces a draft's YAML text (If-Match: its row
 * version), validates a text, previews a draft and publishes it, through the same service as the web editor
 * ({@link FrameworkDrafts}). A text the loader refuses is answered 422 with the loader's problems.
 */
@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Manual IKU", description = "Versi manual IKU (kerangka kinerja) yang tercatat dan draf penyusunannya")
class FrameworkApiController {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    record VersionDto(
            long id,
            String code,
            int year,
            String name,
            int version,
            String source,
            String origin,
            String publishedBy,
            OffsetDateTime loadedAt) {}

    record ProblemDto(String source, int line, int column, String path, String key, String message) {}

    record DraftDto(
            long id,
            String code,
            int year,
            String name,
            Long basedOnVersionId,
            int rowVersion,
            String createdBy,
            String updatedBy,
            OffsetDateTime updatedAt,
            Long publishedVersionId,
            boolean publishable,
            List<ProblemDto> problems) {}

    record CopyRequest(Long fromVersionId, String code, Integer year, String name) {}

    record ValidationDto(boolean valid, List<ProblemDto> problems) {}

    record RefusalDto(int status, String error, String message, List<ProblemDto> problems) {}

    record PreviewIndicatorDto(String code, BigDecimal index, String colour, String excluded) {}

    record PreviewDto(
            Period period,
            BigDecimal nko,
            String predicate,
            String colour,
            String sampleUnit,
            Integer sampleYear,
            List<String> fromSample,
            List<String> fromAssumption,
            List<PreviewIndicatorDto> indicators,
            List<String> trace) {}

    record PerspectiveDto(String code, String name, String englishName, BigDecimal weight) {}

    record ObjectiveDto(String code, String name, String perspective, String description) {}

    record IndicatorDto(
            String code,
            String name,
            String objective,
            String unit,
            String polarity,
            String consolidation,
            String scoring,
            BigDecimal defaultWeight,
            BigDecimal cap,
            String definition,
            String formula,
            String dataSource,
            boolean composite,
            List<ComponentSetDto> componentSets) {}

    /** The components a composite IKU's realization is entered by, for the periods named. */
    record ComponentSetDto(List<String> periods, List<ComponentDto> components) {}

    record ComponentDto(String code, String name, BigDecimal weight, BigDecimal cap, String scoring) {}

    record FrameworkDto(
            VersionDto version,
            BigDecimal cap,
            List<PerspectiveDto> perspectives,
            List<ObjectiveDto> objectives,
            List<IndicatorDto> indicators) {}

    private final FrameworkCatalog catalog;
    private final FrameworkDrafts drafts;
    private final MessageSource messages;
    private final TraceText traces;

    FrameworkApiController(FrameworkCatalog catalog, FrameworkDrafts drafts, MessageSource messages, TraceText traces) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.messages = messages;
        this.traces = traces;
    }

    @GetMapping
    @Operation(summary = "Daftar versi manual IKU")
    List<VersionDto> list() {
        return catalog.all().stream().map(FrameworkApiController::dto).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu versi manual IKU", description = "Perspektif, sasaran strategis (SS) dan IKU.")
    FrameworkDto one(@PathVariable long id) {
        FrameworkVersion v =
                catalog.version(id).orElseThrow(() -> ApiProblem.notFound("Versi manual IKU tidak dikenal: " + id));
        Framework f = catalog.framework(id);
        return new FrameworkDto(
                dto(v),
                f.cap(),
                f.perspectives().stream()
                        .map(p -> new PerspectiveDto(p.code(), p.name(), p.englishName(), p.weight()))
                        .toList(),
                f.objectives().stream()
                        .map(o -> new ObjectiveDto(o.code(), o.name(), o.perspectiveCode(), o.description()))
                        .toList(),
                f.indicators().stream()
                        .map(i -> new IndicatorDto(
                                i.code(),
                                i.name(),
                                i.objectiveCode(),
                                i.unit() == null ? null : i.unit().name(),
                                i.polarity().name(),
                                i.consolidation().name(),
                                i.scoring().name(),
                                i.defaultWeight(),
                                i.cap(),
                                i.definition(),
                                i.formula(),
                                i.dataSource(),
                                i.isComposite(),
                                i.componentSets().stream()
                                        .map(set -> new ComponentSetDto(
                                                set.periods().stream()
                                                        .sorted()
                                                        .map(Enum::name)
                                                        .toList(),
                                                set.components().stream()
                                                        .map(c -> new ComponentDto(
                                                                c.code(),
                                                                c.name(),
                                                                c.weight(),
                                                                c.cap(),
                                                                c.scoring().name()))
                                                        .toList()))
                                        .toList()))
                        .toList());
    }

    @GetMapping(value = "/{id}/yaml", produces = "application/yaml")
    @Operation(
            summary = "Teks YAML satu versi (ekspor)",
            description = "Persis teks yang tercatat: berkas yang dimuat atau draf yang diterbitkan.")
    ResponseEntity<byte[]> text(@PathVariable long id) {
        String text = catalog.text(id).orElseThrow(() -> ApiProblem.notFound("Versi manual IKU tidak dikenal: " + id));
        return ResponseEntity.ok().contentType(YAML).body(text.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(
            value = "/validate",
            consumes = {"application/yaml", "text/yaml", "text/plain"})
    @Operation(
            summary = "Periksa teks YAML manual IKU",
            description = "Aturan dan pesan yang sama dengan pemuat berkas; tidak menyimpan apa pun.")
    ValidationDto validate(@RequestBody String text) {
        List<ProblemDto> problems = problems(drafts.problems("validate", text));
        return new ValidationDto(problems.isEmpty(), problems);
    }

    @GetMapping("/drafts")
    @Operation(summary = "Draf yang sedang disusun (administrator Kantor Pusat)")
    List<DraftDto> drafts(@AuthenticationPrincipal CurrentUser me) {
        return drafts.open(me).stream()
                .map(d -> dto(new DraftCheck(d, drafts.problems(d.code(), d.content()))))
                .toList();
    }

    @PostMapping("/drafts")
    @Operation(
            summary = "Buat draf dari versi terbit (salin)",
            description = "Salin seluruh versi fromVersionId; code, year dan name baru (kosong: yang lama).")
    ResponseEntity<DraftDto> copy(@AuthenticationPrincipal CurrentUser me, @RequestBody CopyRequest body) {
        if (body == null || body.fromVersionId() == null) {
            throw ApiProblem.badRequest("fromVersionId", "fromVersionId wajib diisi: versi manual IKU yang disalin");
        }
        FrameworkDraft d = drafts.copy(me, body.fromVersionId(), body.code(), body.year(), body.name());
        return created(drafts.check(me, d.id()));
    }

    @PostMapping(
            value = "/drafts/import",
            consumes = {"application/yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Impor berkas YAML ke draf baru", description = "Teks disimpan persis seperti dikirim.")
    ResponseEntity<DraftDto> importText(@AuthenticationPrincipal CurrentUser me, @RequestBody String text) {
        return created(drafts.importText(me, text));
    }

    @GetMapping("/drafts/{id}")
    @Operation(summary = "Satu draf dengan masalahnya", description = "Header ETag = versi baris draf.")
    ResponseEntity<DraftDto> draft(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        DraftCheck c = drafts.check(me, id);
        return ResponseEntity.ok().eTag(etag(c.draft())).body(dto(c));
    }

    @GetMapping(value = "/drafts/{id}/yaml", produces = "application/yaml")
    @Operation(summary = "Teks YAML draf", description = "Header ETag = versi baris draf.")
    ResponseEntity<byte[]> draftText(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        FrameworkDraft d = drafts.check(me, id).draft();
        return ResponseEntity.ok()
                .eTag(etag(d))
                .contentType(YAML)
                .body(d.content().getBytes(StandardCharsets.UTF_8));
    }

    @PutMapping(
            value = "/drafts/{id}/yaml",
            consumes = {"application/yaml", "text/yaml", "text/plain"})
    @Operation(
            summary = "Ganti teks YAML draf",
            description = "Wajib If-Match (428 tanpa, 412 bila basi). Draf bermasalah tetap disimpan; masalahnya"
                    + " dikembalikan. Teks yang bukan dokumen manual IKU: 422.")
    ResponseEntity<DraftDto> put(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @IfMatch @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody String text) {
        int version = rowVersion(me, id, ifMatch);
        DraftCheck saved = drafts.save(me, id, version, text, "api");
        return ResponseEntity.ok().eTag(etag(saved.draft())).body(dto(saved));
    }

    @GetMapping("/drafts/{id}/preview")
    @Operation(
            summary = "Pratinjau NKO draf pada perjanjian contoh",
            description = "unit + year: angka unit itu untuk IKU yang dimilikinya; IKU lain dan tanpa unit: target ="
                    + " realisasi (100).")
    PreviewDto preview(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period) {
        DraftPreview p = drafts.preview(me, id, unit, year, period);
        var sc = p.scorecard();
        return new PreviewDto(
                sc.period(),
                sc.nko(),
                sc.predicate() == null ? null : sc.predicate().name(),
                sc.colour() == null ? null : sc.colour().name(),
                p.unitCode(),
                p.year(),
                p.fromSample(),
                p.fromAssumption(),
                sc.indicators().stream()
                        .map(i -> new PreviewIndicatorDto(
                                i.code(),
                                i.index(),
                                i.colour() == null ? null : i.colour().name(),
                                i.excluded() == null ? null : i.excluded().name()))
                        .toList(),
                traces.lines(sc.trace(), ApiErrors.INDONESIAN));
    }

    @PostMapping("/drafts/{id}/publish")
    @Operation(
            summary = "Terbitkan draf sebagai versi baru",
            description = "Wajib If-Match. Draf bermasalah: 422 dengan masalahnya; isi sama dengan versi terbit: 409.")
    ResponseEntity<VersionDto> publish(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @IfMatch @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        FrameworkVersion v = drafts.publish(me, id, rowVersion(me, id, ifMatch));
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + v.id()))
                .body(dto(v));
    }

    /** A text the loader refuses (a publish with problems, a text that is no framework document): 422. */
    @ExceptionHandler(FrameworkValidationException.class)
    ResponseEntity<RefusalDto> refused(FrameworkValidationException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new RefusalDto(
                        HttpStatus.UNPROCESSABLE_CONTENT.value(),
                        HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase(),
                        e.text(ApiErrors.INDONESIAN),
                        problems(e.getProblems())));
    }

    private int rowVersion(CurrentUser me, long id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(
                    HttpStatus.PRECONDITION_REQUIRED,
                    messages.getMessage("api.framework.ifMatch", null, ApiErrors.INDONESIAN),
                    "If-Match");
        }
        FrameworkDraft d = drafts.check(me, id).draft();
        if (!etag(d).equals(ifMatch.strip())) {
            throw new ApiProblem(
                    HttpStatus.PRECONDITION_FAILED,
                    messages.getMessage(
                            "api.framework.stale", new Object[] {id, ifMatch.strip(), etag(d)}, ApiErrors.INDONESIAN),
                    "If-Match");
        }
        return d.rowVersion();
    }

    private ResponseEntity<DraftDto> created(DraftCheck c) {
        return ResponseEntity.created(
                        URI.create("/api/v1/frameworks/drafts/" + c.draft().id()))
                .eTag(etag(c.draft()))
                .body(dto(c));
    }

    static String etag(FrameworkDraft d) {
        return "\"" + d.rowVersion() + "\"";
    }

    private static List<ProblemDto> problems(List<FrameworkProblem> problems) {
        return problems.stream()
                .map(p -> new ProblemDto(
                        p.source(), p.line(), p.column(), p.path(), p.key(), p.text(ApiErrors.INDONESIAN)))
                .toList();
    }

    private static DraftDto dto(DraftCheck c) {
        FrameworkDraft d = c.draft();
        return new DraftDto(
                d.id(),
                d.code(),
                d.year(),
                d.name(),
                d.basedOnVersionId(),
                d.rowVersion(),
                d.createdBy(),
                d.updatedBy(),
                d.updatedAt(),
                d.publishedVersionId(),
                c.publishable(),
                problems(c.problems()));
    }

    private static VersionDto dto(FrameworkVersion v) {
        return new VersionDto(
                v.id(),
                v.code(),
                v.year(),
                v.name(),
                v.version(),
                v.source(),
                v.origin(),
                v.publishedBy(),
                v.loadedAt());
    }
}
