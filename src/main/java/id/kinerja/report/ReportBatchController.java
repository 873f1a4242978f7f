package id.kinerja.report;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Batch documents of a Kanwil's offices: {@code POST /units/{code}/reports/batch} (year, kind, period, format; from
 * the form on the Kanwil page) starts a job and redirects to its page {@code GET /units/{code}/reports/batch/{id}},
 * which htmx polls every second for the progress fragment until the job is finished; then
 * {@code GET /units/{code}/reports/batch/{id}/download} gives the zip. Starting needs the right to view the Kanwil;
 * following and downloading a job also needs to be its starter or of the starter's unit (else 404, as if unknown).
 */
@Controller
class ReportBatchController {

    private final UnitAccess access;
    private final ReportBatchService batches;
    private final MessageSource messages;

    ReportBatchController(UnitAccess access, ReportBatchService batches, MessageSource messages) {
        this.access = access;
        this.batches = batches;
        this.messages = messages;
    }

    @PostMapping("/units/{code}/reports/batch")
    String start(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Period period,
            @RequestParam(defaultValue = "pdf") String format,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Unit unit = batchUnit(me, code);
        try {
            if (year == null) {
                throw UserError.invalid("batch.error.yearRequired");
            }
            ReportKind k = ReportKind.find(kind);
            if (k == null) {
                throw UserError.invalid("batch.error.kind", String.valueOf(kind));
            }
            Period p = period == null ? Period.Y : period;
            ReportFormat f;
            try {
                f = ReportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw UserError.invalid("batch.error.format");
            }
            BatchJob job = batches.start(me, unit, k, year, p, f);
            return "redirect:/units/" + unit.code() + "/reports/batch/" + job.id();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("unit", unit);
            model.addAttribute("error", e.message(messages, locale));
            return "batch/job";
        }
    }

    @GetMapping("/units/{code}/reports/batch/{id}")
    String job(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Unit unit = batchUnit(me, code);
        BatchJob job = followed(me, unit, id);
        model.addAttribute("unit", unit);
        model.addAttribute("job", job.snapshot());
        return "true".equals(htmx) ? "batch/job :: progress" : "batch/job";
    }

    @GetMapping("/units/{code}/reports/batch/{id}/download")
    void download(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String id,
            HttpServletResponse response)
            throws IOException {
        Unit unit = batchUnit(me, code);
        BatchJob job = followed(me, unit, id);
        BatchJob.Snapshot s = job.snapshot();
        if (!s.downloadable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Batch belum selesai");
        }
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(ReportBatchService.fileName(s), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(s.zipBytes());
        batches.copyZip(job, response.getOutputStream());
    }

    private Unit batchUnit(CurrentUser me, String code) {
        Unit unit = access.viewable(me, code);
        if (!batches.batchable(unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Bukan Kanwil atau Kantor Pusat: " + code);
        }
        return unit;
    }

    private BatchJob followed(CurrentUser me, Unit unit, String id) {
        return batches.find(id)
                .filter(j -> j.unitCode().equals(unit.code()))
                .filter(j -> ReportBatchService.mayFollow(me, j))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Batch tidak dikenal: " + id));
    }
}
