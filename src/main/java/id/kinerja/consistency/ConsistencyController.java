package id.kinerja.consistency;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scorecard.ScorecardNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** {@code GET /units/{code}/reports/check?year=}: the consistency check of a unit's year, for everyone who may view it. */
@Controller
class ConsistencyController {

    private final UnitAccess access;
    private final ConsistencyCheck check;
    private final FindingTexts texts;

    ConsistencyController(UnitAccess access, ConsistencyCheck check, FindingTexts texts) {
        this.access = access;
        this.check = check;
        this.texts = texts;
    }

    @GetMapping("/units/{code}/reports/check")
    String check(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year,
                 Locale locale, Model model, HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", Period.Y);
        try {
            ConsistencyReport report = check.check(unit.code(), year);
            model.addAttribute("report", report);
            // the findings in the reader's language, figures formatted for it
            model.addAttribute("findings", texts.show(report, locale));
        } catch (ScorecardNotFoundException e) {
            response.setStatus(404);
            model.addAttribute("report", null);
        }
        return "consistency/check";
    }
}
