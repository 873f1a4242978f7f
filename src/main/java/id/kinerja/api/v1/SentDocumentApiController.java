package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.report.ReportKind;
import id.kinerja.sending.SendingService;
import id.kinerja.sending.SentDocument;
import id.kinerja.web.UserError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** "Kirim ke Kanwil" for other systems, through {@link SendingService} (the same rights, refusals and audit as the page). */
@RestController
@RequestMapping("/api/v1/units/{code}/sent")
@Tag(name = "Kirim ke Kanwil", description = "Laporan NKO dan LAKIN yang dikirim ke Kanwil, dibekukan dengan SHA-256")
class SentDocumentApiController {

    record SentDto(
            long id,
            int year,
            ReportKind kind,
            Period period,
            int version,
            String fileName,
            String sha256,
            long size,
            String sentBy,
            OffsetDateTime sentAt,
            String note,
            String acknowledgedBy,
            OffsetDateTime acknowledgedAt) {
        static SentDto of(SentDocument d) {
            return new SentDto(
                    d.id(),
                    d.year(),
                    d.kind(),
                    d.period(),
                    d.version(),
                    d.fileName(),
                    d.sha256(),
                    d.size(),
                    d.sentBy(),
                    d.sentAt(),
                    d.note(),
                    d.acknowledgedBy(),
                    d.acknowledgedAt());
        }
    }

    /** What to send: {@code kind} NKO (with {@code period}) or LAKIN, the year, an optional cover note. */
    record SendBody(Integer year, String kind, Period period, String note) {}

    private final UnitAccess access;
    private final SendingService sending;

    SentDocumentApiController(UnitAccess access, SendingService sending) {
        this.access = access;
        this.sending = sending;
    }

    @GetMapping
    @Operation(summary = "Dokumen yang dikirim", description = "Semua versi tahun itu, terbaru dahulu.")
    List<SentDto> list(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year) {
        Unit unit = access.viewable(me, code);
        return sending.history(unit.id(), year).stream().map(SentDto::of).toList();
    }

    @PostMapping
    @Operation(
            summary = "Kirim ke Kanwil",
            description = "Kepala kantor atau pengelola kinerja. 409 bila dokumen masih DRAF atau tidak ada perjanjian"
                    + " kinerja tahun itu.")
    ResponseEntity<SentDto> send(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody SendBody body) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(SendingService.maySend(me, unit));
        ReportKind kind = ReportKind.find(body.kind());
        if (kind == null || body.year() == null) {
            throw UserError.invalid("sending.error.kind");
        }
        SentDocument d = sending.send(me, unit, body.year(), kind, body.period(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(SentDto.of(d));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Konfirmasi diterima", description = "Kanwil tepat di atas kantor; 409 bila sudah.")
    SentDto acknowledge(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        return SentDto.of(sending.acknowledge(me, unit, id));
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "PDF yang dikirim", description = "Byte demi byte; header X-Content-SHA256.")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        SentDocument d;
        try {
            d = sending.find(unit, id);
        } catch (UserError gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Dokumen terkirim " + id + " tidak ada");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName().replace(".pdf", "-v" + d.version() + ".pdf"))
                                .build()
                                .toString())
                .header("X-Content-SHA256", d.sha256())
                .body(sending.pdf(unit, id));
    }
}
