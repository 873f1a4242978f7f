package id.kinerja.onboarding;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.organisation.Unit;
import id.kinerja.web.WebParams;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            Locale locale,
            Model model) {
        Unit unit = access.viewable(me, code);
        int shown = WebParams.year(year, List.of());
        List<OnboardingStep> steps = onboarding.steps(unit, shown, locale);
        model.addAttribute("unit", unit);
        model.addAttribute("year", shown);
        model.addAttribute("period", OnboardingService.FIRST);
        model.addAttribute("steps", steps);
        model.addAttribute("links", links(unit, shown));
        model.addAttribute("done", steps.stream().filter(OnboardingStep::done).count());
        return "onboarding/onboarding";
    }

    /** Where each step is done (the pages check their own rights: a link may lead to a refusal for a reader). */
    static Map<OnboardingStep.Kind, String> links(Unit unit, int year) {
        String u = "/units/" + unit.code();
        String agreement = u + "/agreement?year=" + year;
        Map<OnboardingStep.Kind, String> links = new EnumMap<>(OnboardingStep.Kind.class);
        links.put(OnboardingStep.Kind.UNIT, u + "/edit");
        links.put(OnboardingStep.Kind.ACCOUNTS, "/admin/accounts/new?unit=" + unit.code());
        links.put(OnboardingStep.Kind.AGREEMENT, agreement);
        links.put(OnboardingStep.Kind.TARGETS, agreement);
        links.put(OnboardingStep.Kind.SIGNED, agreement);
        links.put(OnboardingStep.Kind.REALIZATIONS, u + "/realizations?year=" + year + "&period=Q1");
        links.put(OnboardingStep.Kind.SCORED, u + "/dashboard?year=" + year + "&period=Q1");
        return links;
    }
}
