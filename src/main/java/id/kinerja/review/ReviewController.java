package id.kinerja.review;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.UnitYears;
import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilService;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import id.kinerja.web.WebParams;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Kanwil's review pages: {@code GET /units/{code}/review?year=} an office's threads (by state) and quarters
 * reviewed, with the forms of the reviewer (new thread, reply, close, mark a quarter reviewed or take the mark back)
 * and of the office (answer); {@code GET /units/{code}/reviews?year=&period=} a Kanwil's (or headquarters') offices
 * with their open threads, quarters reviewed and whether they reported. Every form is a plain POST answered with a
 * redirect to the page; a refusal shows the page again with the reason, its status and the text as typed. The rights
 * are {@link ReviewService}'s.
 */
@Controller
class ReviewController {

    static final List<Period> QUARTERS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4);

    private final UnitAccess access;
    private final ReviewService reviews;
    private final Agreements agreements;
    private final UnitYears unitYears;
    private final KanwilService kanwil;
    private final MessageSource messages;
    private final Clock clock;

    ReviewController(
            UnitAccess access,
            ReviewService reviews,
            Agreements agreements,
            UnitYears unitYears,
            KanwilService kanwil,
            MessageSource messages,
            Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.agreements = agreements;
        this.unitYears = unitYears;
        this.kanwil = kanwil;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units/{code}/review")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            Model model) {
        Unit unit = access.viewable(me, code);
        int y = WebParams.year(year, agreements.yearsOf(unit.id()));
        fill(model, me, unit, y);
        return "review/office";
    }

    @PostMapping("/units/{code}/review/threads")
    String open(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam int year,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Period period,
            @RequestParam(required = false) String iku,
            @RequestParam(required = false) String content,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(reviews.canReview(me, unit.id()));
        return write(me, unit, year, "new", content, model, locale, response, redirect, () -> {
            ReviewThread t = reviews.open(me, unit, year, scope(scope), period, iku, content);
            return done(redirect, locale, unit, t, "review.opened");
        });
    }

    @PostMapping("/units/{code}/review/threads/{id}/answer")
    String answer(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(required = false) String content,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(me, code, id, "answer", year, rowVersion, content, model, locale, response, redirect);
    }

    @PostMapping("/units/{code}/review/threads/{id}/reply")
    String reply(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(required = false) String content,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(me, code, id, "reply", year, rowVersion, content, model, locale, response, redirect);
    }

    @PostMapping("/units/{code}/review/threads/{id}/close")
    String close(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer rowVersion,
            @RequestParam(required = false) String content,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(me, code, id, "close", year, rowVersion, content, model, locale, response, redirect);
    }

    private String step(
            CurrentUser me,
            String code,
            long id,
            String action,
            int year,
            Integer rowVersion,
            String content,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(
                action.equals("answer") ? reviews.answersFor(me, unit.id()) : reviews.canReview(me, unit.id()));
        return write(me, unit, year, String.valueOf(id), content, model, locale, response, redirect, () -> {
            int version = rowVersion == null ? -1 : rowVersion;
            ReviewThread t = switch (action) {
                case "answer" -> reviews.answer(me, unit, id, version, content);
                case "reply" -> reviews.reply(me, unit, id, version, content);
                default -> reviews.close(me, unit, id, version, content);
            };
            return done(redirect, locale, unit, t, "review.done." + action);
        });
    }

    @PostMapping("/units/{code}/review/periods/{period}/reviewed")
    String markReviewed(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable Period period,
            @RequestParam int year,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return period(me, code, period, true, year, model, locale, response, redirect);
    }

    @PostMapping("/units/{code}/review/periods/{period}/unmark")
    String unmarkReviewed(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @PathVariable Period period,
            @RequestParam int year,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return period(me, code, period, false, year, model, locale, response, redirect);
    }

    private String period(
            CurrentUser me,
            String code,
            Period period,
            boolean mark,
            int year,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Unit unit = access.viewable(me, code);
        UnitAccess.require(reviews.canReview(me, unit.id()));
        return write(me, unit, year, null, null, model, locale, response, redirect, () -> {
            String key;
            if (mark) {
                reviews.markReviewed(me, unit, year, period);
                key = "review.period.marked";
            } else {
                reviews.unmarkReviewed(me, unit, year, period);
                key = "review.period.unmarked";
            }
            redirect.addFlashAttribute(
                    "message", messages.getMessage(key, new Object[] {period.label(), String.valueOf(year)}, locale));
            return "redirect:" + page(unit, year, "periods");
        });
    }

    @GetMapping("/units/{code}/reviews")
    String overview(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            Model model) {
        Unit unit = access.viewable(me, code);
        if (!KanwilService.comparesOffices(unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Bukan Kanwil atau Kantor Pusat: " + code);
        }
        List<Integer> years = kanwil.years(kanwil.offices(unit));
        int y = unitYears.open(unit, year, years);
        Period p = period != null ? period : defaultQuarter(y);
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("period", p);
        model.addAttribute("years", UnitYears.choices(years, y));
        model.addAttribute("periods", Period.values());
        model.addAttribute("quarters", QUARTERS);
        model.addAttribute("rows", reviews.overview(unit, y, p));
        return "review/overview";
    }

    /** This year's current quarter, or Q4 of another year. */
    private Period defaultQuarter(int year) {
        LocalDate today = LocalDate.now(clock);
        return today.getYear() == year ? QUARTERS.get((today.getMonthValue() - 1) / 3) : Period.Q4;
    }

    private void fill(Model model, CurrentUser me, Unit unit, int year) {
        List<ReviewThread> threads = reviews.threads(unit, year);
        Map<ThreadState, List<ReviewThread>> byState = new EnumMap<>(ThreadState.class);
        for (ThreadState s : ThreadState.values()) {
            byState.put(s, threads.stream().filter(t -> t.state() == s).toList());
        }
        Map<Long, Boolean> answerable = new HashMap<>();
        threads.forEach(t -> answerable.put(t.id(), reviews.canAnswer(me, t)));
        List<String> indicators =
                agreements.findCurrent(unit.id(), year).map(PerformanceAgreement::indicators).orElse(List.of()).stream()
                        .map(PerformanceAgreement.Indicator::code)
                        .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", UnitYears.choices(agreements.yearsOf(unit.id()), year));
        model.addAttribute("states", ThreadState.values());
        model.addAttribute("byState", byState);
        model.addAttribute("answerable", answerable);
        model.addAttribute("canReview", reviews.canReview(me, unit.id()));
        model.addAttribute("reviewed", reviews.reviewed(unit, year));
        model.addAttribute("quarters", QUARTERS);
        model.addAttribute("periods", Period.values());
        model.addAttribute("scopes", ReviewScope.values());
        model.addAttribute("indicators", indicators);
        model.addAttribute("maxComment", ReviewService.MAX_COMMENT);
    }

    private String write(
            CurrentUser me,
            Unit unit,
            int year,
            String typedFor,
            String typed,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<String> write) {
        try {
            return write.get();
        } catch (UserError e) {
            response.setStatus(e.status().value());
            int y = year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
            fill(model, me, unit, y);
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("typedFor", typedFor);
            model.addAttribute("typed", typed);
            return "review/office";
        }
    }

    private String done(RedirectAttributes redirect, Locale locale, Unit unit, ReviewThread t, String key) {
        redirect.addFlashAttribute("message", messages.getMessage(key, new Object[] {t.subject()}, locale));
        return "redirect:" + page(unit, t.year(), "thread-" + t.id());
    }

    private static String page(Unit unit, int year, String fragment) {
        return UriComponentsBuilder.fromPath("/units/{u}/review")
                .queryParam("year", year)
                .fragment(fragment)
                .buildAndExpand(unit.code())
                .encode()
                .toUriString();
    }

    private static ReviewScope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            throw UserError.invalid("review.error.scope");
        }
        try {
            return ReviewScope.valueOf(scope.strip());
        } catch (IllegalArgumentException e) {
            throw UserError.invalid("review.error.scope");
        }
    }
}
