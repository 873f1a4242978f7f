package id.kinerja.notify;

import id.kinerja.web.TimeZoneProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The notifications' daily job ({@code kinerja.mail.digest-cron}, in {@code kinerja.time-zone}): the due-date
 * reminders of the day ({@link Reminders}), then the e-mail digests ({@link Digests}). It runs under the ShedLock lock
 * {@value #LOCK} in PostgreSQL (table {@code shedlock}): of several nodes one runs it; the others skip that day's
 * run. The lock is held at least {@link #AT_LEAST} (or half the time between two runs when the cron is more
 * frequent: {@link #atLeast}; a node whose clock is a little behind does not run it again
 * after the first finished) and at most {@link #AT_MOST} (a node that died while holding it does not block the
 * next day). Exactly-once does not rest on the lock alone: reminders are unique per cause and the digest claims
 * its rows, so a second run at any time sends nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class NotifyJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotifyJobs.class);

    static final String LOCK = "notify-daily";
    static final Duration AT_MOST = Duration.ofMinutes(30);
    static final Duration AT_LEAST = Duration.ofMinutes(5);

    private final Reminders reminders;
    private final Digests digests;
    private final LockingTaskExecutor locks;
    private final NotifyProperties properties;
    private final TimeZoneProperties zone;
    private final Clock clock;
    private final Duration atLeast;

    NotifyJobs(
            Reminders reminders,
            Digests digests,
            LockProvider notifyLockProvider,
            NotifyProperties properties,
            TimeZoneProperties zone,
            Clock clock) {
        this.reminders = reminders;
        this.digests = digests;
        this.locks = new DefaultLockingTaskExecutor(notifyLockProvider);
        this.properties = properties;
        this.zone = zone;
        this.clock = clock;
        this.atLeast = atLeast(properties.digestCron(), zone.timeZone());
    }

    /**
     * How long the lock is held at least: {@link #AT_LEAST}, or half the time between two runs when the cron runs more
     * often (a test or a busy installation may run the job every few seconds; the lock must not skip those runs).
     */
    static Duration atLeast(String cron, java.time.ZoneId zone) {
        org.springframework.scheduling.support.CronExpression e =
                org.springframework.scheduling.support.CronExpression.parse(cron);
        java.time.ZonedDateTime first = e.next(java.time.ZonedDateTime.now(zone));
        java.time.ZonedDateTime second = first == null ? null : e.next(first);
        if (second == null) {
            return AT_LEAST;
        }
        Duration half = Duration.between(first, second).dividedBy(2);
        return half.compareTo(AT_LEAST) < 0 ? half : AT_LEAST;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(this::runLocked, new CronTrigger(properties.digestCron(), zone.timeZone())));
    }

    /** The job under the lock; skipped when another node holds it. */
    void runLocked() {
        locks.executeWithLock((Runnable) this::run, new LockConfiguration(clock.instant(), LOCK, AT_MOST, atLeast));
    }

    /** Reminders of today, then the digests. */
    void run() {
        LocalDate today = LocalDate.now(clock.withZone(zone.timeZone()));
        int written = reminders.run(today);
        int sent = digests.sendAll();
        log.info("Notifications of {}: {} reminder(s) written, {} digest(s)", today, written, sent);
    }
}
