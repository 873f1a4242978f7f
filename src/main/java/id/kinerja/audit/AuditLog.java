package id.kinerja.audit;

import id.kinerja.audit.internal.AuditRepository;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The audit trail. Writers call {@link #record} inside their own transaction, so a change and its
 * audit entry are committed (or rolled back) together.
 */
@Service
public class AuditLog {

    private final AuditRepository events;

    AuditLog(AuditRepository events) {
        this.events = events;
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
        events.insert(username, unitId, entity, entityKey, action.code(), text(oldValue), text(newValue), reason);
    }

    /**
     * Records an event of no unit unless the trail already has one of the same entity, key and action: for a reaction
     * to an event that the registry may deliver again after a crash (docs/architecture.md, "Events between modules").
     *
     * @return whether it was recorded now
     */
    public boolean recordOnce(
            String username, String entity, String entityKey, AuditAction action, Object newValue, String reason) {
        return events.insertOnce(username, entity, entityKey, action.code(), text(newValue), reason);
    }

    /** The events of no unit of one entity and key prefix (e.g. {@code framework}), newest first. */
    public List<AuditEvent> findWithoutUnit(String entity, String entityKeyPrefix) {
        return events.findWithoutUnit(entity, entityKeyPrefix);
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
        events.insertAll(
                username,
                entity,
                action.code(),
                reason,
                entries.stream().map(Entry::unitId).toArray(Long[]::new),
                entries.stream().map(Entry::entityKey).toArray(String[]::new),
                entries.stream().map(Entry::newValue).toArray(String[]::new));
    }

    /** The events of one entity (e.g. {@code realization}, key {@code 2024/01a-CP/Q1}), newest first. */
    public List<AuditEvent> find(long unitId, String entity, String entityKeyPrefix) {
        return events.find(unitId, entity, entityKeyPrefix);
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
