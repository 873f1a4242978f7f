package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.calendar.Deadline;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.TaskSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement's part of "Tugas saya": a draft PK waiting for the signature of the unit's own head (first party),
 * and the PKs of the units directly below that their heads have signed and that wait for this head as second party
 * ({@link AgreementEditor#awaiting}). The due date is the year's calendar's PK signing date.
 */
@Component
class AgreementTasks implements TaskSource {

    private final UnitAccess access;
    private final Units units;
    private final Agreements agreements;
    private final AgreementEditor editor;
    private final Deadlines deadlines;

    AgreementTasks(UnitAccess access, Units units, Agreements agreements, AgreementEditor editor, Deadlines deadlines) {
        this.access = access;
        this.units = units;
        this.agreements = agreements;
        this.editor = editor;
        this.deadlines = deadlines;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksFor(CurrentUser me) {
        Optional<Unit> own = units.findById(me.unitId());
        if (own.isEmpty()) {
            return List.of();
        }
        Unit unit = own.get();
        List<Task> tasks = new ArrayList<>();
        if (access.canSignAgreement(me, unit.id())) {
            for (int year : agreements.yearsOf(unit.id())) {
                agreements.versions(unit.id(), year).stream()
                        .filter(v -> v.status() == AgreementStatus.DRAFT && v.firstPartySignedBy() == null)
                        .forEach(v -> tasks.add(task(unit, year, v.version(), v.number(), v.id())));
            }
        }
        for (AgreementEditor.Awaiting a : editor.awaiting(me, unit)) {
            tasks.add(task(
                    a.unit(),
                    a.agreement().year(),
                    a.agreement().version(),
                    a.agreement().number(),
                    a.agreement().agreementId()));
        }
        return tasks;
    }

    private Task task(Unit unit, int year, int version, String number, long id) {
        LocalDate due = deadlines
                .due(unit.id(), year, DeadlineKind.AGREEMENT, Period.Y)
                .map(Deadline::dueOn)
                .orElse(null);
        return new Task(
                TaskKind.SIGN_AGREEMENT,
                unit.code(),
                unit.name(),
                year,
                null,
                null,
                number == null || number.isBlank() ? "v" + version : number + " (v" + version + ")",
                null,
                due,
                "/units/" + unit.code() + "/agreement?year=" + year,
                Long.toString(id));
    }
}
