package id.kinerja.budget;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.UnitYears;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.Charts;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The budget (DIPA) page and ceiling revisions:
 * <ul>
 *   <li>{@code GET /units/{code}/budget?year=}: for whoever may view the unit: the DIPA tree with original and
 *       current ceilings, realization and absorption, the kinds of spending, the monthly realization, the revisions,
 *       charts;</li>
 *   <li>{@code POST /units/{code}/budget/revisions} ({@code year}, {@code date}, {@code reason},
 *       {@code ceiling.CODE} per line): one DIPA revision, by the performance administrator of the unit
 *       ({@link BudgetService#revise});</li>
 *   <li>{@code POST /units/{code}/budget/kinds} ({@code year}, {@code ceiling51}, {@code realization51}, ... 53): the
 *       summary by kind of spending ({@link BudgetService#saveKinds});</li>
 *   <li>{@code GET|POST /units/{code}/budget/months?year=}: the monthly entry, one field {@code m.CODE.M} per DIPA line
 *       (or kind of spending for an office without a tree) and month ({@link BudgetService#saveMonths}).</li>
 * </ul>
 */
@Controller
class BudgetController {

    private static final String PAGE = "budget/budget";
    private static final String CEILING = "ceiling.";
    private static final String MONTHS_PAGE = "budget/months";
    private static final String MONTH = "m.";

    private final UnitAccess access;
    private final BudgetService budget;
    private final MessageSource messages;
    private final UnitYears unitYears;

    BudgetController(UnitAccess access, BudgetService budget, MessageSource messages, UnitYears unitYears) {
        this.access = access;
        this.budget = budget;
        this.messages = messages;
        this.unitYears = unitYears;
    }

    @GetMapping("/units/{code}/budget")
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

    @PostMapping("/units/{code}/budget/revisions")
    String revise(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String reason,
            @RequestParam Map<String, String> fields,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        int y = unitYears.open(unit, year, years(unit));
        Map<String, String> ceilings = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(CEILING)) {
                ceilings.put(k.substring(CEILING.length()), v);
            }
        });
        try {
            int number = budget.revise(me, unit, y, date, ceilings, reason);
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage(
                            "budget.revision.done", new Object[] {String.valueOf(number), String.valueOf(y)}, locale));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/units/{u}/budget")
                            .queryParam("year", y)
                            .buildAndExpand(unit.code())
                            .encode()
                            .toUriString()
                    + "#revisions";
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("typed", ceilings);
            model.addAttribute("typedDate", date);
            model.addAttribute("typedReason", reason);
            fill(model, me, unit, y, locale);
            return PAGE;
        }
    }

    @PostMapping("/units/{code}/budget/kinds")
    String kinds(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> fields,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        int y = unitYears.open(unit, year, years(unit));
        Map<Integer, String> ceilings = new LinkedHashMap<>();
        Map<Integer, String> realizations = new LinkedHashMap<>();
        for (int kind : BudgetService.KIND_NAMES.keySet()) {
            ceilings.put(kind, fields.get("ceiling" + kind));
            realizations.put(kind, fields.get("realization" + kind));
        }
        try {
            int changed = budget.saveKinds(me, unit, y, BudgetService.readKinds(ceilings, realizations));
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage(
                            "budget.kind.done", new Object[] {String.valueOf(changed), String.valueOf(y)}, locale));
            return "redirect:" + pageUrl(unit, y, "/budget") + "#kinds";
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("typedKinds", fields);
            fill(model, me, unit, y, locale);
            return PAGE;
        }
    }

    @GetMapping("/units/{code}/budget/months")
    String months(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        fillMonths(model, me, unit, unitYears.open(unit, year, years(unit)), null);
        return MONTHS_PAGE;
    }

    @PostMapping("/units/{code}/budget/months")
    String saveMonths(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> fields,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        int y = unitYears.open(unit, year, years(unit));
        Map<String, Map<Integer, String>> cells = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            int dot = k.lastIndexOf('.');
            if (!k.startsWith(MONTH) || dot <= MONTH.length()) {
                return;
            }
            try {
                int month = Integer.parseInt(k.substring(dot + 1));
                cells.computeIfAbsent(k.substring(MONTH.length(), dot), c -> new LinkedHashMap<>())
                        .put(month, v);
                typed.put(k, v);
            } catch (NumberFormatException e) {
                // not a month field: ignored like any other unknown parameter
            }
        });
        try {
            int changed = budget.saveMonths(me, unit, y, BudgetService.readMonths(cells));
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage(
                            "budget.month.done", new Object[] {String.valueOf(changed), String.valueOf(y)}, locale));
            return "redirect:" + pageUrl(unit, y, "/budget/months");
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            fillMonths(model, me, unit, y, typed);
            return MONTHS_PAGE;
        }
    }

    private void fillMonths(Model model, CurrentUser me, Unit unit, int year, Map<String, String> typed) {
        List<BudgetService.MonthRow> rows = budget.monthRows(unit.id(), year);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", UnitYears.choices(years(unit), year));
        model.addAttribute("period", Period.Y);
        model.addAttribute("rows", rows);
        model.addAttribute("byKind", !rows.isEmpty() && rows.get(0).kind());
        model.addAttribute(
                "monthNumbers",
                java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        model.addAttribute("canEdit", access.canEditAgreement(me, unit.id()));
        model.addAttribute("typed", typed);
    }

    private static String pageUrl(Unit unit, int year, String path) {
        return UriComponentsBuilder.fromPath("/units/{u}" + path)
                .queryParam("year", year)
                .buildAndExpand(unit.code())
                .encode()
                .toUriString();
    }

    private List<Integer> years(Unit unit) {
        return budget.years(unit.id());
    }

    private void fill(Model model, CurrentUser me, Unit unit, Integer year, Locale locale) {
        List<Integer> years = years(unit);
        // a Kanwil or headquarters has no DIPA of its own: it opens on its offices' year (UnitYears)
        int y = unitYears.open(unit, year, years);
        BudgetYear b = budget.year(unit.id(), y);
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("years", UnitYears.choices(years, y));
        model.addAttribute("period", Period.Y);
        model.addAttribute("b", b);
        model.addAttribute(
                "canRevise",
                access.canEditAgreement(me, unit.id()) && !b.lines().isEmpty());
        model.addAttribute("canEdit", access.canEditAgreement(me, unit.id()));
        model.addAttribute("kindNames", new java.util.TreeMap<>(BudgetService.KIND_NAMES));
        Map<Integer, BudgetYear.Kind> stored = new LinkedHashMap<>();
        b.kinds().forEach(k -> stored.put(k.kind(), k));
        model.addAttribute("storedKinds", stored);
        model.addAttribute("kindChart", kindChart(b, locale));
        if (b.hasMonths()) {
            model.addAttribute("monthChart", monthChart(b, locale));
        }
    }

    private String kindChart(BudgetYear b, Locale locale) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> ceilings = new ArrayList<>();
        List<BigDecimal> realizations = new ArrayList<>();
        for (BudgetYear.Kind k : b.kinds()) {
            names.add(k.kind() + " " + k.name());
            ceilings.add(millions(k.ceiling()));
            realizations.add(millions(k.realization()));
        }
        Map<String, Object> option = option(names, locale, "budget.chart.unitMillions");
        option.put(
                "series",
                List.of(
                        series("bar", msg("budget.chart.ceiling", locale), ceilings),
                        series("bar", msg("budget.chart.realization", locale), realizations)));
        return Charts.json(option);
    }

    private String monthChart(BudgetYear b, Locale locale) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> absorption = new ArrayList<>();
        for (BudgetYear.MonthTotal m : b.months()) {
            months.add(msg("revenue.month." + m.month(), locale));
            absorption.add(Charts.value(m.absorption()));
        }
        Map<String, Object> option = option(months, locale, "budget.chart.percent");
        option.put("series", List.of(series("line", msg("budget.chart.absorption", locale), absorption)));
        return Charts.json(option);
    }

    private static BigDecimal millions(BigDecimal rupiah) {
        return rupiah == null ? null : rupiah.divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP);
    }

    private Map<String, Object> option(List<String> categories, Locale locale, String unitKey) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("kinerjaNumbers", locale.getLanguage().equals("en") ? "en-GB" : "id-ID");
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 24, "bottom", 48, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("hideOverlap", true)));
        option.put("yAxis", Map.of("type", "value", "name", msg(unitKey, locale)));
        return option;
    }

    private static Map<String, Object> series(String type, String name, List<BigDecimal> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", type);
        s.put("data", data);
        return s;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
