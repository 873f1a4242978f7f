package id.kinerja.calendar;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
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
 * The year's calendar of a unit ({@link Deadlines}):
 * <ul>
 *   <li>{@code GET /units/{code}/calendar?year=}: for whoever may view the unit: every date that applies, where it
 *       comes from and how many days are left; the unit's own dates as a form for an administrator of it or above;</li>
 *   <li>{@code POST /units/{code}/calendar?year=} (fields {@code due.<KIND>.<PERIOD>}): the unit's own dates, all or
 *       nothing.</li>
 * </ul>
 */
@Controller
class CalendarController {

    private static final String PAGE = "calendar/calendar";

    private final UnitAccess access;
    private final Deadlines deadlines;
    private final MessageSource messages;

    CalendarController(UnitAccess access, Deadlines deadlines, MessageSource messages) {
        this.access = access;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/calendar")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        fill(model, me, unit, year == null ? deadlines.thisYear() : year, Map.of());
        return PAGE;
    }

    @PostMapping("/units/{code}/calendar")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> fields,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(deadlines.mayEdit(me, unit.id()));
        int y = year == null ? deadlines.thisYear() : year;
        try {
            deadlines.set(me, unit, y, fields);
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            fill(model, me, unit, y, fields);
            return PAGE;
        }
        redirect.addFlashAttribute("done", messages.getMessage("calendar.done", null, locale));
        return "redirect:"
                + UriComponentsBuilder.fromPath("/units/{u}/calendar")
                        .queryParam("year", y)
                        .buildAndExpand(unit.code())
                        .encode()
                        .toUriString();
    }

    private void fill(Model model, CurrentUser me, Unit unit, int year, Map<String, String> typed) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", deadlines.years(year));
        model.addAttribute("period", Period.Y);
        model.addAttribute("rows", deadlines.rows(unit, year));
        model.addAttribute("sources", deadlines.sourceNames(unit.id()));
        model.addAttribute("canEdit", deadlines.mayEdit(me, unit.id()));
        model.addAttribute("typed", typed);
    }
}
