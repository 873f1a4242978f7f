package id.kinerja.calendar.internal;

import id.kinerja.calendar.DeadlineKind;
import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dates each unit set for a year ({@code calendar_deadline}, V42). */
@Repository
public class DeadlineRepository {

    private final JdbcClient jdbc;

    DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored date: set by {@code unitId} for itself and every unit below it. */
    public record Row(long unitId, DeadlineKind kind, Period period, LocalDate dueOn) {}

    private record Raw(long unitId, String kind, String period, LocalDate dueOn) {}

    /** The dates of {@code year} set by any of {@code unitIds}. */
    public List<Row> find(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select unit_id, kind, period, due_on from calendar_deadline
                        where year = :year and unit_id in (:units)""").param("year", year).param("units", unitIds).query(Raw.class).list().stream()
                .map(r -> new Row(r.unitId(), DeadlineKind.valueOf(r.kind()), Period.valueOf(r.period()), r.dueOn()))
                .toList();
    }

    /** Writes one date; {@code dueOn} null removes it (the date from above applies again). */
    public void save(long unitId, int year, DeadlineKind kind, Period period, LocalDate dueOn, String username) {
        if (dueOn == null) {
            jdbc.sql("delete from calendar_deadline where unit_id = ? and year = ? and kind = ? and period = ?")
                    .params(unitId, year, kind.name(), period.name())
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into calendar_deadline (unit_id, year, kind, period, due_on, updated_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, year, kind, period) do update set due_on = excluded.due_on,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(unitId, year, kind.name(), period.name(), dueOn, username)
                .update();
    }
}
