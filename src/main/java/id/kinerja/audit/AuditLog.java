package id.kinerja.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail. Writers call {@link #record} inside their own transaction, so a change and its
 * audit entry are committed (or rolled back) together.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String username, Long unitId, String entity, String entityKey, String action,
                       Object oldValue, Object newValue, String reason) {
        jdbc.sql("""
                        insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, unitId, entity, entityKey, action, text(oldValue), text(newValue), reason).update();
    }

    /** The events of one entity (e.g. {@code realization}, key {@code 2024/01a-CP/Q1}), newest first. */
    public List<AuditEvent> find(long unitId, String entity, String entityKeyPrefix) {
        return jdbc.sql("""
                        select id, at, username, unit_id, entity, entity_key, action, old_value, new_value, reason
                        from audit_event where unit_id = ? and entity = ? and entity_key like ? order by at desc, id desc""")
                .params(unitId, entity, entityKeyPrefix + "%")
                .query((rs, i) -> new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
