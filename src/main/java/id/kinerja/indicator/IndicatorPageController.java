package id.kinerja.indicator;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.agreement.PlanningReferences;
import id.kinerja.evidence.EvidenceKind;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.IndicatorHistory;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.web.NumberParser;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
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
 * The IKU page {@code GET /units/{code}/iku/{ikuCode}?year=&period=} (anyone who may see the unit) and its notes
 * {@code POST /units/{code}/iku/{ikuCode}/notes} (the IKU's PIC, the performance administrator, the head), its
 * planning references of the year {@code POST .../planning} and its past years {@code POST .../history} and
 * {@code POST .../history/{pastYear}/delete} (the unit's performance administrator).
 */
@Controller
class IndicatorPageController {

    private final UnitAccess access;
    private final IndicatorPageService pages;
    private final Agreements agreements;
    private final MessageSource messages;
    private final PlanningReferences planning;
    private final IndicatorHistory history;

    IndicatorPageController(
            UnitAccess access,
            IndicatorPageService pages,
            Agreements agreements,
            MessageSource messages,
            PlanningReferences planning,
            IndicatorHistory history) {
        this.access = access;
        this.pages = pages;
        this.agreements = agreements;
        this.messages = messages;
        this.planning = planning;
        this.history = history;
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

    /**
     * The IKU's Renstra / RPJMN targets and national standard of the year ({@link PlanningReferences}): an empty
     * field is a document that sets none.
     */
    @PostMapping("/units/{code}/iku/{iku}/planning")
    String savePlanning(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @RequestParam int year,
            @RequestParam(required = false) String renstra,
            @RequestParam(required = false) String rpjmn,
            @RequestParam(required = false) String nationalStandard,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Period period,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(planning.canEdit(me, unit.id()));
        Period p = period == null ? Period.Y : period;
        NumberParser.Style style = NumberParser.Style.of(locale);
        Map<String, String> typed = Map.of(
                "renstra", text(renstra),
                "rpjmn", text(rpjmn),
                "nationalStandard", text(nationalStandard),
                "source", text(source));
        return submit(
                me, unit, iku, year, p, "planning", "planningForm", typed, model, locale, response, redirect, () -> {
                    planning.save(
                            me,
                            unit,
                            year,
                            List.of(new PlanningReference(
                                    iku,
                                    number(renstra, style, iku, "planning.field.renstra"),
                                    number(rpjmn, style, iku, "planning.field.rpjmn"),
                                    number(nationalStandard, style, iku, "planning.field.nationalStandard"),
                                    source)));
                    return done("planning.saved", iku, year);
                });
    }

    /** One past year of the IKU, realization and index ({@link IndicatorHistory}), recorded or replaced. */
    @PostMapping("/units/{code}/iku/{iku}/history")
    String saveHistory(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @RequestParam int year,
            @RequestParam(required = false) String pastYear,
            @RequestParam(required = false) String realization,
            @RequestParam(required = false) String index,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Period period,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(history.canEdit(me, unit.id()));
        Period p = period == null ? Period.Y : period;
        NumberParser.Style style = NumberParser.Style.of(locale);
        Map<String, String> typed = Map.of(
                "pastYear", text(pastYear),
                "realization", text(realization),
                "index", text(index),
                "note", text(note));
        return submit(me, unit, iku, year, p, "past", "historyForm", typed, model, locale, response, redirect, () -> {
            int past = pastYear(pastYear);
            history.save(
                    me,
                    unit,
                    List.of(new IndicatorHistoryEntry(
                            iku,
                            past,
                            realization == null || realization.isBlank()
                                    ? null
                                    : NumberParser.field(realization, style, "history.error.number", iku, past),
                            index == null || index.isBlank()
                                    ? null
                                    : NumberParser.field(index, style, "history.error.indexNumber", iku, past),
                            note)));
            return done("history.saved", iku, past);
        });
    }

    @PostMapping("/units/{code}/iku/{iku}/history/{pastYear}/delete")
    String deleteHistory(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable int pastYear,
            @RequestParam int year,
            @RequestParam(required = false) Period period,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        Period p = period == null ? Period.Y : period;
        return submit(me, unit, iku, year, p, "past", null, null, model, locale, response, redirect, () -> {
            history.delete(me, unit, iku, pastYear);
            return done("history.deleted", iku, pastYear);
        });
    }

    /** A write of one of the page's forms; returns the message shown after it. */
    @FunctionalInterface
    private interface Write {
        MessageSourceResolvable run();
    }

    private static MessageSourceResolvable done(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    /**
     * One form of the IKU page: the write, then back to the page at the form's anchor with its message; a refusal
     * shows the page again with the reason and its status, and what was typed under {@code typedName} (null: none).
     */
    private String submit(
            CurrentUser me,
            Unit unit,
            String iku,
            int year,
            Period p,
            String anchor,
            String typedName,
            Object typed,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Write write) {
        try {
            redirect.addFlashAttribute("message", messages.getMessage(write.run(), locale));
            return back(unit, iku, year, p, anchor);
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            if (typedName != null) {
                model.addAttribute(typedName, typed);
            }
            fill(model, me, unit, year, iku, p);
            return "indicator/page";
        }
    }

    private static int pastYear(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9]{4}")) {
            throw UserError.invalid("history.error.yearText", t);
        }
        return Integer.parseInt(t);
    }

    private static BigDecimal number(String text, NumberParser.Style style, String iku, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return NumberParser.field(
                text,
                style,
                "planning.error.number",
                iku,
                new DefaultMessageSourceResolvable(new String[] {field}, field));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String back(Unit unit, String iku, int year, Period p, String fragment) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/units/{u}/iku/{i}")
                        .queryParam("year", year)
                        .queryParam("period", p.name())
                        .fragment(fragment)
                        .buildAndExpand(unit.code(), iku)
                        .encode()
                        .toUriString();
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
        model.addAttribute("planning", planning.of(unit.id(), year).get(iku));
        model.addAttribute("canEditPlanning", planning.canEdit(me, unit.id()));
        model.addAttribute("pastYears", history.of(unit.id(), iku));
        model.addAttribute("canEditHistory", history.canEdit(me, unit.id()));
    }
}
