package id.kinerja.audit.internal;

import id.kinerja.audit.AuditEvent;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_event} table: the audit module's only SQL; {@link id.kinerja.audit.AuditLog} is its API. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;
    /**
     * Kept for the {@code unnest} statements: they bind typed SQL arrays ({@code createArrayOf}) in a
     * PreparedStatement callback, which JdbcClient does not offer.
     */
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void insert(
            String username,
            Long unitId,
            String entity,
            String entityKey,
            String action,
            String oldValue,
            String newValue,
            String reason) {
        jdbc.sql("""
                        insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, unitId, entity, entityKey, action, oldValue, newValue, reason)
                .update();
    }

    /** Inserts an event of no unit unless one of the same entity, key and action exists; whether it inserted. */
    public boolean insertOnce(
            String username, String entity, String entityKey, String action, String newValue, String reason) {
        return jdbc.sql("""
                        insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                        select ?, null, ?, ?, ?, null, ?, ?
                        where not exists (select 1 from audit_event
                                          where unit_id is null and entity = ? and entity_key = ? and action = ?)""")
                        .params(username, entity, entityKey, action, newValue, reason, entity, entityKey, action)
                        .update()
                == 1;
    }

    /** Many events of one user, entity, action and reason in one statement (parallel arrays of unit, key, value). */
    public void insertAll(
            String username,
            String entity,
            String action,
            String reason,
            Long[] units,
            String[] keys,
            String[] values) {
        template.update("""
                insert into audit_event (username, unit_id, entity, entity_key, action, old_value, new_value, reason)
                select ?, k.unit_id, ?, k.key, ?, null, k.value, ?
                from unnest(?::bigint[], ?::varchar[], ?::text[]) as k(unit_id, key, value)""", ps -> {
            ps.setString(1, username);
            ps.setString(2, entity);
            ps.setString(3, action);
            ps.setString(4, reason);
            ps.setArray(5, ps.getConnection().createArrayOf("bigint", units));
            ps.setArray(6, ps.getConnection().createArrayOf("varchar", keys));
            ps.setArray(7, ps.getConnection().createArrayOf("text", values));
        });
    }

    public List<AuditEvent> findWithoutUnit(String entity, String entityKeyPrefix) {
        return jdbc.sql("""
                        select id, at, username, unit_id, entity, entity_key, action, old_value, new_value, reason
                        from audit_event where unit_id is null and entity = ? and entity_key like ?
                        order by at desc, id desc""")
                .params(entity, entityKeyPrefix + "%")
                .query(AuditEvent.class)
                .list();
    }

    public List<AuditEvent> find(long unitId, String entity, String entityKeyPrefix) {
        return jdbc.sql("""
                        select id, at, username, unit_id, entity, entity_key, action, old_value, new_value, reason
                        from audit_event where unit_id = ? and entity = ? and entity_key like ?
                        order by at desc, id desc""")
                .params(unitId, entity, entityKeyPrefix + "%")
                .query(AuditEvent.class)
                .list();
    }
}
