package id.kinerja.report;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The place and date of a unit's LAKIN and NKO reports of a year ({@link DocumentSettings}):
 * {@code GET /units/{code}/reports/settings?year=} for everyone who may view the unit, {@code POST} for its performance
 * administrator and head. Fields {@code place.<DOC>.<PERIOD>} and {@code date.<DOC>.<PERIOD>} (ISO date), all saved
 * or none.
 */
@Controller
class DocumentSettingsController {

    private final UnitAccess access;
    private final DocumentSettings settings;
    private final Agreements agreements;
    private final MessageSource messages;

    DocumentSettingsController(
            UnitAccess access, DocumentSettings settings, Agreements agreements, MessageSource messages) {
        this.access = access;
        this.settings = settings;
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/reports/settings")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = WebParams.year(year, agreements.yearsOf(unit.id()));
        fill(model, me, unit, y);
        return "documents/settings";
    }

    @PostMapping("/units/{code}/reports/settings")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(settings.canEdit(me, unit.id()));
        try {
            List<DocumentSetting> changes = new ArrayList<>();
            for (DocumentSetting d : DocumentSettings.documents()) {
                String k = d.document().name() + "." + d.period().name();
                String place = form.get("place." + k);
                String date = form.get("date." + k);
                if (place == null && date == null) {
                    continue;
                }
                changes.add(new DocumentSetting(d.document(), d.period(), place, date(date, d)));
            }
            settings.save(me, unit, year, changes);
            redirect.addFlashAttribute("message", messages.getMessage("document.saved", new Object[] {year}, locale));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/units/{u}/reports/settings")
                            .queryParam("year", year)
                            .buildAndExpand(unit.code())
                            .encode()
                            .toUriString();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("form", new HashMap<>(form));
            fill(model, me, unit, year);
            return "documents/settings";
        }
    }

    /** A date as the form's date field sends it ({@code 2025-01-31}); blank is none. */
    static LocalDate date(String text, DocumentSetting d) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserError.invalid("document.error.dateText", DocumentSettings.label(d), text.strip());
        }
    }

    private void fill(Model model, CurrentUser me, Unit unit, int year) {
        PerformanceAgreement a = agreements.findCurrent(unit.id(), year).orElse(null);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("settings", settings.of(unit.id(), year));
        model.addAttribute("defaultPlace", DocumentSettings.place(null, a, unit));
        model.addAttribute("canEdit", settings.canEdit(me, unit.id()));
    }
}
