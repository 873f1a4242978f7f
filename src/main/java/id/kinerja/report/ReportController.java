package id.kinerja.report;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The documents of a unit, for everyone who may view it: {@code GET /units/{code}/reports/nko?year=&period=&format=},
 * {@code GET /units/{code}/reports/pk?year=&format=} and {@code GET /units/{code}/reports/lakin?year=&format=}.
 * HTML is shown in the browser (the document's own XHTML,
 * no application layout), PDF and DOCX are downloads. Unknown unit, or no agreement for the year: 404.
 */
@Controller
class ReportController {

    private final UnitAccess access;
    private final ReportService reports;
    private final ReportRenderer renderer;

    ReportController(UnitAccess access, ReportService reports, ReportRenderer renderer) {
        this.access = access;
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/units/{code}/reports/nko")
    ResponseEntity<byte[]> nko(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) Period period,
            @RequestParam(defaultValue = "html") String format) {
        Unit unit = access.viewable(me, code);
        Period p = period == null ? Period.Y : period;
        ReportFormat f = format(format);
        return respond(found(() -> reports.nko(unit.code(), year, p)), f);
    }

    @GetMapping("/units/{code}/reports/pk")
    ResponseEntity<byte[]> pk(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(defaultValue = "html") String format) {
        Unit unit = access.viewable(me, code);
        ReportFormat f = format(format);
        return respond(found(() -> reports.pk(unit.code(), year)), f);
    }

    @GetMapping("/units/{code}/reports/lakin")
    ResponseEntity<byte[]> lakin(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(defaultValue = "html") String format) {
        Unit unit = access.viewable(me, code);
        ReportFormat f = format(format);
        return respond(found(() -> reports.lakin(unit.code(), year)), f);
    }

    private ResponseEntity<byte[]> respond(ReportDocument document, ReportFormat format) {
        byte[] body = renderer.render(document, format);
        ContentDisposition disposition = format == ReportFormat.HTML
                ? ContentDisposition.inline()
                        .filename(document.fileName(format), StandardCharsets.UTF_8)
                        .build()
                : ContentDisposition.attachment()
                        .filename(document.fileName(format), StandardCharsets.UTF_8)
                        .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static ReportFormat format(String text) {
        try {
            return ReportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static ReportDocument found(java.util.function.Supplier<ReportDocument> report) {
        try {
            return report.get();
        } catch (ReportNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
