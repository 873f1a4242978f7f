package id.kinerja.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.framework.Period;
import id.kinerja.realization.RealizationApproved;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reaction is not lost when its listener fails (docs/architecture.md, "Events between modules"): the publication
 * stays in the registry as FAILED; a restart (a new application context on the same database, with the application's
 * {@code republish-outstanding-events-on-restart}) hands it to the listener again, which handles it once, and the
 * publication is completed; resubmitting again afterwards delivers nothing more. The restarted node is
 * {@link RestartedNode}: what republishing needs, without the web server, the demo and the other modules.
 */
@SpringBootTest
@Import(EventPublicationRestartTest.FailsOnce.class)
class EventPublicationRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A listener that fails on the first delivery of each event and counts the deliveries it handled. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailsOnce {

        static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
        static final Map<String, AtomicInteger> HANDLED = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(RealizationApproved approved) {
            String marker = approved.approvedBy();
            if (ATTEMPTS.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new IllegalStateException("first delivery of " + marker + " fails (test)");
            }
            HANDLED.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet();
        }

        static int attempts(String marker) {
            return ATTEMPTS.getOrDefault(marker, new AtomicInteger()).get();
        }

        static int handled(String marker) {
            return HANDLED.getOrDefault(marker, new AtomicInteger()).get();
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    private String status(String marker) {
        return jdbc.sql("""
                        select coalesce(status, 'PUBLISHED') from event_publication
                        where listener_id like '%FailsOnce%' and serialized_event like ?""")
                .param("%" + marker + "%")
                .query(String.class)
                .optional()
                .orElse("NONE");
    }

    private long archived(String marker) {
        return jdbc.sql("""
                        select count(*) from event_publication_archive
                        where listener_id like '%FailsOnce%' and serialized_event like ? and status = 'COMPLETED'""").param("%" + marker + "%").query(Long.class).single();
    }

    @Test
    void aFailedReactionIsHandledOnceAfterARestartAndNeverAgain() {
        String marker = "evt-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(
                new RealizationApproved(Long.MAX_VALUE, 2024, "01a-CP", Period.Q3, new BigDecimal("100.25"), marker)));

        // the listener threw: the publication is kept, incomplete, as FAILED
        await().atMost(WAIT).until(() -> status(marker).equals("FAILED"));
        assertThat(FailsOnce.attempts(marker)).isEqualTo(1);
        assertThat(FailsOnce.handled(marker)).isZero();
        assertThat(archived(marker)).isZero();

        // a restart: a second node on the same database republishes the outstanding publication at start
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(RestartedNode.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.main.banner-mode=off",
                        "spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        // the schema is the running application's (Flyway ran there)
                        "spring.flyway.enabled=false")
                .run()) {
            await().atMost(WAIT).until(() -> archived(marker) == 1);
            assertThat(FailsOnce.handled(marker)).isEqualTo(1);
            assertThat(status(marker)).isEqualTo("NONE");

            // asking both applications to resubmit whatever is incomplete finds nothing of it any more
            restarted.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(p -> true);
            incomplete.resubmitIncompletePublications(p -> true);
        }
        assertThat(FailsOnce.attempts(marker)).isEqualTo(2);
        assertThat(FailsOnce.handled(marker)).isEqualTo(1);
        assertThat(archived(marker)).isEqualTo(1);
        assertThat(status(marker)).isEqualTo("NONE");
    }
}
