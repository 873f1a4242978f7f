package id.kinerja.consistency;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.web.UserError;
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
 * {@code GET /units/{code}/reports/check?year=}: the consistency check of a unit's year, for everyone who may view it,
 * with whether its documents are drafts and the acceptance of its errors in force. {@code POST
 * /units/{code}/reports/check/accept} (CSRF; the head of the unit, {@link UnitAccess#canAcceptCheckErrors}): accepts
 * the errors shown ({@code fingerprint}) with a {@code reason}; a refusal re-renders the page with the reason, what was
 * typed and status 400/409.
 */
@Controller
class ConsistencyController {

    private final UnitAccess access;
    private final ConsistencyCheck check;
    private final CheckAcceptanceService acceptances;
    private final MessageSource messages;
    private final FindingTexts texts;

    ConsistencyController(
            UnitAccess access,
            ConsistencyCheck check,
            CheckAcceptanceService acceptances,
            MessageSource messages,
            FindingTexts texts) {
        this.access = access;
        this.check = check;
        this.acceptances = acceptances;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping("/units/{code}/reports/check")
    String check(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        fill(me, unit, year, locale, model, response);
        return "consistency/check";
    }

    @PostMapping("/units/{code}/reports/check/accept")
    String accept(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) String fingerprint,
            @RequestParam(required = false) String reason,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        try {
            CheckAcceptanceService.Acceptance done = acceptances.accept(me, unit, year, fingerprint, reason);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            "check.accept.done", new Object[] {done.errors(), String.valueOf(year)}, locale));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/units/{u}/reports/check")
                            .queryParam("year", year)
                            .buildAndExpand(unit.code())
                            .encode()
                            .toUriString();
        } catch (UserError e) {
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("typedReason", reason);
            fill(me, unit, year, locale, model, response);
            response.setStatus(e.status().value());
            return "consistency/check";
        } catch (ScorecardNotFoundException e) {
            fill(me, unit, year, locale, model, response);
            return "consistency/check";
        }
    }

    private void fill(CurrentUser me, Unit unit, int year, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", Period.Y);
        model.addAttribute("maxReason", CheckAcceptanceService.MAX_REASON);
        try {
            CheckAcceptanceService.Status status = acceptances.status(check.check(unit.code(), year));
            model.addAttribute("report", status.report());
            // the findings in the reader's language, figures formatted for it
            model.addAttribute("findings", texts.show(status.report(), locale));
            model.addAttribute("status", status);
            model.addAttribute("canAccept", status.errors() > 0 && access.canAcceptCheckErrors(me, unit.id()));
        } catch (ScorecardNotFoundException e) {
            response.setStatus(404);
            model.addAttribute("report", null);
            model.addAttribute("status", null);
            model.addAttribute("canAccept", false);
        }
    }
}
