package id.kinerja.narrative;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.agreement.Agreements;
import id.kinerja.calendar.Deadline;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.TaskSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narratives' part of "Tugas saya": the LAKIN sections of an ended year (the LAKIN is written after its year)
 * that are not written yet or were carried over from last year and not saved since. The person who may edit a
 * section ({@link NarrativeService#mayEdit}: the performance administrator every section, a PIC the blocks of the
 * own IKU) gets one task per fixed section and one per IKU whose blocks are not all written, naming the blocks. The
 * head, who may edit too, signs the LAKIN rather than writing it and gets none. The due date is the year's
 * calendar's LAKIN date.
 */
@Component
class NarrativeTasks implements TaskSource {

    private final Units units;
    private final Agreements agreements;
    private final NarrativeService narratives;
    private final Deadlines deadlines;
    private final Clock clock;

    NarrativeTasks(Units units, Agreements agreements, NarrativeService narratives, Deadlines deadlines, Clock clock) {
        this.units = units;
        this.agreements = agreements;
        this.narratives = narratives;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksFor(CurrentUser me) {
        Optional<Unit> own = units.findById(me.unitId());
        if (own.isEmpty() || (!me.has(Role.PERFORMANCE_ADMIN) && !me.has(Role.PIC))) {
            return List.of();
        }
        Unit unit = own.get();
        int thisYear = LocalDate.now(clock).getYear();
        List<Task> tasks = new ArrayList<>();
        for (int year : agreements.yearsOf(unit.id())) {
            if (year >= thisYear) {
                continue;
            }
            List<NarrativeSection> sections = narratives.sections(unit.id(), year);
            Map<String, NarrativeVersion> written = narratives.latestAll(unit.id(), year);
            LocalDate due = deadlines
                    .due(unit.id(), year, DeadlineKind.LAKIN, Period.Y)
                    .map(Deadline::dueOn)
                    .orElse(null);
            Map<String, List<NarrativeSection>> openByIndicator = new LinkedHashMap<>();
            for (NarrativeSection s : sections) {
                NarrativeVersion v = written.get(s.key());
                boolean open = v == null
                        || v.carriedOver()
                        || v.content() == null
                        || v.content().isBlank();
                if (!open || !NarrativeService.mayEdit(me, unit, s)) {
                    continue;
                }
                if (s.perIndicator()) {
                    openByIndicator
                            .computeIfAbsent(s.indicatorCode(), k -> new ArrayList<>())
                            .add(s);
                } else {
                    tasks.add(task(unit, year, null, s.title(), null, due, s.key()));
                }
            }
            openByIndicator.forEach((code, open) -> tasks.add(task(
                    unit,
                    year,
                    code,
                    open.stream().map(NarrativeSection::title).collect(Collectors.joining("; ")),
                    null,
                    due,
                    open.get(0).key())));
        }
        return tasks;
    }

    private static Task task(
            Unit unit, int year, String indicatorCode, String subject, String detail, LocalDate due, String key) {
        return new Task(
                TaskKind.WRITE_NARRATIVE,
                unit.code(),
                unit.name(),
                year,
                null,
                indicatorCode,
                subject,
                detail,
                due,
                "/units/" + unit.code() + "/narratives/" + key + "?year=" + year,
                key);
    }
}
