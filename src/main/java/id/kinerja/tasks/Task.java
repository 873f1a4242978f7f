package id.kinerja.tasks;

import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing awaiting a person, as "Tugas saya" lists it and {@code GET /api/v1/me/tasks} returns it.
 *
 * @param kind what is asked ({@link TaskKind})
 * @param unitCode the office or Kanwil the work belongs to
 * @param unitName its name, as the list shows it
 * @param year the performance year
 * @param period the period, where the work is per period (else null)
 * @param indicatorCode the IKU, where the work is about one (else null)
 * @param subject what the work is about in the user's data (the IKU's name, the section's title, the comment's
 *     first words, the follow-up's text); never a fixed text, which comes from the bundles by {@code kind}
 * @param detail more of the user's data where there is some (the reason of a return, the comment), else null
 * @param dueDate the due date from the year's calendar or the record itself, else null (listed last)
 * @param href the page where the work is done, a path within the application
 * @param reference an identifier of the record within its kind (for example the realization's id), so that bulk
 *     actions and the API can name it; never shown
 */
public record Task(
        TaskKind kind,
        String unitCode,
        String unitName,
        int year,
        Period period,
        String indicatorCode,
        String subject,
        String detail,
        LocalDate dueDate,
        String href,
        String reference) {

    public Task {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(href, "href");
    }
}
