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

/** {@code GET /units/{code}/reports/check?year=}: the consistency check of a unit's year, for everyone who may view it. */
@Controller
class ConsistencyController {

    private final UnitAccess access;
    private final ConsistencyCheck check;

    ConsistencyController(UnitAccess access, ConsistencyCheck check) {
        this.access = access;
        this.check = check;
    }

    @GetMapping("/units/{code}/reports/check")
    String check(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestParam int year,
                 Model model, HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", Period.Y);
        try {
            model.addAttribute("report", check.check(unit.code(), year));
        } catch (ScorecardNotFoundException e) {
            response.setStatus(404);
            model.addAttribute("report", null);
        }
        return "consistency/check";
    }
}
