package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.calendar.Deadline;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The realization workflow's part of "Tugas saya" (docs/domain.md, "Who does what next"): for the PIC of an IKU (and
 * the performance administrator, who may enter every IKU) the quarters to fill in (nothing entered or a draft) and the
 * values returned with their reason; for the performance administrator the submitted values to verify; for the head
 * the verified values to approve. Only the quarters that have begun are to be filled; every year of the unit's
 * agreements in force counts, so a quarter left open last year stays on the list until it is approved. The due date
 * is the year's calendar's realization date of the period.
 */
@Component
class RealizationTasks implements id.kinerja.tasks.TaskSource {

    private static final List<Period> QUARTERS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4);

    private final UnitAccess access;
    private final Units units;
    private final Agreements agreements;
    private final RealizationQueries queries;
    private final Deadlines deadlines;
    private final Clock clock;

    RealizationTasks(
            UnitAccess access,
            Units units,
            Agreements agreements,
            RealizationQueries queries,
            Deadlines deadlines,
            Clock clock) {
        this.access = access;
        this.units = units;
        this.agreements = agreements;
        this.queries = queries;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The reference of a realization's task, which the bulk actions read back: unit, year, IKU, period, version. */
    static String reference(Unit unit, RealizationEntry e) {
        return String.join(
                "|",
                unit.code(),
                Integer.toString(e.year()),
                e.indicatorCode(),
                e.period().name(),
                Integer.toString(e.rowVersion()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksFor(CurrentUser me) {
        Optional<Unit> own = units.findById(me.unitId());
        if (own.isEmpty()) {
            return List.of();
        }
        Unit unit = own.get();
        LocalDate today = LocalDate.now(clock);
        List<Task> tasks = new ArrayList<>();
        for (int year : agreements.yearsOf(unit.id())) {
            queries.context(unit, year).ifPresent(ctx -> collect(me, unit, ctx, today, tasks));
        }
        return tasks;
    }

    private void collect(CurrentUser me, Unit unit, RealizationQueries.Context ctx, LocalDate today, List<Task> out) {
        boolean verifies = RealizationStep.VERIFY.allowedFor(access, me, unit.id(), null, false);
        boolean approves = RealizationStep.APPROVE.allowedFor(access, me, unit.id(), null, false);
        // the year's calendar once per period, not once per IKU and period
        java.util.Map<Period, LocalDate> dueOn = new java.util.EnumMap<>(Period.class);
        for (Period p : Period.values()) {
            deadlines
                    .due(unit.id(), ctx.year(), DeadlineKind.REALIZATION, p)
                    .map(Deadline::dueOn)
                    .ifPresent(d -> dueOn.put(p, d));
        }
        for (PerformanceAgreement.Indicator agreed : ctx.agreement().indicators()) {
            String code = agreed.code();
            String name = ctx.framework().indicator(code).name();
            boolean enters = RealizationStep.SAVE.allowedFor(access, me, unit.id(), code, false);
            for (Period period : Period.values()) {
                RealizationEntry e = ctx.entry(code, period);
                TaskKind kind = kind(e, enters, verifies, approves);
                if (kind == null && e == null && enters && QUARTERS.contains(period)) {
                    kind = agreed.targets().containsKey(period) && begun(ctx.year(), period, today)
                            ? TaskKind.FILL
                            : null;
                }
                if (kind == null) {
                    continue;
                }
                LocalDate due = dueOn.get(period);
                out.add(new Task(
                        kind,
                        unit.code(),
                        unit.name(),
                        ctx.year(),
                        period,
                        code,
                        name,
                        kind == TaskKind.RETURNED ? e.reviewNote() : null,
                        due,
                        "/units/" + unit.code() + "/realizations/" + code + "/" + period.name() + "?year=" + ctx.year(),
                        e == null ? null : reference(unit, e)));
            }
        }
    }

    private static TaskKind kind(RealizationEntry e, boolean enters, boolean verifies, boolean approves) {
        if (e == null) {
            return null;
        }
        return switch (e.status()) {
            case DRAFT -> enters ? TaskKind.FILL : null;
            case RETURNED -> enters ? TaskKind.RETURNED : null;
            case SUBMITTED -> verifies ? TaskKind.VERIFY : null;
            case VERIFIED -> approves ? TaskKind.APPROVE : null;
            case APPROVED -> null;
        };
    }

    /** Whether the quarter has begun on {@code today}: its first month has come. */
    static boolean begun(int year, Period quarter, LocalDate today) {
        int firstMonth = 3 * QUARTERS.indexOf(quarter) + 1;
        return !LocalDate.of(year, firstMonth, 1).isAfter(today);
    }
}
