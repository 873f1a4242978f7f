package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.evidence.EvidenceKind;
import id.kinerja.evidence.EvidenceService;
import id.kinerja.framework.Component;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.Formats;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The realization pages: the table of a period ({@code /units/{code}/realizations?year=&period=}), the entry
 * page of one IKU in one period, and the workflow's actions, all POST with CSRF:
 * {@code /units/{code}/realizations/{iku}/{period}/save|submit|verify|return|approve|unlock}
 * (parameters {@code year}, {@code rowVersion}, and {@code value} or {@code component.CODE}, {@code note},
 * {@code reason}; {@code from=list|entry|iku} chooses the page to go back to). The service checks every
 * permission again; a refused change re-renders the entry page with the reason and status 400/409
 * (a request from htmx gets only the message).
 */
@Controller
class RealizationController {

    /** A realization form as shown: what was typed (after a refusal) or what is stored. */
    record EntryForm(String value, Map<String, String> components, String note, String reason) {}

    @FunctionalInterface
    private interface Step {
        RealizationEntry apply(Unit unit, Period period);
    }

    private final UnitAccess access;
    private final RealizationService service;
    private final RealizationQueries queries;
    private final Agreements agreements;
    private final EvidenceService evidence;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Formats formats;
    private final Deadlines deadlines;

    RealizationController(
            UnitAccess access,
            RealizationService service,
            RealizationQueries queries,
            Agreements agreements,
            EvidenceService evidence,
            AuditLog audit,
            MessageSource messages,
            Formats formats,
            Deadlines deadlines) {
        this.access = access;
        this.service = service;
        this.queries = queries;
        this.agreements = agreements;
        this.evidence = evidence;
        this.audit = audit;
        this.messages = messages;
        this.formats = formats;
        this.deadlines = deadlines;
    }

    @GetMapping("/units/{code}/realizations")
    String list(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            Model model) {
        Unit unit = access.viewable(me, code);
        List<Integer> years = agreements.yearsOf(unit.id());
        int y = WebParams.year(year, years);
        Period p = period == null ? queries.workingPeriod(unit, y) : period;
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("years", withYear(years, y));
        model.addAttribute("period", p);
        model.addAttribute("periods", Period.values());
        model.addAttribute("statuses", RealizationStatus.values());
        RealizationQueries.Sheet sheet = queries.sheet(me, unit, y, p).orElse(null);
        model.addAttribute("sheet", sheet);
        // the period's realization deadline; only its date once every IKU of the period is approved
        model.addAttribute(
                "deadline",
                deadlines.dueDate(unit.id(), y, DeadlineKind.REALIZATION, p).orElse(null));
        model.addAttribute(
                "deadlineMet",
                sheet != null
                        && !sheet.rows().isEmpty()
                        && sheet.rows().stream()
                                .allMatch(r -> r.derived() || r.status() == RealizationStatus.APPROVED));
        return "realization/list";
    }

    @GetMapping("/units/{code}/realizations/{iku}/{period}")
    String entry(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = WebParams.year(year, agreements.yearsOf(unit.id()));
        fillEntry(model, me, unit, y, iku, period, null);
        return "realization/entry";
    }

