package id.kinerja.whatif;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.UnitYears;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.GoalSeek;
import id.kinerja.web.NumberParser;
import id.kinerja.web.ScaleView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The what-if sandbox and goal seek, for everyone who may view the unit (they write nothing):
 * <ul>
 *   <li>{@code GET /units/{code}/whatif?year=&period=}: the form, each agreed IKU with its target and approved
 *       realization;</li>
 *   <li>{@code POST /units/{code}/whatif} (fields {@code v_<IKU>}): the sandbox's NKO; an htmx request gets the result
 *       fragment, a plain form post the whole page;</li>
 *   <li>{@code POST /units/{code}/whatif/goal} ({@code indicator}, {@code goal}): what realization of that IKU gives
 *       an NKO of at least {@code goal} ({@link GoalSeek}).</li>
 * </ul>
 */
@Controller
class WhatIfController {

    private static final String PAGE = "whatif/whatif";

    private final UnitAccess access;
    private final WhatIfService whatIf;
    private final UnitYears unitYears;

    WhatIfController(UnitAccess access, WhatIfService whatIf, UnitYears unitYears) {
        this.unitYears = unitYears;
        this.access = access;
        this.whatIf = whatIf;
    }

    @GetMapping("/units/{code}/whatif")
    String form(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            Model model) {
        Unit unit = access.viewable(me, code);
        Optional<ScoringContext> context = prepare(unit, year, period, model);
        context.ifPresent(c -> model.addAttribute("sandbox", whatIf.form(c, (Period) model.getAttribute("period"))));
        return PAGE;
    }

    @PostMapping("/units/{code}/whatif")
    String run(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            @RequestParam Map<String, String> fields,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Unit unit = access.viewable(me, code);
        Optional<ScoringContext> context = prepare(unit, year, period, model);
        if (context.isEmpty()) {
            return PAGE;
        }
        Sandbox sandbox = whatIf.run(context.get(), (Period) model.getAttribute("period"), fields);
        model.addAttribute("sandbox", sandbox);
        if (sandbox.result() != null) {
            model.addAttribute(
                    "resultScale",
                    ScaleView.of(
                            context.get().framework().predicateScale(),
                            sandbox.result().predicate()));
        }
        return "true".equals(htmx) ? PAGE + " :: result" : PAGE;
    }

    @PostMapping("/units/{code}/whatif/goal")
    String goal(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String goal,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Unit unit = access.viewable(me, code);
        Optional<ScoringContext> context = prepare(unit, year, period, model);
        if (context.isEmpty()) {
            return PAGE;
        }
        Period p = (Period) model.getAttribute("period");
        model.addAttribute("sandbox", whatIf.form(context.get(), p));
        model.addAttribute("goalIndicator", indicator);
        model.addAttribute("goalText", goal);
        boolean agreed = indicator != null
                && context.get().inputs().stream().anyMatch(i -> i.code().equals(indicator));
        if (!agreed) {
            model.addAttribute("goalError", "indicator");
        } else {
            try {
                BigDecimal n = NumberParser.read(goal);
                GoalSeek.Result result = whatIf.seek(context.get(), p, indicator, n);
                Indicator def = context.get().framework().indicator(indicator);
                model.addAttribute("goalResult", result);
                model.addAttribute("goalIku", def);
                model.addAttribute(
                        "goalCap", def.effectiveCap(context.get().framework().cap()));
            } catch (IllegalArgumentException e) {
                model.addAttribute("goalError", "number");
            }
        }
        return "true".equals(htmx) ? PAGE + " :: goal" : PAGE;
    }

    /** Unit, year (default: newest agreement), period (default Y) and the context; empty without agreement. */
    private Optional<ScoringContext> prepare(Unit unit, Integer year, Period period, Model model) {
        Period p = period == null ? Period.Y : period;
        List<Integer> years = whatIf.years(unit);
        int y = unitYears.open(unit, year, years);
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("period", p);
        model.addAttribute("years", UnitYears.choices(years, y));
        model.addAttribute("periods", Period.values());
        model.addAttribute("fieldPrefix", WhatIfService.FIELD_PREFIX);
        Optional<ScoringContext> context = whatIf.context(unit, y);
        context.ifPresent(c -> model.addAttribute("framework", c.framework()));
        return context;
    }
}
