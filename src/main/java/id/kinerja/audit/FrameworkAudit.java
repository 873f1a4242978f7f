package id.kinerja.audit;

import id.kinerja.framework.FrameworkPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The audit trail's record of a framework version (a year's Manual IKU) stored as a new published version: entity
 * {@code framework}, key {@code <code>/v<version>}, by the application itself ({@link #ACTOR}), the year as the new
 * value. A reaction to {@link FrameworkPublished} after the storing transaction commits, from the event publication
 * registry (docs/architecture.md, "Events between modules"); recorded once even when the registry delivers the event
 * again after a crash.
 */
@Component
class FrameworkAudit {

    /** The audit trail's user of what the application records by itself. */
    static final String ACTOR = "Kinerja";

    static final String ENTITY = "framework";

    private final AuditLog audit;

    FrameworkAudit(AuditLog audit) {
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(FrameworkPublished published) {
        audit.recordOnce(
                ACTOR,
                ENTITY,
                published.code() + "/v" + published.version(),
                AuditAction.PUBLISH_FRAMEWORK,
                published.year(),
                null);
    }
}
