package id.kinerja.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The upkeep of Spring Modulith's event publication registry (tables {@code event_publication} and
 * {@code event_publication_archive}, V33; see docs/architecture.md, "Events between modules"). Scheduling is on for
 * Modulith's staleness check (a publication left PUBLISHED, PROCESSING or RESUBMITTED by a node that died is marked
 * FAILED after {@code spring.modulith.events.staleness.*}) and for this class: every
 * {@code kinerja.events.resubmit-interval} the FAILED publications go to their listeners again, so that a reaction
 * is not left waiting for the next restart. Several nodes may do this at once: each publication is claimed by one
 * conditional update (FAILED to RESUBMITTED), so only one node hands it on. Archived (completed) publications older
 * than {@code kinerja.events.keep-completed} are removed (both settings: {@link EventProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventPublications implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final EventProperties properties;

    EventPublications(
            FailedEventPublications failed, CompletedEventPublications completed, EventProperties properties) {
        this.failed = failed;
        this.completed = completed;
        this.properties = properties;
    }

    /** Both tasks start one {@code resubmit-interval} after the start; the archive is cleaned once a day. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = properties.resubmitInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(this::resubmitFailed, interval, interval));
        registrar.addFixedDelayTask(new FixedDelayTask(this::removeOldCompleted, Duration.ofHours(24), interval));
    }

    /**
     * The FAILED publications to their listeners again. Off with {@code kinerja.events.resubmit-failed=false} (the
     * tests: a publication one test leaves FAILED on purpose must not be taken by another test's application
     * context); the resubmission at start stays.
     */
    void resubmitFailed() {
        if (properties.resubmitFailed()) {
            failed.resubmit(ResubmissionOptions.defaults());
        }
    }

    /** The archive keeps what was delivered for a while (for an inquiry), not for ever. */
    void removeOldCompleted() {
        Duration keepCompleted = properties.keepCompleted();
        completed.deletePublicationsOlderThan(keepCompleted);
        log.debug("Removed archived event publications completed more than {} ago", keepCompleted);
    }
}
