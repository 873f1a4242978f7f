package id.kinerja.dialogue;

import id.kinerja.account.CurrentUser;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.TaskSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The dialogue's part of "Tugas saya": the open follow-ups the person owns, due on their own date. */
@Component
class DialogueTasks implements TaskSource {

    private final DialogueService dialogues;
    private final Units units;

    DialogueTasks(DialogueService dialogues, Units units) {
        this.dialogues = dialogues;
        this.units = units;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        return dialogues.openFollowUpsOf(me.id()).stream()
                .map(e -> task(e))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The meeting's decisions as the list shows them: the first 200 characters. */
    static String brief(String decisions) {
        if (decisions == null || decisions.isBlank()) {
            return null;
        }
        String t = decisions.strip().replaceAll("\\s+", " ");
        return t.length() <= 200 ? t : t.substring(0, 199) + "…";
    }

    private Optional<Task> task(Map.Entry<Meeting, FollowUp> e) {
        Meeting m = e.getKey();
        FollowUp f = e.getValue();
        return units.findById(m.unitId())
                .map((Unit unit) -> new Task(
                        TaskKind.FOLLOW_UP,
                        unit.code(),
                        unit.name(),
                        m.year(),
                        m.quarter(),
                        null,
                        f.text(),
                        brief(m.decisions()),
                        f.dueOn(),
                        "/units/" + unit.code() + "/dialogue?year=" + m.year() + "#follow-up-" + f.id(),
                        Long.toString(f.id())));
    }
}
