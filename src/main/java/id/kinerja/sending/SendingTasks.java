package id.kinerja.sending;

import id.kinerja.account.CurrentUser;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.TaskSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Sending's part of "Tugas saya": at a Kanwil, the documents its offices sent whose receipt is not yet acknowledged. */
@Component
class SendingTasks implements TaskSource {

    private final Units units;
    private final SendingService sending;

    SendingTasks(Units units, SendingService sending) {
        this.units = units;
        this.sending = sending;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        Map<Long, Unit> below = units.findChildren(me.unitId()).stream()
                .filter(u -> SendingService.mayAcknowledge(me, u))
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        return sending.unacknowledged(below.keySet()).stream()
                .map(d -> {
                    Unit office = below.get(d.unitId());
                    return new Task(
                            TaskKind.ACKNOWLEDGE_RECEIPT,
                            office.code(),
                            office.name(),
                            d.year(),
                            d.kind() == id.kinerja.report.ReportKind.LAKIN ? null : d.period(),
                            null,
                            d.fileName() + " (v" + d.version() + ")",
                            d.note(),
                            null,
                            "/units/" + office.code() + "/sent?year=" + d.year() + "#sent-" + d.id(),
                            Long.toString(d.id()));
                })
                .toList();
    }
}
