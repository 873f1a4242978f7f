package id.kinerja.database;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The upkeep of the event publication registry ({@code kinerja.events.*}; see docs/architecture.md, "Events between
 * modules"). Modulith's own settings (staleness, restart) are {@code spring.modulith.events.*}.
 *
 * @param resubmitFailed whether this node hands the FAILED publications to their listeners again every
 *     resubmit-interval (the resubmission at start stays either way); the tests turn it off so that a publication
 *     one test leaves FAILED on purpose is not taken by another test's application context
 * @param resubmitInterval how often the FAILED publications are resubmitted and the archive is cleaned (the first
 *     time one interval after the start)
 * @param keepCompleted how long a completed publication is kept in the archive (event_publication_archive) before it
 *     is removed
 */
@ConfigurationProperties("kinerja.events")
@Validated
public record EventProperties(
        @DefaultValue("true") boolean resubmitFailed,

        @DefaultValue("PT5M") @NotNull @DurationMin(seconds = 1)
        Duration resubmitInterval,

        @DefaultValue("30d") @NotNull @DurationMin(seconds = 1)
        Duration keepCompleted) {}