    @PostMapping("/units/{code}/realizations/{iku}/{period}/save")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String note,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) String confirm,
            @RequestParam(defaultValue = "entry") String from,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> components = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("component.")) {
                components.put(k.substring("component.".length()), v);
            }
        });
        // the confirmation of an implausible value holds for exactly the text it was given for
        boolean confirmed = confirm != null && value != null && confirm.strip().equals(value.strip());
        RealizationService.Input input =
                new RealizationService.Input(value, components, note, NumberParser.Style.of(locale), confirmed);
        return act(
                me,
                code,
                iku,
                period,
                year,
                from,
                htmx,
                "save",
                new EntryForm(value, components, note, null),
                model,
                locale,
                response,
                redirect,
                (unit, p) -> service.save(me, unit, year, iku, p, input, rowVersion));
    }

    /**
     * The echo of the value field (htmx, while typing): the value as it will be saved in the user's format
     * ("Dibaca sebagai 1.234,5"), the refusal with the expected format, or what the plausibility check will ask
     * to confirm. Nothing is saved.
     */
    @GetMapping("/units/{code}/realizations/{iku}/{period}/read")
    String read(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String component,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Unit unit = access.viewable(me, code);
        Period p = period;
        if (component != null) {
            return readComponent(
                    unit, year, iku, p, component, request.getParameter("component." + component), model, locale);
        }
        try {
            RealizationQueries.Reading r = queries.read(unit, year, iku, p, value);
            if (r != null) {
                model.addAttribute("readAs", NumberParser.format(r.value(), NumberParser.Style.of(locale)));
                model.addAttribute(
                        "readDoubts",
                        r.doubts().stream()
                                .map(d -> messages.getMessage(d, locale))
                                .toList());
            }
        } catch (UserError e) {
            model.addAttribute("readError", e.message(messages, locale));
        }
        return "realization/entry :: readAs";
    }

    /**
     * The echo of one component field ({@code ?component=CODE}, the field's value as {@code component.CODE}): "Komponen
     * ... dibaca sebagai 12,5" or the refusal with the expected format. Nothing is saved.
     */
    private String readComponent(
            Unit unit, int year, String iku, Period p, String component, String text, Model model, Locale locale) {
        RealizationQueries.ComponentReading r = queries.readComponent(unit, year, iku, p, component, text);
        model.addAttribute("c", r.component());
        if (r.value() != null) {
            model.addAttribute("readAs", NumberParser.format(r.value(), NumberParser.Style.of(locale)));
        }
        if (r.refused() != null) {
            model.addAttribute("readError", r.refused().message(messages, locale));
        }
        return "realization/entry :: componentRead";
    }

    /**
     * Every step on an entered realization, one handler for all (they differ only in the step they name, see
     * {@link RealizationStep}): {@code submit}, {@code verify} (optional {@code note}), {@code return} and
     * {@code unlock} (required {@code reason}), {@code approve}.
     */
    @PostMapping({
        "/units/{code}/realizations/{iku}/{period}/submit",
        "/units/{code}/realizations/{iku}/{period}/verify",
        "/units/{code}/realizations/{iku}/{period}/return",
        "/units/{code}/realizations/{iku}/{period}/approve",
        "/units/{code}/realizations/{iku}/{period}/unlock"
    })
    String step(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable String iku,
            @PathVariable Period period,
            @RequestParam int year,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "entry") String from,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = pattern.substring(pattern.lastIndexOf('/') + 1);
        RealizationStep step = RealizationStep.valueOf(action.toUpperCase(Locale.ROOT));
        String remark = switch (step.remark()) {
            case NONE -> null;
            case NOTE -> note;
            case REASON -> reason;
        };
        return act(
                me,
                code,
                iku,
                period,
                year,
                from,
                htmx,
                action,
                step.remark() == RealizationStep.Remark.REASON ? new EntryForm(null, null, null, reason) : null,
                model,
                locale,
                response,
                redirect,
                (unit, p) -> service.step(me, unit, year, iku, p, step, rowVersion, remark));
    }

    private String act(
            CurrentUser me,
            String code,
            String iku,
            Period period,
            int year,
            String from,
            String htmx,
            String action,
            EntryForm typed,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Step step) {
        Unit unit = access.viewable(me, code);
        Period p = period;
        try {
            RealizationEntry done = step.apply(unit, p);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            "realization.done." + action,
                            new Object[] {
                                iku,
                                PeriodNames.of(p),
                                messages.getMessage(
                                        "realization.status." + done.status().name(), null, locale)
                            },
                            locale));
            return "redirect:" + back(unit.code(), iku, year, p, from);
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            if ("true".equals(htmx)) {
                return "realization/entry :: feedback";
            }
            fillEntry(model, me, unit, year, iku, p, typed);
            model.addAttribute("failedAction", action);
            if (e instanceof RealizationService.Implausible implausible && typed != null) {
                model.addAttribute("confirmValue", typed.value().strip());
                model.addAttribute(
                        "confirmShown", NumberParser.format(implausible.value(), NumberParser.Style.of(locale)));
            }
            return "realization/entry";
        }
    }

    private void fillEntry(
            Model model, CurrentUser me, Unit unit, int year, String iku, Period period, EntryForm typed) {
        RealizationQueries.Row row = queries.row(me, unit, year, iku, period);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("period", period);
        model.addAttribute("periods", Period.values());
        model.addAttribute("row", row);
        model.addAttribute(
                "deadline",
                deadlines
                        .dueDate(unit.id(), year, DeadlineKind.REALIZATION, period)
                        .orElse(null));
        model.addAttribute("form", typed != null && typed.components() != null ? typed : stored(row, typed));
        model.addAttribute(
                "history", audit.find(unit.id(), RealizationService.ENTITY, RealizationService.key(year, iku, period)));
        model.addAttribute(
                "evidence",
                evidence.list(unit, year, iku).stream()
                        .filter(e -> e.period() == period)
                        .toList());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute(
                "canAddEvidence",
                access.canEnterRealization(me, unit.id(), iku)
                        && (row.entry() == null || !row.entry().locked()));
    }

    /** The form filled from what is stored (keeping a typed reason after a refused return or unlock). */
    private EntryForm stored(RealizationQueries.Row row, EntryForm typed) {
        RealizationEntry e = row.entry();
        Map<String, String> components = new LinkedHashMap<>();
        if (row.componentSet() != null) {
            for (Component c : row.componentSet().components()) {
                components.put(
                        c.code(),
                        e == null || e.components().get(c.code()) == null
                                ? ""
                                : formats.input(e.components().get(c.code())));
            }
        }
        return new EntryForm(
                e == null ? "" : formats.input(e.value()),
                components,
                e == null ? "" : e.note(),
                typed == null ? null : typed.reason());
    }

    static String back(String unitCode, String iku, int year, Period period, String from) {
        return switch (from) {
            case "list" ->
                UriComponentsBuilder.fromPath("/units/{u}/realizations")
                        .queryParam("year", year)
                        .queryParam("period", period.name())
                        .fragment("row-" + iku)
                        .buildAndExpand(unitCode)
                        .encode()
                        .toUriString();
            case "iku" ->
                UriComponentsBuilder.fromPath("/units/{u}/iku/{i}")
                        .queryParam("year", year)
                        .queryParam("period", period.name())
                        .buildAndExpand(unitCode, iku)
                        .encode()
                        .toUriString();
            default ->
                UriComponentsBuilder.fromPath("/units/{u}/realizations/{i}/{p}")
                        .queryParam("year", year)
                        .buildAndExpand(unitCode, iku, period.name())
                        .encode()
                        .toUriString();
        };
    }

    private static List<Integer> withYear(List<Integer> years, int year) {
        List<Integer> all = new ArrayList<>(years);
        if (!all.contains(year)) {
            all.add(year);
            all.sort(null);
        }
        return all;
    }
}
