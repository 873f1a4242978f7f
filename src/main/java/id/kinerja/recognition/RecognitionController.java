package id.kinerja.recognition;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.UnitYears;
import id.kinerja.evidence.UploadedFile;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The awards and innovations page of a unit ({@link Recognitions}):
 * <ul>
 *   <li>{@code GET /units/{code}/recognitions?year=}: for whoever may view the unit;</li>
 *   <li>{@code POST /units/{code}/recognitions/{awards|innovations}} (multipart, with an optional {@code file}): add;
 *       {@code POST .../{id}}: change ({@code removeAttachment} to drop the file); {@code POST .../{id}/delete};</li>
 *   <li>{@code GET /units/{code}/recognitions/{awards|innovations}/{id}/attachment}: the attachment, for whoever may
 *       view the unit.</li>
 * </ul>
 */
@Controller
class RecognitionController {

    private static final String PAGE = "recognition/recognitions";

    private final UnitAccess access;
    private final Recognitions recognitions;
    private final MessageSource messages;
    private final UnitYears unitYears;

    RecognitionController(UnitAccess access, Recognitions recognitions, MessageSource messages, UnitYears unitYears) {
        this.access = access;
        this.recognitions = recognitions;
        this.messages = messages;
        this.unitYears = unitYears;
    }

    @GetMapping("/units/{code}/recognitions")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        fill(model, me, unit, unitYears.open(unit, year, recognitions.years(unit.id())));
        return PAGE;
    }

    @PostMapping("/units/{code}/recognitions/{kind}")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> fields,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(recognitions.canEdit(me, unit.id()));
        RecognitionKind k = kind(kind);
        int y = unitYears.open(unit, year, recognitions.years(unit.id()));
        try {
            if (k == RecognitionKind.AWARD) {
                recognitions.createAward(me, unit, y, awardInput(fields), name(file), bytes(file));
            } else {
                recognitions.createInnovation(me, unit, y, innovationInput(fields), name(file), bytes(file));
            }
            return done(redirect, unit, y, k, "recognition.done.create", locale);
        } catch (UserError e) {
            return refused(e, model, me, unit, y, k, "new", fields, locale, response);
        }
    }

    @PostMapping("/units/{code}/recognitions/{kind}/{id}")
    String update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> fields,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(recognitions.canEdit(me, unit.id()));
        RecognitionKind k = kind(kind);
        int y = unitYears.open(unit, year, recognitions.years(unit.id()));
        boolean remove = "true".equals(fields.get("removeAttachment"));
        try {
            if (k == RecognitionKind.AWARD) {
                recognitions.updateAward(me, unit, id, awardInput(fields), name(file), bytes(file), remove);
            } else {
                recognitions.updateInnovation(me, unit, id, innovationInput(fields), name(file), bytes(file), remove);
            }
            return done(redirect, unit, y, k, "recognition.done.update", locale);
        } catch (UserError e) {
            return refused(e, model, me, unit, y, k, String.valueOf(id), fields, locale, response);
        }
    }

    @PostMapping("/units/{code}/recognitions/{kind}/{id}/delete")
    String delete(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            Locale locale,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(recognitions.canEdit(me, unit.id()));
        RecognitionKind k = kind(kind);
        int y = unitYears.open(unit, year, recognitions.years(unit.id()));
        recognitions.delete(me, unit, k, id);
        return done(redirect, unit, y, k, "recognition.done.delete", locale);
    }

    @GetMapping("/units/{code}/recognitions/{kind}/{id}/attachment")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        return download(recognitions.attachment(me, unit, kind(kind), id));
    }

    /** The attachment as a download that a browser never renders in the page's origin. */
    static ResponseEntity<byte[]> download(RecognitionFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        UploadedFile.contentDisposition(file.attachment().name()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    private static RecognitionKind kind(String path) {
        RecognitionKind k = RecognitionKind.ofPath(path);
        if (k == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return k;
    }

    static AwardInput awardInput(Map<String, String> f) {
        return new AwardInput(f.get("title"), f.get("giver"), f.get("date"), f.get("description"));
    }

    static InnovationInput innovationInput(Map<String, String> f) {
        return new InnovationInput(f.get("name"), f.get("longName"), f.get("description"), f.get("goals"));
    }

    private static String name(MultipartFile file) {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }

    private String done(
            RedirectAttributes redirect, Unit unit, int year, RecognitionKind k, String key, Locale locale) {
        redirect.addFlashAttribute(
                "done",
                messages.getMessage(
                        key, new Object[] {messages.getMessage("recognition.kind." + k.name(), null, locale)}, locale));
        return "redirect:"
                + UriComponentsBuilder.fromPath("/units/{u}/recognitions")
                        .queryParam("year", year)
                        .fragment(k.path())
                        .buildAndExpand(unit.code())
                        .encode()
                        .toUriString();
    }

    private String refused(
            UserError e,
            Model model,
            CurrentUser me,
            Unit unit,
            int year,
            RecognitionKind k,
            String which,
            Map<String, String> fields,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", e.message(messages, locale));
        model.addAttribute("typed", fields);
        model.addAttribute("typedFor", k.path() + "/" + which);
        fill(model, me, unit, year);
        return PAGE;
    }

    private void fill(Model model, CurrentUser me, Unit unit, int year) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", UnitYears.choices(recognitions.years(unit.id()), year));
        model.addAttribute("period", Period.Y);
        model.addAttribute("awards", recognitions.storedAwards(unit.id(), year));
        model.addAttribute("innovations", recognitions.storedInnovations(unit.id(), year));
        model.addAttribute("canEdit", recognitions.canEdit(me, unit.id()));
        model.addAttribute("accept", ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg");
        if (!model.containsAttribute("typedFor")) {
            model.addAttribute("typedFor", "");
        }
    }
}
