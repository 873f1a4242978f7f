package id.kinerja.tasks;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Tugas saya" ({@code GET /tasks}), every user's landing page: what awaits the signed-in person by due date, the
 * count of each kind, the filters (kind, period, year, my IKU) and a search; the values to verify or approve carry a
 * checkbox for the bulk action ({@code POST /tasks/bulk}, the realization module's).
 */
@Controller
class TasksController {

    /** One line of the list: the task, the days left to its due date (null without one), whether bulk applies. */
    record Line(Task task, Long daysLeft, boolean bulk) {

        /** The text of the due date, the calendar's own: "batas {0}, {1} hari lagi", "hari ini", "terlambat". */
        public String dueKey() {
            return daysLeft > 0 ? "calendar.due.left" : daysLeft == 0 ? "calendar.due.today" : "calendar.due.late";
        }

        /** The days the text names: left before the date, or late after it. */
        public long days() {
            return Math.abs(daysLeft);
        }
    }

    private final Tasks tasks;
    private final Clock clock;

    TasksController(Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) TaskKind kind,
            @RequestParam(required = false) Period period,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) String q,
            Model model) {
        TaskFilter filter = new TaskFilter(kind, period, year, mine, q == null ? null : q.strip());
        List<Task> all = tasks.forUser(me);
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = all.stream()
                .filter(t -> filter.accepts(t, me.indicatorCodes()))
                .map(t -> new Line(
                        t,
                        t.dueDate() == null ? null : ChronoUnit.DAYS.between(today, t.dueDate()),
                        (t.kind() == TaskKind.VERIFY || t.kind() == TaskKind.APPROVE) && t.reference() != null))
                .toList();
        Map<TaskKind, Long> counts = Tasks.counts(all);
        model.addAttribute("lines", lines);
        model.addAttribute("total", all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute("years", new TreeSet<>(all.stream().map(Task::year).toList()).descendingSet());
        model.addAttribute("hasIndicators", !me.indicatorCodes().isEmpty());
        model.addAttribute(
                "canVerify", lines.stream().anyMatch(l -> l.bulk() && l.task().kind() == TaskKind.VERIFY));
        model.addAttribute(
                "canApprove", lines.stream().anyMatch(l -> l.bulk() && l.task().kind() == TaskKind.APPROVE));
        return "tasks/list";
    }
}
