package id.kinerja.sending;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.Deadline;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.report.ReportKind;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents an office sent to its Kanwil, {@code /units/{code}/sent?year=}: the history of both sides (what was
 * sent, when, by whom, its SHA-256, on time or late against the year's calendar, the receipt), "Kirim ke Kanwil" for
 * the office, "Konfirmasi diterima" for the Kanwil, and the frozen PDF.
 */
@Controller
class SendingController {

    /** One line of the history: the document and the due date it was sent against (null without one). */
    record Line(SentDocument document, Deadline due, boolean onTime) {}

    private final UnitAccess access;
    private final SendingService sending;
    private final Agreements agreements;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ZoneId zone;

    SendingController(
            UnitAccess access,
            SendingService sending,
            Agreements agreements,
            Deadlines deadlines,
            AuditLog audit,
            MessageSource messages,
            java.time.Clock clock) {
        this.access = access;
        this.sending = sending;
        this.agreements = agreements;
        this.deadlines = deadlines;
        this.audit = audit;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @GetMapping("/units/{code}/sent")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = WebParams.year(year, agreements.yearsOfOrBelow(unit.id()));
        TreeSet<Integer> years = new TreeSet<>(agreements.yearsOfOrBelow(unit.id()));
        years.add(y);
        List<Line> lines = sending.history(unit.id(), y).stream()
                .map(d -> {
                    Deadline due = deadlines
                            .due(
                                    unit.id(),
                                    y,
                                    d.kind() == ReportKind.LAKIN ? DeadlineKind.LAKIN : DeadlineKind.NKO_REPORT,
                                    d.period())
                            .orElse(null);
                    return new Line(
                            d,
                            due,
                            due == null
                                    || due.onTime(
                                            d.sentAt().atZoneSameInstant(zone).toLocalDate()));
                })
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("lines", lines);
        model.addAttribute("maySend", SendingService.maySend(me, unit));
        model.addAttribute("mayAcknowledge", SendingService.mayAcknowledge(me, unit));
        model.addAttribute("periods", Period.values());
        model.addAttribute("history", audit.find(unit.id(), SendingService.ENTITY, y + "/"));
        return "sending/page";
    }

    @PostMapping("/units/{code}/sent")
    String send(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Period period,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(SendingService.maySend(me, unit));
        try {
            ReportKind k = "LAKIN".equals(kind) ? ReportKind.LAKIN : "NKO".equals(kind) ? ReportKind.NKO : null;
            if (k == null) {
                throw UserError.invalid("sending.error.kind");
            }
            SentDocument d = sending.send(me, unit, year, k, period, note);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            "sending.done.sent",
                            new Object[] {d.fileName(), String.valueOf(d.version()), d.sha256()},
                            locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:/units/" + unit.code() + "/sent?year=" + year;
    }

    @PostMapping("/units/{code}/sent/{id}/acknowledge")
    String acknowledge(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            Locale locale,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        try {
            SentDocument d = sending.acknowledge(me, unit, id);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            "sending.done.acknowledged",
                            new Object[] {d.fileName(), String.valueOf(d.version())},
                            locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:/units/" + unit.code() + "/sent?year=" + year + "#sent-" + id;
    }

    @GetMapping("/units/{code}/sent/{id}/pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        SentDocument d;
        try {
            d = sending.find(unit, id);
        } catch (UserError gone) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND, "Dokumen terkirim " + id + " tidak ada");
        }
        byte[] body = sending.pdf(unit, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName().replace(".pdf", "-v" + d.version() + ".pdf"))
                                .build()
                                .toString())
                .header("X-Content-SHA256", d.sha256())
                .body(body);
    }
}
