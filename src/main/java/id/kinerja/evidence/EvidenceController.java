package id.kinerja.evidence;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Evidence upload (whoever may enter the realization, while it is not approved) and download (whoever may see
 * the unit; the file must belong to the unit in the address).
 */
@Controller
class EvidenceController {

    private final UnitAccess access;
    private final EvidenceService evidence;
    private final MessageSource messages;

    EvidenceController(UnitAccess access, EvidenceService evidence, MessageSource messages) {
        this.access = access;
        this.evidence = evidence;
        this.messages = messages;
    }

    @PostMapping("/units/{code}/iku/{iku}/evidence")
    String upload(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @RequestParam int year,
            @RequestParam Period period,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "iku") String from,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Unit unit = access.viewable(me, code);
        Period p = period;
        String back = back(unit.code(), iku, year, p, from);
        try {
            Evidence stored = evidence.upload(
                    me,
                    unit,
                    year,
                    iku,
                    p,
                    kind,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            "evidence.done", new Object[] {stored.filename(), iku, PeriodNames.of(p)}, locale));
            return "redirect:" + back;
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("back", back);
            return "evidence/rejected";
        }
    }

    @GetMapping("/units/{code}/evidence/{id}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable long id) {
        Unit unit = access.viewable(me, code);
        EvidenceService.Download file = evidence.download(unit, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        FileNames.contentDisposition(file.evidence().filename()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    /** Where to go after an upload: the realization's entry page or the IKU page. */
    static String back(String unitCode, String iku, Integer year, Period period, String from) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(
                "entry".equals(from) ? "/units/{u}/realizations/{i}/{p}" : "/units/{u}/iku/{i}");
        if (year != null) {
            b.queryParam("year", year);
        }
        if (period != null && !"entry".equals(from)) {
            b.queryParam("period", period.name());
        }
        return b.fragment("evidence")
                .buildAndExpand(unitCode, iku, period == null ? "" : period.name())
                .encode()
                .toUriString();
    }
}
