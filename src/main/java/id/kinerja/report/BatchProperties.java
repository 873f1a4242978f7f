package id.kinerja.report;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Batch documents ({@code kinerja.batch.*}, see {@link ReportBatchService}).
 *
 * @param maxQueued how many batches may be unfinished (queued or running) in the installation at once; beyond that a
 *     new one is refused with 503. How many run at once on a node is {@code kinerja.jobs.threads}
 * @param keepMinutes how many minutes a finished job and its zip are kept, then removed
 */
@ConfigurationProperties("kinerja.batch")
@Validated
public record BatchProperties(
        @DefaultValue("10") @Min(1) int maxQueued,
        @DefaultValue("30") @Min(1) int keepMinutes) {}
