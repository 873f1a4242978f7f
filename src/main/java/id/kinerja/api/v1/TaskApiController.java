package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.Period;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskFilter;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Tugas saya" of the caller ({@link Tasks}), the same list and filters as the page {@code /tasks}. */
@RestController
@Tag(name = "Tugas saya", description = "Apa yang menunggu pengguna, urut tanggal batas")
class TaskApiController {

    record TaskDto(
            TaskKind kind,
            String label,
            String unitCode,
            String unitName,
            int year,
            Period period,
            String indicatorCode,
            String subject,
            String detail,
            LocalDate dueDate,
            String href,
            String reference) {}

    record TasksDto(int total, Map<TaskKind, Long> counts, List<TaskDto> tasks) {}

    private final Tasks tasks;
    private final MessageSource messages;

    TaskApiController(Tasks tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/api/v1/me/tasks")
    @Operation(
            summary = "Tugas saya",
            description = "Tugas pengguna urut tanggal batas (tanpa batas di akhir), dengan jumlah per jenis (dari"
                    + " semua tugas, sebelum filter). Filter opsional: kind, period, year, mine=true (IKU yang"
                    + " diampu), q (kata-kata yang harus ada pada unit, IKU, nama atau rincian).")
    TasksDto list(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) TaskKind kind,
            @RequestParam(required = false) Period period,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) String q,
            Locale locale) {
        List<Task> all = tasks.forUser(me);
        TaskFilter filter = new TaskFilter(kind, period, year, mine, q);
        List<TaskDto> shown = all.stream()
                .filter(t -> filter.accepts(t, me.indicatorCodes()))
                .map(t -> new TaskDto(
                        t.kind(),
                        messages.getMessage("tasks.kind." + t.kind().name(), null, locale),
                        t.unitCode(),
                        t.unitName(),
                        t.year(),
                        t.period(),
                        t.indicatorCode(),
                        t.subject(),
                        t.detail(),
                        t.dueDate(),
                        t.href(),
                        t.reference()))
                .toList();
        return new TasksDto(all.size(), new LinkedHashMap<>(Tasks.counts(all)), shown);
    }
}
