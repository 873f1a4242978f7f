package id.kinerja.review.internal;

import id.kinerja.framework.Period;
import id.kinerja.review.PeriodReview;
import id.kinerja.review.ReviewComment;
import id.kinerja.review.ReviewScope;
import id.kinerja.review.ReviewThread;
import id.kinerja.review.ThreadState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code review_thread}, {@code review_comment} and {@code period_review}, used through
 * {@link id.kinerja.review.ReviewService} (which checks the rights and audits).
 */
@Repository
public class ReviewRepository {

    private static final String THREAD = """
            select id, unit_id, year, scope, period, indicator_code, state, opened_by, opened_at, updated_by,
                   updated_at, row_version
            from review_thread""";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertThread(long unitId, int year, ReviewScope scope, Period period, String indicatorCode, String by) {
        return jdbc.sql("""
                        insert into review_thread (unit_id, year, scope, period, indicator_code, state, opened_by,
                            updated_by)
                        values (?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
                .params(unitId, year, scope.name(), period == null ? null : period.name(), indicatorCode, by, by)
                .query(Long.class)
                .single();
    }

    public long insertComment(long threadId, String author, boolean fromReviewer, String body) {
        return jdbc.sql("""
                        insert into review_comment (thread_id, author, from_reviewer, body)
                        values (?, ?, ?, ?) returning id""")
                .params(threadId, author, fromReviewer, body)
                .query(Long.class)
                .single();
    }

    /**
     * Moves the thread to {@code to} if it is still at {@code rowVersion} and in one of {@code from}; increments the
     * row version.
     *
     * @return whether the thread was claimed (false: stale form or wrong state)
     */
    public boolean claim(long id, int rowVersion, Collection<ThreadState> from, ThreadState to, String by) {
        return jdbc.sql("""
                                update review_thread set state = :to, updated_by = :by, updated_at = now(),
                                    row_version = row_version + 1
                                where id = :id and row_version = :version and state in (:from)""")
                        .param("to", to.name())
                        .param("by", by)
                        .param("id", id)
                        .param("version", rowVersion)
                        .param("from", from.stream().map(Enum::name).toList())
                        .update()
                == 1;
    }

    /** The thread of this unit with this id, with its comments (another unit's id: empty). */
    public Optional<ReviewThread> find(long unitId, long id) {
        return jdbc.sql(THREAD + " where unit_id = ? and id = ?")
                .params(unitId, id)
                .query(ReviewRepository::thread)
                .optional()
                .map(t -> withComments(List.of(t)).get(0));
    }

    /** The unit's threads of a year, newest first, with their comments. */
    public List<ReviewThread> threads(long unitId, int year) {
        return withComments(jdbc.sql(THREAD + " where unit_id = ? and year = ? order by id desc")
                .params(unitId, year)
                .query(ReviewRepository::thread)
                .list());
    }

    /** The threads of a unit in a state, every year, with their comments. */
    public List<ReviewThread> inState(long unitId, ThreadState state) {
        return withComments(jdbc.sql(THREAD + " where unit_id = ? and state = ? order by id")
                .params(unitId, state.name())
                .query(ReviewRepository::thread)
                .list());
    }

    /** The threads a reviewer opened that are in a state, every unit and year, with their comments. */
    public List<ReviewThread> openedBy(String username, ThreadState state) {
        return withComments(jdbc.sql(THREAD + " where opened_by = ? and state = ? order by id")
                .params(username, state.name())
                .query(ReviewRepository::thread)
                .list());
    }

    /** The number of threads not closed of the unit's period (threads on the period, and on an IKU of it). */
    public int pendingOfPeriod(long unitId, int year, Period period) {
        return jdbc.sql("""
                        select count(*) from review_thread
                        where unit_id = ? and year = ? and period = ? and state <> 'CLOSED'""")
                .params(unitId, year, period.name())
                .query(Integer.class)
                .single();
    }

    /** Per unit the number of its threads of the year in each state that is not CLOSED. */
    public Map<Long, Map<ThreadState, Integer>> pendingCounts(Collection<Long> unitIds, int year) {
        Map<Long, Map<ThreadState, Integer>> out = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select unit_id, state, count(*) as n from review_thread
                        where unit_id in (:units) and year = :year and state <> 'CLOSED'
                        group by unit_id, state""").param("units", List.copyOf(unitIds)).param("year", year).query(rs -> {
            out.computeIfAbsent(rs.getLong("unit_id"), k -> new LinkedHashMap<>())
                    .put(ThreadState.valueOf(rs.getString("state")), rs.getInt("n"));
        });
        return out;
    }

    public List<PeriodReview> periodReviews(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select unit_id, year, period, reviewed_by, reviewed_at from period_review
                        where unit_id in (:units) order by unit_id, year, period""")
                .param("units", List.copyOf(unitIds))
                .query((rs, n) -> new PeriodReview(
                        rs.getLong("unit_id"),
                        rs.getInt("year"),
                        Period.valueOf(rs.getString("period")),
                        rs.getString("reviewed_by"),
                        rs.getObject("reviewed_at", OffsetDateTime.class)))
                .list();
    }

    /** Marks the quarter reviewed; false when it already was. */
    public boolean mark(long unitId, int year, Period period, String by) {
        return jdbc.sql("""
                                insert into period_review (unit_id, year, period, reviewed_by) values (?, ?, ?, ?)
                                on conflict do nothing""").params(unitId, year, period.name(), by).update() == 1;
    }

    /** Removes the mark; false when there was none. */
    public boolean unmark(long unitId, int year, Period period) {
        return jdbc.sql("delete from period_review where unit_id = ? and year = ? and period = ?")
                        .params(unitId, year, period.name())
                        .update()
                == 1;
    }

    private List<ReviewThread> withComments(List<ReviewThread> threads) {
        if (threads.isEmpty()) {
            return threads;
        }
        Map<Long, List<ReviewComment>> byThread = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, thread_id, author, from_reviewer, body, written_at from review_comment
                        where thread_id in (:ids) order by id""")
                .param("ids", threads.stream().map(ReviewThread::id).toList())
                .query((rs, n) -> new ReviewComment(
                        rs.getLong("id"),
                        rs.getLong("thread_id"),
                        rs.getString("author"),
                        rs.getBoolean("from_reviewer"),
                        rs.getString("body"),
                        rs.getObject("written_at", OffsetDateTime.class)))
                .list()
                .forEach(c -> byThread.computeIfAbsent(c.threadId(), k -> new ArrayList<>())
                        .add(c));
        return threads.stream()
                .map(t -> t.withComments(byThread.getOrDefault(t.id(), List.of())))
                .toList();
    }

    private static ReviewThread thread(ResultSet rs, int n) throws SQLException {
        String period = rs.getString("period");
        return new ReviewThread(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getInt("year"),
                ReviewScope.valueOf(rs.getString("scope")),
                period == null ? null : Period.valueOf(period),
                rs.getString("indicator_code"),
                ThreadState.valueOf(rs.getString("state")),
                rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("row_version"),
                List.of());
    }
}
