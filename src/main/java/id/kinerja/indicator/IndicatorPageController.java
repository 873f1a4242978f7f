package id.kinerja.indicator;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.evidence.EvidenceKind;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The IKU page {@code GET /units/{code}/iku/{ikuCode}?year=&period=} (anyone who may see the unit) and its notes
 * {@code POST /units/{code}/iku/{ikuCode}/notes} (the IKU's PIC, the performance administrator, the head).
 */
@Controller
class IndicatorPageController {

    private final UnitAccess access;
    private final IndicatorPageService pages;
    private final Agreements agreements;
    private final MessageSource messages;

    IndicatorPageController(
            UnitAccess access, IndicatorPageService pages, Agreements agreements, MessageSource messages) {
        this.access = access;
        this.pages = pages;
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/iku/{iku}")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = WebParams.year(year, agreements.yearsOf(unit.id()));
        fill(model, me, unit, y, iku, period == null ? Period.Y : period);
        return "indicator/page";
    }

    @PostMapping("/units/{code}/iku/{iku}/notes")
    String addNote(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @RequestParam int year,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) Period period,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        Period p = period == null ? Period.Y : period;
        try {
            pages.addNote(me, unit, year, iku, content);
            redirect.addFlashAttribute(
                    "message", messages.getMessage("indicator.note.added", new Object[] {iku}, locale));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/units/{u}/iku/{i}")
                            .queryParam("year", year)
                            .queryParam("period", p.name())
                            .fragment("notes")
                            .buildAndExpand(unit.code(), iku)
                            .encode()
                            .toUriString();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("noteText", content);
            fill(model, me, unit, year, iku, p);
            return "indicator/page";
        }
    }

    private void fill(Model model, CurrentUser me, Unit unit, int year, String iku, Period period) {
        IndicatorPageService.Page page = pages.page(me, unit, year, iku);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", agreements.yearsOf(unit.id()));
        model.addAttribute("period", period);
        model.addAttribute("periods", Period.values());
        model.addAttribute("page", page);
        model.addAttribute("evidenceKinds", EvidenceKind.values());
    }
}
