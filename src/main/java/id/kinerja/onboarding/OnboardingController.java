package id.kinerja.onboarding;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.organisation.Unit;
import id.kinerja.web.WebParams;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /units/{code}/onboarding?year=}: the guided page of a new office, each step with its state read from the
 * data and a link to the page where it is done (everyone who may view the unit; the linked pages check their own
 * rights).
 */
@Controller
class OnboardingController {

    private final UnitAccess access;
    private final OnboardingService onboarding;

    OnboardingController(UnitAccess access, OnboardingService onboarding) {
        this.access = access;
        this.onboarding = onboarding;
    }

    @GetMapping("/units/{code}/onboarding")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        int shown = WebParams.year(year, List.of());
        List<OnboardingStep> steps = onboarding.steps(unit, shown);
        model.addAttribute("unit", unit);
        model.addAttribute("year", shown);
        model.addAttribute("period", OnboardingService.FIRST);
        model.addAttribute("steps", steps);
        model.addAttribute("done", steps.stream().filter(OnboardingStep::done).count());
        return "onboarding/onboarding";
    }
}
