package id.kinerja.database;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Background jobs kept in PostgreSQL (db-scheduler, table {@code scheduled_tasks}, V56; docs/architecture.md,
 * "Background jobs and batch documents"). A module that runs work in the background declares its {@link Task} as a
 * bean and schedules instances through {@link SchedulerClient}; every node polls the table, one node picks each due
 * instance (an update that only one can win) and keeps a heartbeat on it while it runs; when a node dies, another
 * revives its instances after {@code kinerja.jobs.missed-heartbeats} missed heartbeats. Nothing is kept in one
 * process's memory. The command line queues but does not run jobs ({@code kinerja.jobs.run=false}).
 */
@Configuration(proxyBeanMethods = false)
class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private static List<Task<?>> oneTime(List<Task<?>> tasks) {
        return tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
    }

    /** Schedules instances (writes rows of scheduled_tasks); it runs nothing itself. */
    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
        return SchedulerClient.Builder.create(dataSource, oneTime(tasks)).build();
    }

    /**
     * Polls and runs the jobs while the application runs (and if this process runs jobs). A db-scheduler
     * {@link Scheduler} cannot start again once stopped, so each start builds a new one (a context may be stopped
     * and started again, as the test framework does with the contexts it keeps).
     */
    @Bean
    SmartLifecycle schedulerLifecycle(DataSource dataSource, List<Task<?>> tasks, JobProperties jobs) {
        return new SmartLifecycle() {
            private Scheduler scheduler;

            @Override
            public synchronized void start() {
                if (scheduler == null && jobs.run()) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    List recurring =
                            tasks.stream().filter(t -> t instanceof OnStartup).toList();
                    scheduler = Scheduler.create(dataSource, oneTime(tasks))
                            .startTasks(recurring)
                            .threads(jobs.threads())
                            .pollingInterval(jobs.pollingInterval())
                            .heartbeatInterval(jobs.heartbeatInterval())
                            .missedHeartbeatsLimit(jobs.missedHeartbeats())
                            .shutdownMaxWait(Duration.ofSeconds(5))
                            .build();
                    scheduler.start();
                    LOG.info("Background jobs: this node runs up to {} at once", jobs.threads());
                }
            }

            @Override
            public synchronized void stop() {
                if (scheduler != null) {
                    scheduler.stop();
                    scheduler = null;
                }
            }

            @Override
            public synchronized boolean isRunning() {
                return scheduler != null;
            }
        };
    }
}
