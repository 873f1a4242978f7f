package id.kinerja.database;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The background jobs kept in PostgreSQL ({@code kinerja.jobs.*}; docs/architecture.md, "Background jobs"): db-scheduler
 * on the table {@code scheduled_tasks}.
 *
 * @param run whether this process runs jobs; the command line does not (it only queues them), a server does
 * @param threads how many jobs this node runs at once (document batches are CPU-bound: about the number of cores)
 * @param pollingInterval how often this node looks for due jobs
 * @param heartbeatInterval how often a node running a job says it still lives
 * @param missedHeartbeats after how many missed heartbeats another node takes a job over (its node is dead; at least
 *     4, as db-scheduler requires)
 */
@ConfigurationProperties("kinerja.jobs")
@Validated
public record JobProperties(
        @DefaultValue("true") boolean run,

        @DefaultValue("2") @Min(1) int threads,

        @DefaultValue("1s") @NotNull @DurationMin(millis = 100)
        Duration pollingInterval,

        @DefaultValue("5s") @NotNull @DurationMin(millis = 100)
        Duration heartbeatInterval,

        @DefaultValue("4") @Min(4) int missedHeartbeats) {}
