package id.kinerja.revenue;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.UnitYears;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.scoring.Target;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
 * The revenue page and the realization of 01a taken from the revenue data:
 * <ul>
 *   <li>{@code GET /units/{code}/revenue?year=}: for whoever may view the unit: the table by tax type (docs/domain.md §6)
 *       with group and grand totals, the five-year history, charts, the monthly realization and the prognosis when
 *       months exist, and the values of 01a, 02a and 03a per period from the revenue data;</li>
 *   <li>{@code POST /units/{code}/revenue/realizations} ({@code year}, {@code period}, {@code indicator}: 01a-CP
 *       when absent, 02a-CP or 03a-CP): the IKU's realization of the period saved as DRAFT from the revenue data
 *       ({@link RevenueRealizations#fill}); whoever may enter that IKU.</li>
 * </ul>
 */
@Controller
class RevenueController {

    /** One IKU's values from the revenue data per period, what is entered now, and whether the user may fill it. */
    record FillTable(
            String code,
            RevenueActivity activity,
            List<RevenueRealizations.Figure> figures,
            Map<Period, String> problems,
            Map<Period, RealizationEntry> entries,
            boolean canFill) {}

    private static final String PAGE = "revenue/revenue";

    private final UnitAccess access;
    private final RevenueService revenue;
    private final RevenueRealizations fromRevenue;
    private final RevenueFigures figures;
    private final RealizationQueries entries;
    private final Agreements agreements;
    private final MessageSource messages;
    private final UnitYears unitYears;

    RevenueController(
            UnitAccess access,
            RevenueService revenue,
            RevenueRealizations fromRevenue,
            RevenueFigures figures,
            RealizationQueries entries,
            Agreements agreements,
            MessageSource messages,
            UnitYears unitYears) {
        this.unitYears = unitYears;
        this.access = access;
        this.revenue = revenue;
        this.fromRevenue = fromRevenue;
        this.figures = figures;
        this.entries = entries;
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/revenue")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        Unit unit = access.viewable(me, code);
        fill(model, me, unit, year, locale);
        return PAGE;
    }

    @PostMapping("/units/{code}/revenue/realizations")
    String fillRealization(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            @RequestParam(required = false) String indicator,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        String iku = indicator == null || indicator.isBlank() ? RevenueRealizations.NET_REVENUE_IKU : indicator;
        if (!RevenueRealizations.INDICATORS.contains(iku)) {
            throw UserError.invalid("revenue.fill.indicator", iku, String.join(", ", RevenueRealizations.INDICATORS));
        }
        UnitAccess.require(access.canEnterRealization(me, unit.id(), iku));
        int y = unitYears.open(unit, year, revenue.years(unit.id()));
        try {
            if (period == null) {
                throw UserError.invalid("revenue.fill.period");
            }
            Period p = period;
            RealizationEntry saved = fromRevenue.fill(me, unit, y, iku, p);
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage(
                            "revenue.fill.done",
                            new Object[] {saved.indicatorCode(), PeriodNames.of(p), String.valueOf(y)},
                            locale));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/units/{u}/revenue")
                            .queryParam("year", y)
                            .buildAndExpand(unit.code())
                            .encode()
                            .toUriString();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            fill(model, me, unit, y, locale);
            return PAGE;
        }
    }

    private void fill(Model model, CurrentUser me, Unit unit, Integer year, Locale locale) {
        List<Integer> years = revenue.years(unit.id());
        // a unit without revenue data of its own (a Kanwil) opens on its offices' year, not on an empty one
        int y = unitYears.open(unit, year, years);
        RevenueYear r = revenue.year(unit.id(), y);
        RevenuePrognosis.Result prognosis = RevenueService.prognosis(r);

        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("years", UnitYears.choices(years, y));
        model.addAttribute("period", Period.Y);
        model.addAttribute("r", r);
        model.addAttribute("prognosis", prognosis);

        // 01a, 02a and 03a from the revenue data, per period, next to what is entered now
        List<FillTable> tables = new java.util.ArrayList<>();
        Map<RevenueActivity, Map<Period, ActivityRevenue>> activities = figures.activities(unit.id(), y);
        for (String code : RevenueRealizations.INDICATORS) {
            RevenueActivity activity = RevenueActivity.ofIndicator(code);
            List<RevenueRealizations.Figure> list = activity == null
                    ? RevenueRealizations.figures(r)
                    : RevenueRealizations.figures(activity, y, activities.get(activity));
            Map<Period, RealizationEntry> current = new EnumMap<>(Period.class);
            entries.entries(unit.id(), y, code).forEach(e -> current.put(e.period(), e));
            Map<Period, String> problems = new EnumMap<>(Period.class);
            list.stream()
                    .filter(f -> !f.available())
                    .forEach(f -> problems.put(f.period(), messages.getMessage(f.problem(), f.problemArgs(), locale)));
            tables.add(new FillTable(
                    code, activity, list, problems, current, access.canEnterRealization(me, unit.id(), code)));
        }
        model.addAttribute("fillTables", tables);
        model.addAttribute("canFill", tables.stream().anyMatch(FillTable::canFill));
        model.addAttribute("canEditFigures", figures.mayEdit(me, unit.id()));

        // charts
        Map<String, String> labels = new LinkedHashMap<>();
        for (String k : List.of("target", "realization", "cumulative", "quarterTarget", "unit")) {
            labels.put(k, messages.getMessage("revenue.chart." + k, null, locale));
        }
        for (int m = 1; m <= 12; m++) {
            labels.put("m" + m, messages.getMessage("revenue.month." + m, null, locale));
        }
        RevenueCharts charts = new RevenueCharts(locale, labels);
        model.addAttribute("groupChart", charts.byGroup(r));
        model.addAttribute("historyChart", charts.history(r));
        if (r.hasMonths()) {
            Map<RevenuePrognosis.Method, String> names = new EnumMap<>(RevenuePrognosis.Method.class);
            for (RevenuePrognosis.Method m : RevenuePrognosis.Method.values()) {
                names.put(m, messages.getMessage("revenue.method." + m.name(), null, locale));
            }
            model.addAttribute("monthChart", charts.monthly(r, quarterTargets(unit, y, r), prognosis, names));
        }
    }

    /**
     * The cumulative target at each quarter's end (month 3, 6, 9, 12): the agreement's 01a target of the quarter
     * (a percentage of the year's target) x the year's net target; empty without agreement or target.
     */
    private Map<Integer, BigDecimal> quarterTargets(Unit unit, int year, RevenueYear r) {
        Map<Integer, BigDecimal> out = new TreeMap<>();
        BigDecimal yearTarget = r.total().target();
        PerformanceAgreement pk = agreements.findCurrent(unit.id(), year).orElse(null);
        if (pk == null || yearTarget == null) {
            return out;
        }
        pk.indicators().stream()
                .filter(i -> i.code().equals(RevenueRealizations.NET_REVENUE_IKU))
                .findFirst()
                .ifPresent(i -> {
                    for (Period q : List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4)) {
                        Target t = i.targets().get(q);
                        if (t != null) {
                            out.put(
                                    RevenueRealizations.lastMonth(q),
                                    yearTarget.multiply(t.value()).divide(BigDecimal.valueOf(100), Money.MC));
                        }
                    }
                });
        return out;
    }
}
