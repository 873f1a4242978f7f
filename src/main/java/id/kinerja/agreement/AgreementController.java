package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.Formats;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
 * The PK editor: {@code GET /units/{code}/agreement?year=&version=} (anyone who may see the unit) and its POST
 * actions (CSRF): {@code create}, and per agreement id {@code header}, {@code indicators},
 * {@code indicators/add}, {@code indicators/{iku}/remove}, {@code budget} (performance administrator, on a
 * draft), {@code sign} (the unit's head as the first party, the head of the unit above as the second),
 * {@code revise} (performance administrator, on the signed version), {@code start} ("Buat PK dari PK tahun lalu":
 * the performance administrator or an administrator above) and {@code offices/start} (the same for every office
 * below, by an administrator of the unit or above). Every form
 * carries {@code rowVersion}; a refused change re-renders the page with the reason, what was typed and status
 * 400/409.
 */
@Controller
class AgreementController {

    private final UnitAccess access;
    private final AgreementCommands service;
    private final AgreementEditor editor;
    private final Agreements agreements;
    private final MessageSource messages;

    private final Formats formats;

    private final Deadlines deadlines;

    AgreementController(
            UnitAccess access,
            AgreementCommands service,
            AgreementEditor editor,
            Agreements agreements,
            MessageSource messages,
            Formats formats,
            Deadlines deadlines) {
        this.formats = formats;
        this.deadlines = deadlines;
        this.access = access;
        this.service = service;
        this.editor = editor;
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/agreement")
    String view(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer version,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = WebParams.year(year, agreements.yearsOf(unit.id()));
        fill(model, me, unit, y, version);
        return "agreement/view";
    }

    @PostMapping("/units/{code}/agreement/create")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) Long frameworkVersionId,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        return act(
                me,
                unit,
                year,
                null,
                "create",
                null,
                model,
                locale,
                response,
                redirect,
                () -> service.create(me, unit, year, frameworkVersionId));
    }

    @PostMapping("/units/{code}/agreement/{id}/header")
    String header(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        AgreementForms.Header header = new AgreementForms.Header(
                fields.get("number"),
                fields.get("date"),
                fields.get("place"),
                fields.get("firstName"),
                fields.get("firstPosition"),
                fields.get("secondName"),
                fields.get("secondPosition"));
        return act(
                me,
                unit,
                year,
                version,
                "header",
                fields,
                model,
                locale,
                response,
                redirect,
                () -> service.updateHeader(me, unit, id, rowVersion, header));
    }

    @PostMapping("/units/{code}/agreement/{id}/indicators")
    String indicators(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        return act(
                me,
                unit,
                year,
                version,
                "indicators",
                fields,
                model,
                locale,
                response,
                redirect,
                () -> service.updateIndicators(me, unit, id, rowVersion, fields));
    }

    @PostMapping("/units/{code}/agreement/{id}/indicators/add")
    String addIndicator(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(required = false) String indicator,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        return act(
                me,
                unit,
                year,
                version,
                "add",
                null,
                model,
                locale,
                response,
                redirect,
                () -> service.addIndicator(me, unit, id, rowVersion, indicator));
    }

    @PostMapping("/units/{code}/agreement/{id}/indicators/{iku}/remove")
    String removeIndicator(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable String iku,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer rowVersion,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        return act(
                me,
                unit,
                year,
                version,
                "remove",
                null,
                model,
                locale,
                response,
                redirect,
                () -> service.removeIndicator(me, unit, id, rowVersion, iku));
    }

    @PostMapping("/units/{code}/agreement/{id}/budget")
    String budget(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(name = "budgetCode", required = false) List<String> codes,
            @RequestParam(name = "budgetName", required = false) List<String> names,
            @RequestParam(name = "budgetAmount", required = false) List<String> amounts,
            @RequestParam(name = "budgetRemove", required = false) List<Integer> removed,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        List<AgreementForms.BudgetLine> lines = new ArrayList<>();
        int n = Math.max(size(codes), Math.max(size(names), size(amounts)));
        for (int i = 0; i < n; i++) {
            if (removed != null && removed.contains(i)) {
                continue;
            }
            lines.add(new AgreementForms.BudgetLine(at(codes, i), at(names, i), at(amounts, i)));
        }
        model.addAttribute("typedBudget", lines);
        return act(
                me,
                unit,
                year,
                version,
                "budget",
                null,
                model,
                locale,
                response,
                redirect,
                () -> service.updateBudget(me, unit, id, rowVersion, lines));
    }

    @PostMapping("/units/{code}/agreement/{id}/sign")
    String sign(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(required = false) String confirm,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) AgreementParty party,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        return act(
                me,
                unit,
                year,
                version,
                "sign",
                reason == null ? null : Map.of("reason", reason),
                model,
                locale,
                response,
                redirect,
                () -> service.sign(me, unit, id, rowVersion, party, "yes".equals(confirm), reason));
    }

    /** "Buat PK {year} dari PK {year-1}" for this unit. */
    @PostMapping("/units/{code}/agreement/start")
    String start(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        return act(me, unit, year, null, "start", null, model, locale, response, redirect, () -> {
            YearStart done = service.startFromPrevious(me, unit, year);
            redirect.addFlashAttribute("yearStarts", List.of(done));
            return done.version();
        });
    }

    /** The same for every office below this unit (a Kanwil's administrator), all or nothing; the list shown. */
    @PostMapping("/units/{code}/agreement/offices/start")
    String startOffices(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        try {
            List<YearStart> done = service.startOfficesBelow(me, unit, year);
            long created = done.stream().filter(YearStart::created).count();
            redirect.addFlashAttribute("yearStarts", done);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            "agreement.done.startOffices",
                            new Object[] {year, created, done.size() - created},
                            locale));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/units/{u}/agreement")
                            .queryParam("year", year)
                            .buildAndExpand(unit.code())
                            .encode()
                            .toUriString();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("failedForm", "startOffices");
            fill(model, me, unit, year, null);
            return "agreement/view";
        }
    }

    @PostMapping("/units/{code}/agreement/{id}/revise")
    String revise(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer rowVersion,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        return act(
                me,
                unit,
                year,
                version,
                "revise",
                null,
                model,
                locale,
                response,
                redirect,
                () -> service.revise(me, unit, id, rowVersion));
    }

    private String act(
            CurrentUser me,
            Unit unit,
            int year,
            Integer version,
            String action,
            Map<String, String> typed,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<AgreementVersion> step) {
        try {
            AgreementVersion done = step.get();
            String key = action.equals("sign") && done.status() == AgreementStatus.DRAFT ? "signPending" : action;
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage("agreement.done." + key, new Object[] {year, done.version()}, locale));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/units/{u}/agreement")
                            .queryParam("year", year)
                            .queryParam("version", done.version())
                            .buildAndExpand(unit.code())
                            .encode()
                            .toUriString();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("failedForm", action);
            model.addAttribute("typed", typed);
            fill(model, me, unit, year, version);
            return "agreement/view";
        }
    }

    private void fill(Model model, CurrentUser me, Unit unit, int year, Integer version) {
        List<Integer> years = new ArrayList<>(agreements.yearsOf(unit.id()));
        if (!years.contains(year)) {
            years.add(year);
            years.sort(null);
        }
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("period", Period.Y);
        model.addAttribute("periods", Period.values());
        AgreementEditor.View view = editor.view(me, unit, year, version);
        model.addAttribute("view", view);
        // the calendar's PK signing deadline; once a version is signed only its date
        model.addAttribute(
                "deadline",
                deadlines
                        .dueDate(unit.id(), year, DeadlineKind.AGREEMENT, Period.Y)
                        .orElse(null));
        model.addAttribute(
                "deadlineMet", view.inForce() != null && view.inForce().status() == AgreementStatus.SIGNED);
        // before signing a revision: what it changes against the version in force
        if (view.permissions().sign()
                && view.inForce() != null
                && view.shown() != null
                && view.inForce().id() != view.shown().id()) {
            model.addAttribute("changes", AgreementChanges.between(view.inForce(), view.shown(), formats));
            model.addAttribute("changedFrom", view.inForce().version());
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }
}
