package id.kinerja.report;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report module's background jobs (db-scheduler, see {@code database.JobScheduler}): making a batch's documents,
 * retried three times 10 seconds apart when it fails as a whole (then the batch is FAILED) and revived on another
 * node when its node dies; and removing expired batches every minute on one node.
 */
@Configuration(proxyBeanMethods = false)
class ReportBatchTasks {

    @Bean
    Task<Void> reportBatchTask(ObjectProvider<ReportBatchService> batches) {
        return Tasks.oneTime(ReportBatchService.DESCRIPTOR)
                .onDeadExecutionRevive()
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(
                        3, new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(10)), (complete, operations) -> {
                            batches.getObject()
                                    .failed(
                                            complete.getExecution().taskInstance.getId(),
                                            complete.getCause().orElse(null));
                            operations.stop();
                        }))
                .execute((instance, context) -> batches.getObject().run(instance.getId()));
    }

    @Bean
    Task<Void> reportBatchCleanupTask(ObjectProvider<ReportBatchService> batches) {
        return Tasks.recurring("report-batch-cleanup", FixedDelay.ofMinutes(1))
                .execute((instance, context) -> batches.getObject().removeExpired());
    }
}
