package id.kinerja.report;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Batch documents ({@code kinerja.batch.*}, see {@link ReportBatchService}). The zips are written into
 * {@code kinerja.temp-dir} ({@link id.kinerja.database.DatabaseProperties}).
 *
 * @param maxRunning how many batch jobs run at once (the documents are CPU-bound: about the number of cores)
 * @param maxQueued how many more jobs wait for a turn; beyond that a new job is refused with 503
 * @param keepMinutes how many minutes a finished job and its zip are kept, then removed
 */
@ConfigurationProperties("kinerja.batch")
@Validated
public record BatchProperties(
        @DefaultValue("2") @Min(1) int maxRunning,
        @DefaultValue("8") @Min(1) int maxQueued,
        @DefaultValue("30") @Min(1) int keepMinutes) {}
