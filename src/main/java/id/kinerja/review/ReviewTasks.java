package id.kinerja.review;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.agreement.Agreements;
import id.kinerja.framework.Period;
import id.kinerja.kanwil.KanwilService;
import id.kinerja.kanwil.KanwilView.Office;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.review.internal.ReviewRepository;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.TaskSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review's tasks ({@link TaskSource}):
 *
 * <ul>
 *   <li>{@link TaskKind#ANSWER_COMMENT} for the office: the OPEN threads of the user's unit that the user may answer
 *       ({@link ReviewService#canAnswer}); for a reviewer: the ANSWERED threads the reviewer opened.
 *   <li>{@link TaskKind#REVIEW_PERIOD} for a reviewer: per office under the reviewer's Kanwil (or headquarters), in the
 *       office's newest agreement year up to this year, the quarters up to today's (every quarter of a past year)
 *       not yet marked reviewed.
 * </ul>
 */
@Component
class ReviewTasks implements TaskSource {

    private static final int SUBJECT_WORDS = 12;

    private final ReviewRepository repository;
    private final ReviewService reviews;
    private final Units units;
    private final KanwilService kanwil;
    private final Agreements agreements;
    private final Clock clock;

    ReviewTasks(
            ReviewRepository repository,
            ReviewService reviews,
            Units units,
            KanwilService kanwil,
            Agreements agreements,
            Clock clock) {
        this.repository = repository;
        this.reviews = reviews;
        this.units = units;
        this.kanwil = kanwil;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksFor(CurrentUser me) {
        List<Task> tasks = new ArrayList<>();
        Optional<Unit> own = units.findById(me.unitId());
        if (own.isEmpty()) {
            return tasks;
        }
        if (reviews.answersFor(me, me.unitId())) {
            for (ReviewThread t : repository.inState(me.unitId(), ThreadState.OPEN)) {
                if (reviews.canAnswer(me, t)) {
                    tasks.add(commentTask(own.get(), t));
                }
            }
        }
        if (me.has(Role.REVIEWER)) {
            for (ReviewThread t : repository.openedBy(me.username(), ThreadState.ANSWERED)) {
                Optional<Unit> unit = units.findById(t.unitId());
                if (unit.isPresent() && reviews.canReview(me, t.unitId())) {
                    tasks.add(commentTask(unit.get(), t));
                }
            }
            if (KanwilService.comparesOffices(own.get())) {
                tasks.addAll(periodTasks(me, kanwil.offices(own.get())));
            }
        }
        return tasks;
    }

    private List<Task> periodTasks(CurrentUser me, List<Office> offices) {
        LocalDate today = LocalDate.now(clock);
        int thisYear = today.getYear();
        int thisQuarter = (today.getMonthValue() - 1) / 3;
        Set<String> marked = new HashSet<>();
        repository
                .periodReviews(offices.stream().map(o -> o.unit().id()).toList())
                .forEach(r -> marked.add(r.unitId() + "/" + r.year() + "/" + r.period()));
        List<Task> out = new ArrayList<>();
        for (Office o : offices) {
            Unit office = o.unit();
            if (!office.active() || !reviews.canReview(me, office.id())) {
                continue;
            }
            Optional<Integer> year = agreements.yearsOf(office.id()).stream()
                    .filter(y -> y <= thisYear)
                    .max(Integer::compare);
            if (year.isEmpty()) {
                continue;
            }
            int y = year.get();
            for (Period q : List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4)) {
                if (y == thisYear && quarterIndex(q) > thisQuarter) {
                    break;
                }
                if (!marked.contains(office.id() + "/" + y + "/" + q)) {
                    String href = UriComponentsBuilder.fromPath("/units/{u}/review")
                            .queryParam("year", y)
                            .fragment("periods")
                            .buildAndExpand(office.code())
                            .encode()
                            .toUriString();
                    out.add(new Task(
                            TaskKind.REVIEW_PERIOD,
                            office.code(),
                            office.name(),
                            y,
                            q,
                            null,
                            q.label(),
                            null,
                            null,
                            href,
                            office.code() + "/" + y + "/" + q.name()));
                }
            }
        }
        return out;
    }

    private static int quarterIndex(Period q) {
        return switch (q) {
            case Q1 -> 0;
            case Q2 -> 1;
            case Q3 -> 2;
            default -> 3;
        };
    }

    private static Task commentTask(Unit unit, ReviewThread t) {
        ReviewComment last = t.last();
        String text = last == null ? t.subject() : last.body();
        return new Task(
                TaskKind.ANSWER_COMMENT,
                unit.code(),
                unit.name(),
                t.year(),
                t.period(),
                t.indicatorCode(),
                t.subject() + ": " + firstWords(text),
                text,
                null,
                ReviewService.href(unit, t),
                String.valueOf(t.id()));
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= SUBJECT_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, SUBJECT_WORDS)) + " …";
    }
}
