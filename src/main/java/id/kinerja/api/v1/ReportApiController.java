package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.report.ReportDocument;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportKind;
import id.kinerja.report.ReportRenderer;
import id.kinerja.report.ReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dokumen", description = "Dokumen laporan (NKO, PK, ...) dalam PDF, DOCX atau HTML")
class ReportApiController {

    private final UnitAccess access;
    private final ReportService reports;
    private final ReportRenderer renderer;

    ReportApiController(UnitAccess access, ReportService reports, ReportRenderer renderer) {
        this.access = access;
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/api/v1/units/{code}/reports/{kind}")
    @Operation(
            summary = "Buat dan unduh satu dokumen",
            description = "kind: jenis dokumen (nko, pk, ...); period hanya untuk NKO (bawaan Y); format pdf (bawaan), "
                    + "docx atau html. 404 bila unit tidak punya perjanjian kinerja tahun itu.")
    ResponseEntity<byte[]> document(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @RequestParam int year,
            @RequestParam(required = false) Period period,
            @RequestParam(defaultValue = "pdf") String format) {
        Unit unit = access.viewable(me, code);
        ReportKind k = kind(kind);
        Period p = period == null ? Period.Y : period;
        ReportFormat f = format(format);
        ReportDocument document = reports.document(k, unit.code(), year, p);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(f), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(renderer.render(document, f));
    }

    static ReportKind kind(String text) {
        ReportKind k = ReportKind.find(text);
        if (k == null) {
            throw ApiProblem.badRequest(
                    "kind",
                    "Jenis dokumen tidak dikenal '" + text + "' ("
                            + Arrays.stream(ReportKind.values())
                                    .map(v -> v.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", "))
                            + ").");
        }
        return k;
    }

    static ReportFormat format(String text) {
        try {
            return ReportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("format", "Format tidak dikenal '" + text + "' (pdf, docx, html).");
        }
    }
}
