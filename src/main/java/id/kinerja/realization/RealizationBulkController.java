package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk actions of "Tugas saya": the values ticked on {@code /tasks} are shown once more with their target and
 * value ({@code POST /tasks/bulk}, nothing changes yet), and one confirmation ({@code POST /tasks/bulk/confirm})
 * verifies or approves them all through {@link RealizationService#stepAll}: each on its own audited, all or none.
 */
@Controller
class RealizationBulkController {

    /** One value as the confirmation lists it, with the reference the confirmation posts back. */
    record Item(String reference, RealizationQueries.Row row, int year) {}

    private final UnitAccess access;
    private final RealizationService service;
    private final RealizationQueries queries;
    private final MessageSource messages;

    RealizationBulkController(
            UnitAccess access, RealizationService service, RealizationQueries queries, MessageSource messages) {
        this.access = access;
        this.service = service;
        this.queries = queries;
        this.messages = messages;
    }

    @PostMapping("/tasks/bulk")
    String review(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) List<String> ref,
            @RequestParam RealizationStep step,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Parsed parsed = parse(me, ref, step);
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < parsed.items().size(); i++) {
                RealizationService.BulkItem b = parsed.items().get(i);
                items.add(new Item(
                        parsed.references().get(i),
                        queries.row(me, parsed.unit(), b.year(), b.indicatorCode(), b.period()),
                        b.year()));
            }
            model.addAttribute("unit", parsed.unit());
            model.addAttribute("step", step);
            model.addAttribute("items", items);
            return "realization/bulk";
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
            return "redirect:/tasks";
        }
    }

    @PostMapping("/tasks/bulk/confirm")
    String confirm(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) List<String> ref,
            @RequestParam RealizationStep step,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Parsed parsed = parse(me, ref, step);
            List<RealizationEntry> done = service.stepAll(me, parsed.unit(), parsed.items(), step, note);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage("realization.bulk.done." + step.name(), new Object[] {done.size()}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:/tasks";
    }

    private record Parsed(Unit unit, List<RealizationService.BulkItem> items, List<String> references) {}

    /**
     * The ticked references ({@link RealizationTasks#reference}): each names the user's own unit, a year, an IKU, a
     * period and the row version; one that does not is refused as a whole, naming it.
     */
    private Parsed parse(CurrentUser me, List<String> refs, RealizationStep step) {
        if (step != RealizationStep.VERIFY && step != RealizationStep.APPROVE) {
            throw UserError.invalid("realization.bulk.step");
        }
        if (refs == null || refs.isEmpty()) {
            throw UserError.invalid("realization.bulk.none");
        }
        if (refs.size() > RealizationService.MAX_BULK) {
            throw UserError.invalid("realization.bulk.tooMany", RealizationService.MAX_BULK);
        }
        Unit unit = null;
        List<RealizationService.BulkItem> items = new ArrayList<>();
        List<String> references = new ArrayList<>(new LinkedHashSet<>(refs));
        for (String ref : references) {
            String[] parts = ref.split("\\|", -1);
            if (parts.length != 5) {
                throw UserError.invalid("realization.bulk.badReference", ref);
            }
            if (unit == null) {
                unit = access.viewable(me, parts[0]);
            } else if (!unit.code().equals(parts[0])) {
                throw UserError.invalid("realization.bulk.oneUnit");
            }
            try {
                items.add(new RealizationService.BulkItem(
                        Integer.parseInt(parts[1]), parts[2], Period.parse(parts[3]), Integer.parseInt(parts[4])));
            } catch (IllegalArgumentException e) {
                throw UserError.invalid("realization.bulk.badReference", ref);
            }
        }
        return new Parsed(unit, items, references);
    }
}
