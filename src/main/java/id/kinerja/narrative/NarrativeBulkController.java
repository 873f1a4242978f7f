package id.kinerja.narrative;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.UnitYears;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Narratives in bulk, from the narratives page ({@code templates/narrative/import.html}):
 * <ul>
 *   <li>{@code GET /units/{code}/narratives/bulk/export?year=&kind=docx|xlsx}: every section of the year in one
 *       file (everyone who may view the unit);</li>
 *   <li>{@code POST /units/{code}/narratives/bulk/import} (multipart {@code file}): reads the file and shows what
 *       would change, with conflicts and refusals; nothing is written. The plan waits in the session;</li>
 *   <li>{@code POST /units/{code}/narratives/bulk/import/{id}/apply}: writes exactly the previewed plan, all or
 *       nothing;</li>
 *   <li>{@code POST /units/{code}/narratives/bulk/carry-over?year=}: "Mulai dari narasi tahun lalu".</li>
 * </ul>
 * Importing and carrying over: the unit's performance administrator and head (who may write every section).
 */
@Controller
class NarrativeBulkController {

    private static final String PAGE = "narrative/import";
    private static final String PLAN = "narrativeImport.";
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** The largest file read (bytes): as the upload limit of the application. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** A plan waiting for its confirmation: for whom, which unit and year. */
    record Pending(String username, long unitId, NarrativeImport plan) {}

    private final UnitAccess access;
    private final NarrativeService narratives;
    private final NarrativeFiles files;
    private final Agreements agreements;
    private final UnitYears unitYears;
    private final MessageSource messages;

    NarrativeBulkController(
            UnitAccess access,
            NarrativeService narratives,
            NarrativeFiles files,
            Agreements agreements,
            UnitYears unitYears,
            MessageSource messages) {
        this.access = access;
        this.narratives = narratives;
        this.files = files;
        this.agreements = agreements;
        this.unitYears = unitYears;
        this.messages = messages;
    }

    /** The unit's performance administrator and head: they may write every section. */
    static boolean mayWriteAll(CurrentUser me, Unit unit) {
        return me.unitId() == unit.id() && (me.has(Role.PERFORMANCE_ADMIN) || me.has(Role.HEAD));
    }

    @GetMapping("/units/{code}/narratives/bulk/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "docx") String kind) {
        Unit unit = access.viewable(me, code);
        int y = year(unit, year);
        NarrativeFiles.Kind k = NarrativeFiles.Kind.of("x." + kind);
        if (k == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "Jenis berkas tidak dikenal: " + kind);
        }
        return ResponseEntity.ok()
                .contentType(k == NarrativeFiles.Kind.DOCX ? DOCX : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(NarrativeFiles.fileName(unit, y, k), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(files.export(unit, y, k));
    }

    @PostMapping("/units/{code}/narratives/bulk/import")
    String upload(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            Locale locale,
            HttpSession session,
            HttpServletResponse response)
            throws IOException {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayWriteAll(me, unit));
        int y = year(unit, year);
        fill(model, unit, y);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(messages.getMessage("narrative.file.none", null, locale)));
            return PAGE;
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        model.addAttribute("fileName", name);
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        try {
            if (bytes.length > MAX_FILE_BYTES) {
                throw new NarrativeFileRejected(
                        List.of(Placeholders.message("narrative.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024))));
            }
            List<NarrativeService.Incoming> incoming = files.read(bytes, name, unit, y);
            NarrativeImport plan =
                    narratives.planImport(unit.id(), y, name, incoming, s -> NarrativeService.mayEdit(me, unit, s));
            String id = UUID.randomUUID().toString();
            session.setAttribute(PLAN + id, new Pending(me.username(), unit.id(), plan));
            model.addAttribute("plan", plan);
            model.addAttribute("planId", id);
        } catch (NarrativeFileRejected e) {
            response.setStatus(422);
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> messages.getMessage(p, locale))
                            .toList());
        }
        return PAGE;
    }

    @PostMapping("/units/{code}/narratives/bulk/import/{id}/apply")
    String apply(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String id,
            @RequestParam(required = false) Integer year,
            Model model,
            Locale locale,
            HttpSession session,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayWriteAll(me, unit));
        Object held = session.getAttribute(PLAN + id);
        if (!(held instanceof Pending pending)
                || !pending.username().equals(me.username())
                || pending.unitId() != unit.id()) {
            int y = year(unit, year);
            fill(model, unit, y);
            response.setStatus(409);
            model.addAttribute("problems", List.of(messages.getMessage("narrative.import.expired", null, locale)));
            return PAGE;
        }
        NarrativeImport plan = pending.plan();
        fill(model, unit, plan.year());
        try {
            List<NarrativeService.Saved> saved = narratives.applyImport(plan, me.username());
            session.removeAttribute(PLAN + id);
            redirect.addFlashAttribute(
                    "bulkMessage",
                    messages.getMessage("narrative.import.applied", new Object[] {saved.size()}, locale));
            return "redirect:/units/" + unit.code() + "/narratives?year=" + plan.year();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("plan", plan);
            model.addAttribute("planId", id);
            model.addAttribute("problems", List.of(e.message(messages, locale)));
            return PAGE;
        }
    }

    @PostMapping("/units/{code}/narratives/bulk/carry-over")
    String carryOver(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Locale locale,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(mayWriteAll(me, unit));
        int y = year(unit, year);
        try {
            NarrativeService.CarriedOver done = narratives.carryOver(unit.id(), y, me.username());
            redirect.addFlashAttribute(
                    "bulkMessage",
                    messages.getMessage(
                            "narrative.carry.done",
                            new Object[] {
                                done.copied().size(),
                                String.valueOf(y - 1),
                                done.alreadyThere().size(),
                                done.notThisYear().size()
                            },
                            locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("bulkError", e.message(messages, locale));
        }
        return "redirect:/units/" + unit.code() + "/narratives?year=" + y;
    }

    private void fill(Model model, Unit unit, int year) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", Period.Y);
    }

    private int year(Unit unit, Integer year) {
        return unitYears.open(unit, year, agreements.yearsOf(unit.id()));
    }
}
