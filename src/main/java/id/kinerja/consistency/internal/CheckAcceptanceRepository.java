package id.kinerja.consistency.internal;

import id.kinerja.consistency.CheckAcceptanceService;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code check_acceptance} (V32): the head's acceptances of a unit's year's check errors, never updated. */
@Repository
public class CheckAcceptanceRepository {

    private static final String COLUMNS = "id, fingerprint, errors, reason, accepted_by, accepted_by_name, accepted_at";

    private final JdbcClient jdbc;

    CheckAcceptanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long unitId, int year, String fingerprint, int errors, String reason, String username, String name) {
        return jdbc.sql("""
                        insert into check_acceptance (unit_id, year, fingerprint, errors, reason, accepted_by, accepted_by_name)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, year, fingerprint, errors, reason, username, name)
                .query(Long.class)
                .single();
    }

    /** The newest acceptance of exactly this set of errors. */
    public Optional<CheckAcceptanceService.Acceptance> find(long unitId, int year, String fingerprint) {
        return jdbc.sql("select " + COLUMNS
                        + " from check_acceptance where unit_id = ? and year = ? and fingerprint = ?"
                        + " order by accepted_at desc, id desc limit 1")
                .params(unitId, year, fingerprint)
                .query(AcceptanceRow.class)
                .optional()
                .map(AcceptanceRow::acceptance);
    }

    /** The newest acceptance of the unit's year, whatever errors it accepted. */
    public Optional<CheckAcceptanceService.Acceptance> latest(long unitId, int year) {
        return jdbc.sql("select " + COLUMNS + " from check_acceptance where unit_id = ? and year = ?"
                        + " order by accepted_at desc, id desc limit 1")
                .params(unitId, year)
                .query(AcceptanceRow.class)
                .optional()
                .map(AcceptanceRow::acceptance);
    }

    /** A {@code check_acceptance} row; the fingerprint column is {@code char(64)}, so its padding is stripped. */
    private record AcceptanceRow(
            long id,
            String fingerprint,
            int errors,
            String reason,
            String acceptedBy,
            String acceptedByName,
            OffsetDateTime acceptedAt) {

        CheckAcceptanceService.Acceptance acceptance() {
            return new CheckAcceptanceService.Acceptance(
                    id, fingerprint.strip(), errors, reason, acceptedBy, acceptedByName, acceptedAt);
        }
    }
}
