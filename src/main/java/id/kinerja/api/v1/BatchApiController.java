package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.report.BatchJob;
import id.kinerja.report.ReportBatchService;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportKind;
import id.kinerja.web.PeriodFormatter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@Tag(
        name = "Dokumen kolektif",
        description = "Dokumen semua KPP di bawah Kanwil dalam satu zip, dibuat di latar belakang")
class BatchApiController {

    @Schema(
            description =
                    "year wajib; kind: nko, pk, ...; period hanya untuk NKO (bawaan Y); format pdf (bawaan) atau docx")
    record BatchRequest(Integer year, String kind, String period, String format) {}

    private final UnitAccess access;
    private final ReportBatchService batches;

    BatchApiController(UnitAccess access, ReportBatchService batches) {
        this.access = access;
        this.batches = batches;
    }

    /** The period of the request's body (Y when none); an unknown one is answered by {@link ApiErrors}. */
    private static Period period(String text) {
        Period p = PeriodFormatter.read(text);
        return p == null ? Period.Y : p;
    }

    @PostMapping("/api/v1/units/{code}/reports/batch")
    @Operation(
            summary = "Mulai dokumen kolektif untuk Kanwil",
            description = "202 dengan status pekerjaan dan header Location; ikuti dengan GET sampai state DONE.")
    ResponseEntity<BatchJob.Snapshot> start(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestBody(required = false) BatchRequest body) {
        Unit unit = batchUnit(me, code);
        if (body == null || body.year() == null) {
            throw ApiProblem.badRequest("year", "Field 'year' wajib diisi.");
        }
        ReportKind kind = ReportApiController.kind(body.kind());
        ReportFormat format = ReportApiController.format(body.format() == null ? "pdf" : body.format());
        BatchJob job = batches.start(me, unit, kind, body.year(), period(body.period()), format);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(UriComponentsBuilder.fromPath("/api/v1/units/{u}/reports/batch/{id}")
                        .buildAndExpand(unit.code(), job.id())
                        .encode()
                        .toUri())
                .body(job.snapshot());
    }

    @GetMapping("/api/v1/units/{code}/reports/batch/{id}")
    @Operation(
            summary = "Kemajuan dokumen kolektif",
            description = "state, total, processed dan hasil per kantor (OK, SKIPPED dengan alasan, FAILED).")
    BatchJob.Snapshot progress(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable String id) {
        return followed(me, batchUnit(me, code), id).snapshot();
    }

    @GetMapping("/api/v1/units/{code}/reports/batch/{id}/download")
    @Operation(
            summary = "Unduh zip dokumen kolektif",
            description = "Satu berkas per kantor, bernama kode kantor. 409 bila belum selesai.")
    void download(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String id,
            HttpServletResponse response)
            throws IOException {
        BatchJob job = followed(me, batchUnit(me, code), id);
        BatchJob.Snapshot s = job.snapshot();
        if (!s.downloadable()) {
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    "Dokumen kolektif belum selesai (" + s.state() + ", " + s.processed() + " dari " + s.total()
                            + " kantor).",
                    null);
        }
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(ReportBatchService.fileName(s), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setContentLengthLong(s.zipBytes());
        batches.copyZip(job, response.getOutputStream());
    }

    private Unit batchUnit(CurrentUser me, String code) {
        Unit unit = access.viewable(me, code);
        if (!batches.batchable(unit)) {
            throw ApiProblem.notFound("Bukan Kanwil atau Kantor Pusat: " + code);
        }
        return unit;
    }

    private BatchJob followed(CurrentUser me, Unit unit, String id) {
        return batches.find(id)
                .filter(j -> j.unitCode().equals(unit.code()))
                .filter(j -> ReportBatchService.mayFollow(me, j))
                .orElseThrow(() -> ApiProblem.notFound("Dokumen kolektif tidak dikenal: " + id));
    }
}
