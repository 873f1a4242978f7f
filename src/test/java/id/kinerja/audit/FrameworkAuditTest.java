package id.kinerja.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.framework.FrameworkPublished;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail records a published framework version once, as a reaction to {@link FrameworkPublished} from the
 * event publication registry, and not again when the event is delivered a second time (after a crash).
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkAuditTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private long completed(String code) {
        return jdbc.sql("""
                        select count(*) from event_publication_archive
                        where listener_id like '%FrameworkAudit%' and serialized_event like ? and status = 'COMPLETED'""").param("%" + code + "%").query(Long.class).single();
    }

    @Test
    void aPublishedVersionIsAuditedOnceByTheApplication() {
        String code = "test-framework-" + UUID.randomUUID();
        FrameworkPublished published = new FrameworkPublished(4242L, code, 2026, 3);

        transactions.executeWithoutResult(status -> events.publishEvent(published));

        await().atMost(Duration.ofSeconds(20)).until(() -> completed(code) == 1);
        List<AuditEvent> trail = audit.findWithoutUnit(FrameworkAudit.ENTITY, code + "/");
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.entityKey()).isEqualTo(code + "/v3");
            assertThat(e.kind()).isEqualTo(AuditAction.PUBLISH_FRAMEWORK);
            assertThat(e.username()).isEqualTo(FrameworkAudit.ACTOR);
            assertThat(e.newValue()).isEqualTo("2026");
            assertThat(e.unitId()).isNull();
        });

        // delivered again (as a resubmission after a crash between the audit and the completion): no second entry
        transactions.executeWithoutResult(status -> events.publishEvent(published));
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(code) == 2);
        assertThat(audit.findWithoutUnit(FrameworkAudit.ENTITY, code + "/")).hasSize(1);
        // another version of the same framework is its own entry
        transactions.executeWithoutResult(status -> events.publishEvent(new FrameworkPublished(4243L, code, 2026, 4)));
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(code) == 3);
        assertThat(audit.findWithoutUnit(FrameworkAudit.ENTITY, code + "/"))
                .extracting(AuditEvent::entityKey)
                .containsExactlyInAnyOrder(code + "/v3", code + "/v4");
    }
}
