package id.kinerja.notify.internal;

import id.kinerja.framework.Period;
import id.kinerja.notify.NewNotification;
import id.kinerja.notify.Notification;
import id.kinerja.notify.NotificationKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code notification} and {@code notification_preference} (V57). */
@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the notification for each of {@code userIds}, except where the person already has one of the same cause
     * ({@code dedup_key}); the number written.
     */
    public int insert(Collection<Long> userIds, NewNotification n) {
        int written = 0;
        for (long userId : userIds) {
            written += jdbc.sql("""
                            insert into notification (user_id, kind, unit_id, unit_code, year, period, indicator_code,
                                                      args, href, dedup_key)
                            values (:user, :kind, :unit, :unitCode, :year, :period, :indicator,
                                    string_to_array(:args, chr(31)), :href, :key)
                            on conflict (user_id, dedup_key) do nothing""")
                    .param("user", userId)
                    .param("kind", n.kind().name())
                    .param("unit", n.unitId())
                    .param("unitCode", n.unitCode())
                    .param("year", n.year())
                    .param("period", n.period() == null ? null : n.period().name())
                    .param("indicator", n.indicatorCode())
                    .param("args", n.args().isEmpty() ? null : String.join("\u001f", n.args()))
                    .param("href", n.href())
                    .param("key", n.dedupKey())
                    .update();
        }
        return written;
    }

    private static final String SELECT = """
            select id, kind, unit_code, year, period, indicator_code, args, href, created_at, read_at
            from notification""";

    /** The newest {@code limit} notifications of a person, newest first. */
    public List<Notification> recent(long userId, int limit) {
        return jdbc.sql(SELECT + " where user_id = ? order by created_at desc, id desc limit ?")
                .param(userId)
                .param(limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** One of the person's notifications; empty when it is not his (or does not exist). */
    public Optional<Notification> find(long userId, long id) {
        return jdbc.sql(SELECT + " where id = ? and user_id = ?")
                .param(id)
                .param(userId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** Marks one of the person's notifications read; false when it is not the person's (or does not exist). */
    public boolean markRead(long userId, long id) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, now())
                        where id = ? and user_id = ?""").param(id).param(userId).update() == 1;
    }

    public int markAllRead(long userId) {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null")
                .param(userId)
                .update();
    }

    /** The kinds the person chose, each with whether it goes by e-mail (a kind not chosen has its default). */
    public Map<NotificationKind, Boolean> preferences(long userId) {
        Map<NotificationKind, Boolean> chosen = new EnumMap<>(NotificationKind.class);
        jdbc.sql("select kind, email from notification_preference where user_id = ?")
                .param(userId)
                .query((rs, n) -> Map.entry(NotificationKind.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list()
                .forEach(e -> chosen.put(e.getKey(), e.getValue()));
        return chosen;
    }

    public void savePreference(long userId, NotificationKind kind, boolean email) {
        jdbc.sql("""
                        insert into notification_preference (user_id, kind, email) values (?, ?, ?)
                        on conflict (user_id, kind) do update set email = excluded.email""").param(userId).param(kind.name()).param(email).update();
    }

    /** The people with notifications not yet mailed, created since {@code since}. */
    public List<Long> usersWithUnsent(OffsetDateTime since) {
        return jdbc.sql("""
                        select distinct user_id from notification
                        where emailed_at is null and created_at >= ? order by user_id""").param(since).query(Long.class).list();
    }

    /**
     * Claims a person's notifications not yet mailed, created since {@code since}, of the given kinds, for the rest
     * of the caller's transaction: rows another transaction holds (a digest of another node at the same moment) are
     * skipped, never waited for and never sent twice.
     */
    public List<Unsent> claimUnsent(long userId, OffsetDateTime since, Collection<NotificationKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT.replace("select id,", "select id, user_id,") + """
                         where user_id = :user and emailed_at is null and created_at >= :since and kind in (:kinds)
                        order by created_at, id
                        for update skip locked""")
                .param("user", userId)
                .param("since", since)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .query((rs, n) -> new Unsent(rs.getLong("id"), rs.getLong("user_id"), map(rs)))
                .list();
    }

    /**
     * Marks rows mailed where they are not yet: the claim's conditional update, so a row mailed by another run in
     * between is not counted again. The number marked.
     */
    public int markEmailed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update notification set emailed_at = now() where id in (:ids) and emailed_at is null")
                .param("ids", ids)
                .update();
    }

    /** Marks every not-yet-mailed row of a person of kinds that do not go by e-mail, so they are not looked at again. */
    public int markNotMailed(long userId, Collection<NotificationKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update notification set emailed_at = now()
                        where user_id = :user and emailed_at is null and kind in (:kinds)""")
                .param("user", userId)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .update();
    }

    /** A claimed row: its id and person with the notification. */
    public record Unsent(long id, long userId, Notification notification) {}

    private static Notification map(ResultSet rs) throws SQLException {
        Array array = rs.getArray("args");
        List<String> args = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        String period = rs.getString("period");
        Integer year = rs.getObject("year", Integer.class);
        return new Notification(
                rs.getLong("id"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("unit_code"),
                year,
                period == null ? null : Period.valueOf(period),
                rs.getString("indicator_code"),
                args,
                rs.getString("href"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class));
    }
}
