package id.kinerja.review;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilService;
import id.kinerja.kanwil.KanwilView;
import id.kinerja.kanwil.KanwilView.Office;
import id.kinerja.organisation.Unit;
import id.kinerja.review.internal.ReviewRepository;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.UserError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Kanwil's review of an office (docs/user-guide.md, "Telaah Kanwil"): the one service of every write, which checks
 * the rights, the state and the row version, audits (entity {@code review-thread}, key {@code <year>/<id>}; entity
 * {@code period-review}, key {@code <year>/<period>}) and publishes {@link ReviewCommentPosted} with every comment in
 * the writing transaction.
 *
 * <ul>
 *   <li>A reviewer ({@link #canReview}: role REVIEWER in a unit above the office, its Kanwil or headquarters) opens a
 *       thread (OPEN), replies (back to OPEN) or closes it (CLOSED, with an optional last comment).
 *   <li>The office ({@link #canAnswer}: its performance administrator, administrator or head; for a thread on an IKU
 *       also the PIC of that IKU) answers an OPEN or ANSWERED thread (ANSWERED).
 *   <li>The reviewer marks a quarter (Q1..Q4) of the office reviewed, and may take the mark back; a quarter is not
 *       marked while a thread on it (the period, or an IKU of that period) is still OPEN or ANSWERED.
 * </ul>
 */
@Service
public class ReviewService {

    /** The longest comment, in characters. */
    public static final int MAX_COMMENT = 4000;

    static final String THREAD_ENTITY = "review-thread";
    static final String PERIOD_ENTITY = "period-review";

    /** Roles of the office that answer any of its threads (and are told of the reviewer's comments, but the head). */
    static final Set<Role> ANSWERING = EnumSet.of(Role.PERFORMANCE_ADMIN, Role.ADMINISTRATOR, Role.HEAD);
    /** Roles of the office told of a reviewer's comment (with the PIC of the IKU of an IKU thread). */
    static final Set<Role> TOLD = EnumSet.of(Role.PERFORMANCE_ADMIN, Role.ADMINISTRATOR);

    private final ReviewRepository repository;
    private final UnitAccess access;
    private final AccountService accounts;
    private final Agreements agreements;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TimeFormats times;
    private final KanwilService kanwil;

    ReviewService(
            ReviewRepository repository,
            UnitAccess access,
            AccountService accounts,
            Agreements agreements,
            AuditLog audit,
            ApplicationEventPublisher events,
            TimeFormats times,
            KanwilService kanwil) {
        this.kanwil = kanwil;
        this.times = times;
        this.repository = repository;
        this.access = access;
        this.accounts = accounts;
        this.agreements = agreements;
        this.audit = audit;
        this.events = events;
    }

    // ---- rights ----

    /** A reviewer (role REVIEWER) of a unit above the office: its Kanwil's, or headquarters'. */
    public boolean canReview(CurrentUser me, long unitId) {
        return me.has(Role.REVIEWER) && me.unitId() != unitId && access.isWithin(unitId, me.unitId());
    }

    /** Whether the user answers some threads of the unit: its staff with an answering role or PIC. */
    public boolean answersFor(CurrentUser me, long unitId) {
        return me.unitId() == unitId && (ANSWERING.stream().anyMatch(me::has) || me.has(Role.PIC));
    }

    /** Whether the user may answer this thread: the office's answering roles, or the PIC of the thread's IKU. */
    public boolean canAnswer(CurrentUser me, ReviewThread thread) {
        if (me.unitId() != thread.unitId()) {
            return false;
        }
        return ANSWERING.stream().anyMatch(me::has)
                || (thread.scope() == ReviewScope.INDICATOR
                        && me.has(Role.PIC)
                        && me.indicatorCodes().contains(thread.indicatorCode()));
    }

    // ---- reads ----

    /** The office's threads of a year, newest first, with their comments (the page checks that it may be viewed). */
    @Transactional(readOnly = true)
    public List<ReviewThread> threads(Unit unit, int year) {
        return repository.threads(unit.id(), year);
    }

    /** The office's quarters marked reviewed in a year. */
    @Transactional(readOnly = true)
    public Map<Period, PeriodReview> reviewed(Unit unit, int year) {
        Map<Period, PeriodReview> out = new EnumMap<>(Period.class);
        repository.periodReviews(List.of(unit.id())).stream()
                .filter(r -> r.year() == year)
                .forEach(r -> out.put(r.period(), r));
        return out;
    }

    /**
     * The Kanwil's overview of its offices for a year: open and answered threads, the quarters reviewed, and whether
     * the office has reported {@code period} ({@link KanwilService#compare}'s "not reported").
     */
    @Transactional(readOnly = true)
    public List<OfficeReview> overview(Unit root, int year, Period period) {
        List<Office> offices = kanwil.offices(root);
        List<Long> ids = offices.stream().map(o -> o.unit().id()).toList();
        Map<Long, Map<ThreadState, Integer>> counts = repository.pendingCounts(ids, year);
        Map<Long, Map<Period, PeriodReview>> reviewed = new HashMap<>();
        repository.periodReviews(ids).stream()
                .filter(r -> r.year() == year)
                .forEach(r -> reviewed.computeIfAbsent(r.unitId(), k -> new EnumMap<>(Period.class))
                        .put(r.period(), r));
        KanwilView view = kanwil.compare(root, offices, year, period);
        Map<Long, Integer> missing = new HashMap<>();
        view.ranked()
                .forEach(r -> missing.put(r.office().unit().id(), r.missing().size()));
        Set<Long> without = new HashSet<>();
        view.withoutAgreement().forEach(o -> without.add(o.unit().id()));
        List<OfficeReview> out = new ArrayList<>();
        for (Office o : offices) {
            long id = o.unit().id();
            Map<ThreadState, Integer> c = counts.getOrDefault(id, Map.of());
            out.add(new OfficeReview(
                    o,
                    c.getOrDefault(ThreadState.OPEN, 0),
                    c.getOrDefault(ThreadState.ANSWERED, 0),
                    reviewed.getOrDefault(id, Map.of()),
                    without.contains(id),
                    missing.getOrDefault(id, 0)));
        }
        return out;
    }

    // ---- writes ----

    /**
     * Opens a thread with its first comment.
     *
     * @param scope PERIOD (needs {@code period}), INDICATOR (needs an IKU of the office's agreement of the year;
     *     {@code period} optional) or LAKIN
     */
    @Transactional
    public ReviewThread open(
            CurrentUser me, Unit unit, int year, ReviewScope scope, Period period, String indicatorCode, String text) {
        UnitAccess.require(canReview(me, unit.id()));
        if (year < 2000 || year > 2100) {
            throw UserError.invalid("review.error.year", String.valueOf(year));
        }
        if (scope == null) {
            throw UserError.invalid("review.error.scope");
        }
        String code = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
        Period p = period;
        switch (scope) {
            case PERIOD -> {
                if (p == null) {
                    throw UserError.invalid("review.error.period");
                }
                code = null;
            }
            case INDICATOR -> {
                if (code == null) {
                    throw UserError.invalid("review.error.indicator", "–", String.valueOf(year));
                }
                String c = code;
                boolean agreed =
                        agreements
                                .findCurrent(unit.id(), year)
                                .map(PerformanceAgreement::indicators)
                                .orElse(List.of())
                                .stream()
                                .anyMatch(i -> i.code().equals(c));
                if (!agreed) {
                    throw UserError.invalid("review.error.indicator", c, String.valueOf(year));
                }
            }
            case LAKIN -> {
                p = null;
                code = null;
            }
        }
        String body = body(text);
        long id = repository.insertThread(unit.id(), year, scope, p, code, me.username());
        ReviewThread thread = repository.find(unit.id(), id).orElseThrow();
        audit.record(
                me.username(),
                unit.id(),
                THREAD_ENTITY,
                key(thread),
                AuditAction.REVIEW_OPEN,
                null,
                thread.subject() + " [OPEN]",
                null);
        return comment(me, unit, thread, true, body);
    }

    /** The office's answer: OPEN or ANSWERED -> ANSWERED. */
    @Transactional
    public ReviewThread answer(CurrentUser me, Unit unit, long threadId, int rowVersion, String text) {
        UnitAccess.require(answersFor(me, unit.id()));
        ReviewThread thread = thread(unit, threadId);
        UnitAccess.require(canAnswer(me, thread));
        String body = body(text);
        return step(
                me,
                unit,
                thread,
                rowVersion,
                EnumSet.of(ThreadState.OPEN, ThreadState.ANSWERED),
                ThreadState.ANSWERED,
                AuditAction.REVIEW_ANSWER,
                false,
                body);
    }

    /** The reviewer's reply: OPEN or ANSWERED -> OPEN. */
    @Transactional
    public ReviewThread reply(CurrentUser me, Unit unit, long threadId, int rowVersion, String text) {
        UnitAccess.require(canReview(me, unit.id()));
        ReviewThread thread = thread(unit, threadId);
        String body = body(text);
        return step(
                me,
                unit,
                thread,
                rowVersion,
                EnumSet.of(ThreadState.OPEN, ThreadState.ANSWERED),
                ThreadState.OPEN,
                AuditAction.REVIEW_REPLY,
                true,
                body);
    }

    /** The reviewer closes the thread (OPEN or ANSWERED -> CLOSED), with an optional last comment. */
    @Transactional
    public ReviewThread close(CurrentUser me, Unit unit, long threadId, int rowVersion, String text) {
        UnitAccess.require(canReview(me, unit.id()));
        ReviewThread thread = thread(unit, threadId);
        String body = text == null || text.isBlank() ? null : body(text);
        return step(
                me,
                unit,
                thread,
                rowVersion,
                EnumSet.of(ThreadState.OPEN, ThreadState.ANSWERED),
                ThreadState.CLOSED,
                AuditAction.REVIEW_CLOSE,
                true,
                body);
    }

    /**
     * Marks the office's quarter reviewed; refused (409) while a thread of that quarter is OPEN or ANSWERED, or when
     * it is already marked (a stale page).
     */
    @Transactional
    public PeriodReview markReviewed(CurrentUser me, Unit unit, int year, Period period) {
        UnitAccess.require(canReview(me, unit.id()));
        Period quarter = quarter(period);
        int pending = repository.pendingOfPeriod(unit.id(), year, quarter);
        if (pending > 0) {
            throw UserError.conflict("review.error.pendingThreads", quarter.label(), String.valueOf(year), pending);
        }
        if (!repository.mark(unit.id(), year, quarter, me.username())) {
            throw UserError.conflict("review.error.alreadyReviewed", quarter.label(), String.valueOf(year));
        }
        audit.record(
                me.username(),
                unit.id(),
                PERIOD_ENTITY,
                year + "/" + quarter.name(),
                AuditAction.PERIOD_REVIEWED,
                null,
                me.username(),
                null);
        return reviewed(unit, year).get(quarter);
    }

    /** Takes the mark back (409 when the quarter is not marked). */
    @Transactional
    public void unmarkReviewed(CurrentUser me, Unit unit, int year, Period period) {
        UnitAccess.require(canReview(me, unit.id()));
        Period quarter = quarter(period);
        PeriodReview before = reviewed(unit, year).get(quarter);
        if (before == null || !repository.unmark(unit.id(), year, quarter)) {
            throw UserError.conflict("review.error.notReviewed", quarter.label(), String.valueOf(year));
        }
        audit.record(
                me.username(),
                unit.id(),
                PERIOD_ENTITY,
                year + "/" + quarter.name(),
                AuditAction.PERIOD_UNREVIEWED,
                before.reviewedBy(),
                null,
                null);
    }

    // ---- parts ----

    private ReviewThread step(
            CurrentUser me,
            Unit unit,
            ReviewThread thread,
            int rowVersion,
            Set<ThreadState> from,
            ThreadState to,
            AuditAction action,
            boolean fromReviewer,
            String body) {
        if (!repository.claim(thread.id(), rowVersion, from, to, me.username())) {
            throw UserError.conflict(
                    thread.state() == ThreadState.CLOSED ? "review.error.closed" : "review.error.stale",
                    thread.subject(),
                    thread.updatedBy(),
                    times.format(thread.updatedAt()));
        }
        audit.record(
                me.username(),
                unit.id(),
                THREAD_ENTITY,
                key(thread),
                action,
                thread.state().name(),
                to.name(),
                null);
        ReviewThread now = repository.find(unit.id(), thread.id()).orElseThrow();
        return body == null ? now : comment(me, unit, now, fromReviewer, body);
    }

    /** Adds a comment, audits it and tells the other side ({@link ReviewCommentPosted}). */
    private ReviewThread comment(CurrentUser me, Unit unit, ReviewThread thread, boolean fromReviewer, String body) {
        long commentId = repository.insertComment(thread.id(), me.username(), fromReviewer, body);
        audit.record(
                me.username(),
                unit.id(),
                THREAD_ENTITY,
                key(thread) + "/" + commentId,
                AuditAction.NOTE,
                null,
                body,
                null);
        List<String> recipients = new ArrayList<>(
                fromReviewer
                        ? accounts.usernames(
                                unit.id(),
                                TOLD,
                                thread.scope() == ReviewScope.INDICATOR ? thread.indicatorCode() : null)
                        : List.of(thread.openedBy()));
        recipients.removeIf(u -> u.equals(me.username()));
        events.publishEvent(new ReviewCommentPosted(
                thread.id(),
                commentId,
                unit.id(),
                thread.year(),
                thread.subject(),
                me.username(),
                recipients,
                href(unit, thread)));
        return repository.find(unit.id(), thread.id()).orElseThrow();
    }

    private ReviewThread thread(Unit unit, long id) {
        return repository
                .find(unit.id(), id)
                .orElseThrow(() -> new UserError(HttpStatus.NOT_FOUND, "review.error.unknown", id));
    }

    private static Period quarter(Period period) {
        if (period == null || period.isAggregate()) {
            throw UserError.invalid("review.error.quarter");
        }
        return period;
    }

    /** The comment as stored: stripped, not empty, at most {@link #MAX_COMMENT} characters. */
    static String body(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw UserError.invalid("review.error.empty");
        }
        if (t.length() > MAX_COMMENT) {
            throw UserError.invalid("review.error.tooLong", MAX_COMMENT);
        }
        return t;
    }

    static String key(ReviewThread thread) {
        return thread.year() + "/" + thread.id();
    }

    /** The office's review page at the thread. */
    public static String href(Unit unit, ReviewThread thread) {
        return UriComponentsBuilder.fromPath("/units/{u}/review")
                .queryParam("year", thread.year())
                .fragment("thread-" + thread.id())
                .buildAndExpand(unit.code())
                .encode()
                .toUriString();
    }
}
