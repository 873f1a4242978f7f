package id.kinerja.dashboard;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.UnitYears;
import id.kinerja.calendar.Deadlines;
import id.kinerja.calendar.DueDate;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit dashboard: {@code GET /units/{code}/dashboard?year=&period=}, for everyone who may view the unit. Year
 * defaults to the newest year the unit has an agreement for, period to Y.
 */
@Controller
class DashboardController {

    private final UnitAccess access;
    private final DashboardService dashboards;
    private final MessageSource messages;
    private final UnitYears unitYears;

    private final Deadlines deadlines;

    DashboardController(
            UnitAccess access,
            DashboardService dashboards,
            MessageSource messages,
            UnitYears unitYears,
            Deadlines deadlines) {
        this.unitYears = unitYears;
        this.deadlines = deadlines;
        this.access = access;
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/dashboard")
    String dashboard(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Period period,
            Locale locale,
            Model model) {
        Unit unit = access.viewable(me, code);
        Period p = period == null ? Period.Y : period;
        List<Integer> years = dashboards.years(unit);
        int y = unitYears.open(unit, year, years);
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("period", p);
        model.addAttribute("years", UnitYears.choices(years, y));
        model.addAttribute("periods", Period.values());
        model.addAttribute("chartPeriods", Dashboard.CHART_PERIODS);
        model.addAttribute("aggregateUnit", unit.type() == UnitType.KANWIL || unit.type() == UnitType.HQ);
        // the next deadline of the year's calendar: of the year shown, else of this year once the shown one's passed
        int thisYear = deadlines.thisYear();
        Optional<DueDate> next = deadlines.next(unit.id(), y);
        int nextYear = y;
        if (next.isEmpty() && y != thisYear) {
            next = deadlines.next(unit.id(), thisYear);
            nextYear = thisYear;
        }
        model.addAttribute("nextDeadline", next.orElse(null));
        model.addAttribute("nextDeadlineYear", nextYear);
        Optional<Dashboard> dashboard = dashboards.build(unit, y, p);
        if (dashboard.isPresent()) {
            Dashboard d = dashboard.get();
            DashboardCharts charts = new DashboardCharts(messages, locale);
            model.addAttribute("d", d);
            model.addAttribute("card", d.card());
            model.addAttribute("nkoChart", charts.nkoByPeriod(d));
            model.addAttribute("trendChart", charts.ikuTrend(d));
        }
        return "dashboard/dashboard";
    }
}
