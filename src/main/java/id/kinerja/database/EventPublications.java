package id.kinerja.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The upkeep of Spring Modulith's event publication registry (tables {@code event_publication} and
 * {@code event_publication_archive}, V33; see docs/architecture.md, "Events between modules"). Scheduling is on for
 * Modulith's staleness check (a publication left PUBLISHED, PROCESSING or RESUBMITTED by a node that died is marked
 * FAILED after {@code spring.modulith.events.staleness.*}) and for this class: every
 * {@code kinerja.events.resubmit-interval} the FAILED publications go to their listeners again, so that a reaction
 * is not left waiting for the next restart. Several nodes may do this at once: each publication is claimed by one
 * conditional update (FAILED to RESUBMITTED), so only one node hands it on. Archived (completed) publications older
 * than {@code kinerja.events.keep-completed} are removed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventPublications {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final Duration keepCompleted;
    private final boolean resubmit;

    EventPublications(
            FailedEventPublications failed,
            CompletedEventPublications completed,
            @Value("${kinerja.events.keep-completed:30d}") Duration keepCompleted,
            @Value("${kinerja.events.resubmit-failed:true}") boolean resubmit) {
        this.failed = failed;
        this.completed = completed;
        this.keepCompleted = keepCompleted;
        this.resubmit = resubmit;
    }

    /**
     * The FAILED publications to their listeners again; the first run one interval after the start. Off with
     * {@code kinerja.events.resubmit-failed=false} (the tests: a publication one test leaves FAILED on purpose must
     * not be taken by another test's application context); the resubmission at start stays.
     */
    @Scheduled(
            fixedDelayString = "${kinerja.events.resubmit-interval:PT5M}",
            initialDelayString = "${kinerja.events.resubmit-interval:PT5M}")
    void resubmitFailed() {
        if (resubmit) {
            failed.resubmit(ResubmissionOptions.defaults());
        }
    }

    /** The archive keeps what was delivered for a while (for an inquiry), not for ever. */
    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "${kinerja.events.resubmit-interval:PT5M}")
    void removeOldCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.debug("Removed archived event publications completed more than {} ago", keepCompleted);
    }
}
