package id.kinerja.revenue;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.UnitYears;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.NumberParser;
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
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * The revenue entry screens beside the revenue page, for whoever {@link RevenueFigures#mayEdit may edit} the unit's
 * figures (others may look):
 * <ul>
 *   <li>{@code GET /units/{code}/revenue/figures?year=}: the net revenue of the year (net target, gross, refunds,
 *       net) and the PPM and PKM figures per quarter; {@code POST .../figures/net} and {@code POST
 *       .../figures/activity} ({@code activity} = PPM or PKM) save them;</li>
 *   <li>{@code GET /units/{code}/revenue/months?year=}: the realization of every tax type in each of the 12 months;
 *       {@code POST .../months} saves the whole grid.</li>
 * </ul>
 * Numbers are read by {@link NumberParser} in the user's language; the first wrong field refuses the whole form
 * (nothing saved) and the form comes back with what was typed and the message naming the field. The rules and the
 * audit are {@link RevenueFigures}'.
 */
@Controller
class RevenueEntryController {

    private static final String FIGURES = "revenue/figures";
    private static final String MONTHS = "revenue/months";

    private final UnitAccess access;
    private final RevenueFigures figures;
    private final RevenueService revenue;
    private final UnitYears unitYears;
    private final MessageSource messages;

    RevenueEntryController(
            UnitAccess access,
            RevenueFigures figures,
            RevenueService revenue,
            UnitYears unitYears,
            MessageSource messages) {
        this.access = access;
        this.figures = figures;
        this.revenue = revenue;
        this.unitYears = unitYears;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ net revenue, PPM and PKM

    @GetMapping("/units/{code}/revenue/figures")
    String figuresPage(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = year(unit, year);
        figuresModel(model, me, unit, y, null);
        return FIGURES;
    }

    @PostMapping("/units/{code}/revenue/figures/net")
    String saveNet(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(figures.mayEdit(me, unit.id()));
        NumberParser.Style style = NumberParser.Style.of(locale);
        try {
            RevenueFigures.NetInput in = new RevenueFigures.NetInput(
                    number(form.get("target"), style, "revenue.field.target", year),
                    number(form.get("gross"), style, "revenue.field.gross", year),
                    number(form.get("refunds"), style, "revenue.field.refunds", year),
                    number(form.get("net"), style, "revenue.field.net", year));
            figures.saveNet(me, unit, year, in);
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage("revenue.figures.netSaved", new Object[] {String.valueOf(year)}, locale));
            return redirect("/units/{u}/revenue/figures", unit, year);
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            figuresModel(model, me, unit, year, form);
            return FIGURES;
        }
    }

    @PostMapping("/units/{code}/revenue/figures/activity")
    String saveActivity(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) String activity,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(figures.mayEdit(me, unit.id()));
        NumberParser.Style style = NumberParser.Style.of(locale);
        try {
            RevenueActivity a = RevenueActivity.of(activity);
            if (a == null) {
                throw UserError.invalid("revenue.activity.unknown", activity == null ? "" : activity);
            }
            Map<Period, RevenueFigures.ActivityInput> quarters = new EnumMap<>(Period.class);
            for (Period q : RevenueFigures.QUARTERS) {
                quarters.put(
                        q,
                        new RevenueFigures.ActivityInput(
                                activityNumber(form, a, "target", q, style, year),
                                activityNumber(form, a, "realization", q, style, year)));
            }
            figures.saveActivity(me, unit, year, a, quarters);
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage(
                            "revenue.figures.activitySaved", new Object[] {a.name(), String.valueOf(year)}, locale));
            return redirect("/units/{u}/revenue/figures", unit, year);
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            figuresModel(model, me, unit, year, form);
            return FIGURES;
        }
    }

    private void figuresModel(Model model, CurrentUser me, Unit unit, int year, Map<String, String> typed) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", Period.Y);
        model.addAttribute("canEdit", figures.mayEdit(me, unit.id()));
        model.addAttribute("quarters", RevenueFigures.QUARTERS);
        model.addAttribute("activities", List.of(RevenueActivity.values()));
        Map<String, String> values = new LinkedHashMap<>();
        figures.net(unit.id(), year).ifPresent(t -> {
            values.put("target", input(t.target()));
            values.put("gross", input(t.gross()));
            values.put("refunds", input(t.refunds()));
            values.put("net", input(t.realization()));
        });
        figures.activities(unit.id(), year)
                .forEach((a, byQuarter) -> byQuarter.forEach((q, f) -> {
                    values.put(a.name() + ".target." + q.name(), input(f.target()));
                    values.put(a.name() + ".realization." + q.name(), input(f.realization()));
                }));
        if (typed != null) {
            values.putAll(typed);
        }
        model.addAttribute("values", values);
        model.addAttribute("net", figures.net(unit.id(), year).orElse(null));
    }

    private static BigDecimal activityNumber(
            Map<String, String> form, RevenueActivity a, String field, Period q, NumberParser.Style style, int year) {
        String text = form.get(a.name() + "." + field + "." + q.name());
        if (text == null || text.isBlank()) {
            return null;
        }
        return NumberParser.field(
                text,
                style,
                "revenue.activity.number",
                new DefaultMessageSourceResolvable("revenue.field." + field),
                a.name(),
                PeriodNames.of(q),
                String.valueOf(year));
    }

    // ------------------------------------------------------------------ months

    @GetMapping("/units/{code}/revenue/months")
    String monthsPage(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        monthsModel(model, me, unit, year(unit, year), null);
        return MONTHS;
    }

    @PostMapping("/units/{code}/revenue/months")
    String saveMonths(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(figures.mayEdit(me, unit.id()));
        NumberParser.Style style = NumberParser.Style.of(locale);
        try {
            Map<String, Map<Integer, BigDecimal>> byType = new LinkedHashMap<>();
            for (TaxType t : leaves()) {
                Map<Integer, BigDecimal> months = new TreeMap<>();
                for (int m = 1; m <= 12; m++) {
                    String text = form.get("m." + t.code() + "." + m);
                    if (text != null && !text.isBlank()) {
                        months.put(
                                m,
                                NumberParser.field(
                                        text,
                                        style,
                                        "revenue.month.input",
                                        t.code() + " " + t.name(),
                                        new DefaultMessageSourceResolvable("revenue.month." + m),
                                        String.valueOf(year)));
                    }
                }
                byType.put(t.code(), months);
            }
            int changed = figures.saveMonths(me, unit, year, byType);
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage("revenue.months.saved", new Object[] {String.valueOf(year), changed}, locale));
            return redirect("/units/{u}/revenue/months", unit, year);
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            monthsModel(model, me, unit, year, form);
            return MONTHS;
        }
    }

    private void monthsModel(Model model, CurrentUser me, Unit unit, int year, Map<String, String> typed) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", Period.Y);
        model.addAttribute("canEdit", figures.mayEdit(me, unit.id()));
        model.addAttribute("types", leaves());
        model.addAttribute(
                "monthNumbers",
                java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        Map<String, String> values = new LinkedHashMap<>();
        revenue.findMonths(unit.id()).stream()
                .filter(m -> m.year() == year)
                .forEach(m -> values.put("m." + m.taxTypeCode() + "." + m.month(), input(m.realization())));
        if (typed != null) {
            values.putAll(typed);
        }
        model.addAttribute("values", values);
        model.addAttribute(
                "totals",
                RevenueService.monthTotals(revenue.findMonths(unit.id())).getOrDefault(year, List.of()));
    }

    private List<TaxType> leaves() {
        List<TaxType> types = revenue.taxTypes();
        var leaves = RevenueFigures.leafTypes(types);
        return types.stream().filter(t -> leaves.contains(t.code())).toList();
    }

    // ------------------------------------------------------------------ shared

    private int year(Unit unit, Integer year) {
        return year != null ? year : unitYears.open(unit, null, revenue.years(unit.id()));
    }

    private static BigDecimal number(String text, NumberParser.Style style, String fieldKey, int year) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return NumberParser.field(
                text, style, "revenue.net.number", new DefaultMessageSourceResolvable(fieldKey), String.valueOf(year));
    }

    private static String input(BigDecimal value) {
        return value == null ? "" : NumberParser.plain(value, NumberParser.Style.of(NumberParser.userLocale()));
    }

    private static String redirect(String path, Unit unit, int year) {
        return "redirect:"
                + UriComponentsBuilder.fromPath(path)
                        .queryParam("year", year)
                        .buildAndExpand(unit.code())
                        .encode()
                        .toUriString();
    }
}
