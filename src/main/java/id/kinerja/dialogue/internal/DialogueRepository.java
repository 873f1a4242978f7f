package id.kinerja.dialogue.internal;

import id.kinerja.dialogue.DialogueKind;
import id.kinerja.framework.Period;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dialogues and their follow-ups ({@code dialogue_meeting}, {@code dialogue_follow_up}, V60). */
@Repository
public class DialogueRepository {

    private final JdbcClient jdbc;

    DialogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One meeting row, without its follow-ups. */
    public record MeetingRow(
            long id,
            long unitId,
            int year,
            Period quarter,
            DialogueKind kind,
            LocalDate heldOn,
            String participants,
            String minutes,
            String decisions,
            boolean riskMonitoringDiscussed,
            String createdBy,
            OffsetDateTime createdAt,
            int rowVersion) {}

    /** One follow-up row. */
    public record FollowUpRow(
            long id,
            long meetingId,
            int position,
            String text,
            long ownerId,
            LocalDate dueOn,
            String doneBy,
            OffsetDateTime doneAt,
            String doneNote) {}

    private static final String MEETING = """
            select id, unit_id, year, quarter, kind, held_on, participants, minutes, decisions,
                risk_monitoring_discussed, created_by, created_at, row_version
            from dialogue_meeting""";

    private static final String FOLLOW_UP = """
            select id, meeting_id, position, text, owner_id, due_on, done_by, done_at, done_note
            from dialogue_follow_up""";

    public List<MeetingRow> meetings(long unitId, int year) {
        return jdbc.sql(MEETING + " where unit_id = ? and year = ? order by held_on, id")
                .params(unitId, year)
                .query(MeetingRow.class)
                .list();
    }

    public Optional<MeetingRow> meeting(long id) {
        return jdbc.sql(MEETING + " where id = ?")
                .param(id)
                .query(MeetingRow.class)
                .optional();
    }

    public List<FollowUpRow> followUps(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FOLLOW_UP + " where meeting_id in (:ids) order by meeting_id, position")
                .param("ids", meetingIds)
                .query(FollowUpRow.class)
                .list();
    }

    public Optional<FollowUpRow> followUp(long id) {
        return jdbc.sql(FOLLOW_UP + " where id = ? for update")
                .param(id)
                .query(FollowUpRow.class)
                .optional();
    }

    /** The open follow-ups owned by an account, oldest due first. */
    public List<FollowUpRow> openFollowUpsOf(long ownerId) {
        return jdbc.sql(FOLLOW_UP + " where owner_id = ? and done_at is null order by due_on, id")
                .param(ownerId)
                .query(FollowUpRow.class)
                .list();
    }

    public long insertMeeting(
            long unitId,
            int year,
            Period quarter,
            DialogueKind kind,
            LocalDate heldOn,
            String participants,
            String minutes,
            String decisions,
            boolean riskMonitoringDiscussed,
            String username) {
        return jdbc.sql("""
                        insert into dialogue_meeting (unit_id, year, quarter, kind, held_on, participants, minutes,
                            decisions, risk_monitoring_discussed, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unitId,
                        year,
                        quarter.name(),
                        kind.name(),
                        heldOn,
                        participants,
                        minutes,
                        decisions,
                        riskMonitoringDiscussed,
                        username)
                .query(Long.class)
                .single();
    }

    public void insertFollowUp(long meetingId, int position, String text, long ownerId, LocalDate dueOn) {
        jdbc.sql("""
                        insert into dialogue_follow_up (meeting_id, position, text, owner_id, due_on)
                        values (?, ?, ?, ?, ?)""").params(meetingId, position, text, ownerId, dueOn).update();
    }

    /** Marks a follow-up done; false when it was done already. */
    public boolean complete(long id, String username, String note) {
        return jdbc.sql("""
                        update dialogue_follow_up set done_by = ?, done_at = now(), done_note = ?
                        where id = ? and done_at is null""").params(username, note, id).update() == 1;
    }

    /** Removes a meeting (and its follow-ups) at the row version given; false when it changed or is gone. */
    public boolean delete(long id, int rowVersion) {
        return jdbc.sql("delete from dialogue_meeting where id = ? and row_version = ?")
                        .params(id, rowVersion)
                        .update()
                == 1;
    }
}
