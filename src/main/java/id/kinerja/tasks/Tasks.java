package id.kinerja.tasks;

import id.kinerja.account.CurrentUser;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * "Tugas saya": every {@link TaskSource}'s tasks of a person, by due date (the nearest first, those without a date
 * last), then by unit, IKU and period so that the order is stable from one request to the next.
 */
@Service
public class Tasks {

    static final Comparator<Task> ORDER = Comparator.comparing(
                    Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::unitCode)
            .thenComparing(Task::year)
            .thenComparing(Task::kind)
            .thenComparing(Task::indicatorCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Task::period, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Task::reference, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<TaskSource> sources;

    Tasks(List<TaskSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The open tasks of {@code me} from every source, in the order above. */
    public List<Task> forUser(CurrentUser me) {
        return sources.stream()
                .flatMap(s -> s.tasksFor(me).stream())
                .sorted(ORDER)
                .toList();
    }

    /** The tasks of {@code me} that pass {@code filter}, in the order above. */
    public List<Task> forUser(CurrentUser me, TaskFilter filter) {
        return forUser(me).stream()
                .filter(t -> filter.accepts(t, me.indicatorCodes()))
                .toList();
    }

    /** How many tasks of each kind, in the order of {@link TaskKind}, only the kinds with at least one. */
    public static Map<TaskKind, Long> counts(List<Task> tasks) {
        Map<TaskKind, Long> counts = new EnumMap<>(TaskKind.class);
        tasks.forEach(t -> counts.merge(t.kind(), 1L, Long::sum));
        return counts;
    }
}
