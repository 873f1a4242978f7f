package id.kinerja.notify;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.internal.DeadlineRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The due-date reminders on an office of the test's own whose 01a-CP of Q1 2024 is not approved, its realization
 * deadline 8 April 2024 (set by the office itself, earlier than headquarters' 10 April): DUE_SOON within three days of it, OVERDUE once it has passed, also when no run happened on
 * the day (the server was down), each once however often and on whichever day the job runs again; an IKU already
 * approved is not reminded. And the job's lock in PostgreSQL is taken by one holder at a time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersTest {

    static final LocalDate DUE = LocalDate.of(2024, 4, 8);

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    DeadlineRepository deadlines;

    @Autowired
    Reminders reminders;

    @Autowired
    Notifications notifications;

    @Autowired
    LockProvider notifyLockProvider;

    @Autowired
    NotifyJobs jobs;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("d", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
        deadlines.save(own.unit.id(), 2024, DeadlineKind.REALIZATION, Period.Q1, DUE, "test");
    }

    List<Notification> of(String role, NotificationKind kind) {
        CurrentUser me = (CurrentUser) users.loadUserByUsername(own.user(role));
        // the quarter the test is about: headquarters' demo calendar has dates for the other quarters too
        return notifications.recent(me).stream()
                .filter(n -> n.kind() == kind && n.period() == Period.Q1)
                .toList();
    }

    @Test
    void aDeadlinePassedWhileNoServerRanIsRemindedOnceAtTheNextRuns() {
        // ten days before: nothing yet
        reminders.run(DUE.minusDays(10));
        assertThat(of("pic", NotificationKind.DUE_SOON)).isEmpty();

        // two days before, twice (two nodes, or a rerun): one DUE_SOON naming the IKU still owed
        reminders.run(DUE.minusDays(2));
        reminders.run(DUE.minusDays(2));
        reminders.run(DUE.minusDays(1));
        List<Notification> soon = of("pic", NotificationKind.DUE_SOON);
        assertThat(soon).hasSize(1);
        assertThat(soon.getFirst().args()).containsExactly("Q1", "2024", own.code(), DUE.toString(), "01a-CP", "1");
        assertThat(soon.getFirst().href()).isEqualTo("/units/" + own.code() + "/realizations?year=2024&period=Q1");

        // the server was down from the day before the deadline until five days after it: the first run after the
        // restart reminds of the deadline that passed meanwhile, once, and the following days add nothing
        assertThat(of("pic", NotificationKind.OVERDUE)).isEmpty();
        reminders.run(DUE.plusDays(5));
        reminders.run(DUE.plusDays(5));
        reminders.run(DUE.plusDays(6));
        reminders.run(DUE.plusDays(20));
        List<Notification> overdue = of("pic", NotificationKind.OVERDUE);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.getFirst().args()).contains("01a-CP");
        assertThat(of("pic", NotificationKind.DUE_SOON)).hasSize(1);

        // 02a-CP of Q1 is approved: its PIC owes nothing; the head and viewer owe no values
        assertThat(of("pic2", NotificationKind.OVERDUE)).isEmpty();
        assertThat(of("head", NotificationKind.OVERDUE)).isEmpty();
        assertThat(of("viewer", NotificationKind.DUE_SOON)).isEmpty();

        // long after the window: not reminded again
        reminders.run(DUE.plusDays(200));
        assertThat(of("pic", NotificationKind.OVERDUE)).hasSize(1);
    }

    @Test
    void theJobsLockIsHeldByOneAtATime() {
        LockConfiguration config =
                new LockConfiguration(Instant.now(), "notify-test-" + own.tag, Duration.ofMinutes(1), Duration.ZERO);
        SimpleLock first = notifyLockProvider.lock(config).orElseThrow();
        assertThat(notifyLockProvider.lock(config)).isEmpty();
        first.unlock();
        notifyLockProvider.lock(config).orElseThrow().unlock();
    }

    long unhandled(String role) {
        CurrentUser me = (CurrentUser) users.loadUserByUsername(own.user(role));
        return jdbc.sql("select count(*) from notification where user_id = ? and emailed_at is null")
                .param(me.id())
                .query(Long.class)
                .single();
    }

    @Test
    void theDailyJobDoesNothingWhileAnotherNodeHoldsItsLock() {
        accounts.updateProfile(own.user("viewer"), "Pembaca " + own.tag, own.tag + ".viewer@kpp-uji.example", null);
        CurrentUser viewer = (CurrentUser) users.loadUserByUsername(own.user("viewer"));
        notifications.notify(
                List.of(accounts.findById(viewer.id()).orElseThrow()),
                null,
                new NewNotification(
                        NotificationKind.REVIEW_COMMENT,
                        own.unit.id(),
                        own.code(),
                        2024,
                        null,
                        null,
                        List.of("Evaluator", "Triwulan I", "2024", own.code()),
                        "/notifications",
                        "test:job/" + own.tag));
        assertThat(unhandled("viewer")).isOne();
        // a run earlier in this build holds the lock for its minimum time: this test starts from a free lock
        jdbc.sql("delete from shedlock where name = ?").param(NotifyJobs.LOCK).update();

        // another node runs the job: this one skips it
        SimpleLock other = notifyLockProvider
                .lock(new LockConfiguration(Instant.now(), NotifyJobs.LOCK, Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        jobs.runLocked();
        assertThat(unhandled("viewer")).isOne();
        other.unlock();

        // the lock is free: the job runs (mail is off: the digest is logged and its rows are handled)
        jobs.runLocked();
        assertThat(unhandled("viewer")).isZero();
        // and holds the lock for its minimum time, so a node whose clock is a little behind does not run it again
        SimpleLock after = notifyLockProvider
                .lock(new LockConfiguration(Instant.now(), NotifyJobs.LOCK, Duration.ofMinutes(1), Duration.ZERO))
                .orElse(null);
        assertThat(after).isNull();
        jdbc.sql("delete from shedlock where name = ?").param(NotifyJobs.LOCK).update();
    }

    @Test
    void theLockIsHeldAtMostHalfTheTimeBetweenTwoRuns() {
        java.time.ZoneId jakarta = java.time.ZoneId.of("Asia/Jakarta");
        assertThat(NotifyJobs.atLeast("0 0 6 * * *", jakarta)).isEqualTo(NotifyJobs.AT_LEAST);
        assertThat(NotifyJobs.atLeast("*/2 * * * * *", jakarta)).isEqualTo(Duration.ofSeconds(1));
        assertThat(NotifyJobs.atLeast("0 */4 * * * *", jakarta)).isEqualTo(Duration.ofMinutes(2));
    }
}
