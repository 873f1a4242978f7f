package id.kinerja.dialogue;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance dialogue page of a unit, {@code /units/{code}/dialogue?year=}: the year's meetings with their
 * follow-ups, the form to record one (its performance administrator and head), marking a follow-up done (its owner
 * or the performance administrator), removing a meeting.
 */
@Controller
class DialogueController {

    /** Blank follow-up rows the form offers. */
    static final int FORM_ROWS = 5;

    private final UnitAccess access;
    private final DialogueService dialogues;
    private final Agreements agreements;
    private final AccountService accounts;
    private final AuditLog audit;
    private final MessageSource messages;

    DialogueController(
            UnitAccess access,
            DialogueService dialogues,
            Agreements agreements,
            AccountService accounts,
            AuditLog audit,
            MessageSource messages) {
        this.access = access;
        this.dialogues = dialogues;
        this.agreements = agreements;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/dialogue")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = WebParams.year(year, agreements.yearsOfOrBelow(unit.id()));
        fill(model, me, unit, y, null);
        return "dialogue/page";
    }

    @PostMapping("/units/{code}/dialogue")
    String record(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String decisions,
            @RequestParam(defaultValue = "false") boolean riskMonitoringDiscussed,
            @RequestParam(required = false) List<String> followUpText,
            @RequestParam(required = false) List<String> followUpOwner,
            @RequestParam(required = false) List<String> followUpDue,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(DialogueService.mayRecord(me, unit));
        List<DialogueService.FollowUpForm> rows = new ArrayList<>();
        int n = Math.max(size(followUpText), Math.max(size(followUpOwner), size(followUpDue)));
        for (int i = 0; i < n; i++) {
            rows.add(new DialogueService.FollowUpForm(at(followUpText, i), at(followUpOwner, i), at(followUpDue, i)));
        }
        DialogueService.MeetingForm form = new DialogueService.MeetingForm(
                kind, quarter, heldOn, participants, minutes, decisions, riskMonitoringDiscussed, rows);
        try {
            Meeting m = dialogues.record(me, unit, year, form);
            redirect.addFlashAttribute(
                    "message",
                    messages.getMessage(
                            "dialogue.done.recorded",
                            new Object[] {
                                m.kind().name(),
                                m.quarter().name(),
                                m.followUps().size()
                            },
                            locale));
            return "redirect:/units/" + unit.code() + "/dialogue?year=" + year + "#meeting-" + m.id();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            fill(model, me, unit, year, form);
            return "dialogue/page";
        }
    }

    @PostMapping("/units/{code}/dialogue/follow-ups/{id}/done")
    String done(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        try {
            FollowUp f = dialogues.complete(me, unit, id, note);
            redirect.addFlashAttribute(
                    "message", messages.getMessage("dialogue.done.followUp", new Object[] {f.text()}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:/units/" + unit.code() + "/dialogue?year=" + year + "#follow-up-" + id;
    }

    @PostMapping("/units/{code}/dialogue/{id}/delete")
    String delete(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam int rowVersion,
            Locale locale,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        try {
            dialogues.delete(me, unit, id, rowVersion);
            redirect.addFlashAttribute("message", messages.getMessage("dialogue.done.deleted", null, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:/units/" + unit.code() + "/dialogue?year=" + year;
    }

    private void fill(Model model, CurrentUser me, Unit unit, int year, DialogueService.MeetingForm typed) {
        TreeSet<Integer> years = new TreeSet<>(agreements.yearsOfOrBelow(unit.id()));
        years.add(year);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("meetings", dialogues.meetings(unit.id(), year));
        model.addAttribute("mayRecord", DialogueService.mayRecord(me, unit));
        model.addAttribute("mayComplete", me.unitId() == unit.id() && me.has(Role.PERFORMANCE_ADMIN));
        model.addAttribute("meId", me.id());
        model.addAttribute("members", accounts.membersOf(unit.id()));
        model.addAttribute("kinds", DialogueKind.values());
        model.addAttribute("quarters", List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4));
        List<DialogueService.FollowUpForm> rows =
                new ArrayList<>(typed == null || typed.followUps() == null ? List.of() : typed.followUps());
        while (rows.size() < FORM_ROWS) {
            rows.add(new DialogueService.FollowUpForm("", "", ""));
        }
        model.addAttribute(
                "form",
                typed != null
                        ? new DialogueService.MeetingForm(
                                typed.kind(),
                                typed.quarter(),
                                typed.heldOn(),
                                typed.participants(),
                                typed.minutes(),
                                typed.decisions(),
                                typed.riskMonitoringDiscussed(),
                                rows)
                        : new DialogueService.MeetingForm(
                                unit.type().name().equals("KANWIL") ? "DKRO" : "DKO", "", "", "", "", "", true, rows));
        model.addAttribute("history", audit.find(unit.id(), DialogueService.ENTITY, year + "/"));
    }

    private static int size(List<String> l) {
        return l == null ? 0 : l.size();
    }

    private static String at(List<String> l, int i) {
        return l == null || i >= l.size() ? null : l.get(i);
    }
}
