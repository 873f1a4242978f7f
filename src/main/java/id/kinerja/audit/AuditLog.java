package id.kinerja.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit trail. Writers call {@link #record} inside their own transaction, so a change and its
 * audit entry are committed (or rolled back) together.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void record(
            String username,
            Long unitId,
            String entity,
            String entityKey,
            AuditAction action,
            Object oldValue,
            Object newValue,
            String reason) {
        jdbc.sql("""
                        insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, unitId, entity, entityKey, action.code(), text(oldValue), text(newValue), reason)
                .update();
    }

    /**
     * Records an event of no unit unless the trail already has one of the same entity, key and action: for a reaction
     * to an event that the registry may deliver again after a crash (docs/architecture.md, "Events between modules").
     *
     * @return whether it was recorded now
     */
    public boolean recordOnce(
            String username, String entity, String entityKey, AuditAction action, Object newValue, String reason) {
        return jdbc.sql("""
                        insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                        select ?, null, ?, ?, ?, null, ?, ?
                        where not exists (select 1 from audit_event
                                          where unit_id is null and entity = ? and entity_key = ? and action = ?)""")
                        .params(
                                username,
                                entity,
                                entityKey,
                                action.code(),
                                text(newValue),
                                reason,
                                entity,
                                entityKey,
                                action.code())
                        .update()
                == 1;
    }

    /** The events of no unit of one entity and key prefix (e.g. {@code framework}), newest first. */
    public List<AuditEvent> findWithoutUnit(String entity, String entityKeyPrefix) {
        return jdbc.sql("""
                        select id, at, username, unit_id, entity, entity_key, action, old_value, new_value, reason
                        from audit_event where unit_id is null and entity = ? and entity_key like ?
                        order by at desc, id desc""")
                .params(entity, entityKeyPrefix + "%")
                .query(AuditEvent.class)
                .list();
    }

    /** One event of {@link #recordAll}. */
    public record Entry(long unitId, String entityKey, String newValue) {}

    /**
     * Many events of one kind in one statement (an import of 100,000 rows): the same user, entity, action and
     * reason, no old value.
     */
    public void recordAll(String username, String entity, AuditAction action, String reason, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Long[] units = entries.stream().map(Entry::unitId).toArray(Long[]::new);
        String[] keys = entries.stream().map(Entry::entityKey).toArray(String[]::new);
        String[] values = entries.stream().map(Entry::newValue).toArray(String[]::new);
        template.update("""
                insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                select ?, k.unit_id, ?, k.key, ?, null, k.value, ?
                from unnest(?::bigint[], ?::varchar[], ?::text[]) as k(unit_id, key, value)""", ps -> {
            ps.setString(1, username);
            ps.setString(2, entity);
            ps.setString(3, action.code());
            ps.setString(4, reason);
            ps.setArray(5, ps.getConnection().createArrayOf("bigint", units));
            ps.setArray(6, ps.getConnection().createArrayOf("varchar", keys));
            ps.setArray(7, ps.getConnection().createArrayOf("text", values));
        });
    }

    /** The events of one entity (e.g. {@code realization}, key {@code 2024/01a-CP/Q1}), newest first. */
    public List<AuditEvent> find(long unitId, String entity, String entityKeyPrefix) {
        return jdbc.sql("""
                        select id, at, username, unit_id, entity, entity_key, action, old_value, new_value, reason
                        from audit_event where unit_id = ? and entity = ? and entity_key like ? order by at desc, id desc""")
                .params(unitId, entity, entityKeyPrefix + "%")
                .query((rs, i) -> new AuditEvent(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
