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
 * "Background jobs"). A module that runs work in the background declares its {@link Task} as a bean and schedules
 * instances through {@link SchedulerClient}; every node polls the table, one node picks each due instance (an update
 * that only one can win) and keeps a heartbeat on it while it runs; when a node dies, another revives its instances
 * after {@code kinerja.jobs.missed-heartbeats} missed heartbeats. Nothing is kept in one process's memory. The
 * command line queues but does not run jobs ({@code kinerja.jobs.run=false}).
 */
@Configuration(proxyBeanMethods = false)
class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    @Bean(destroyMethod = "")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobProperties jobs) {
        List<Task<?>> oneTime =
                tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List recurring = tasks.stream().filter(t -> t instanceof OnStartup).toList();
        return Scheduler.create(dataSource, oneTime)
                .startTasks(recurring)
                .threads(jobs.threads())
                .pollingInterval(jobs.pollingInterval())
                .heartbeatInterval(jobs.heartbeatInterval())
                .missedHeartbeatsLimit(jobs.missedHeartbeats())
                .shutdownMaxWait(Duration.ofSeconds(5))
                .enableImmediateExecution()
                .build();
    }

    /** Starts polling once the application is up (and if this process runs jobs); stops it before the pool closes. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler, JobProperties jobs) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (jobs.run()) {
                    scheduler.start();
                    LOG.info("Background jobs: this node runs up to {} at once", jobs.threads());
                }
                running = true;
            }

            @Override
            public void stop() {
                if (jobs.run()) {
                    scheduler.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
