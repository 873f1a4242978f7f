package id.kinerja.recognition.internal;

import id.kinerja.recognition.Attachment;
import id.kinerja.recognition.Award;
import id.kinerja.recognition.Innovation;
import id.kinerja.recognition.RecognitionKind;
import id.kinerja.recognition.StoredAward;
import id.kinerja.recognition.StoredInnovation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Awards received and innovations made by a unit in a year (tables award, innovation; LAKIN chapter III.D), each with
 * an optional attachment stored in the row (V39).
 */
@Repository
public class RecognitionRepository {

    private final JdbcClient jdbc;

    RecognitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Award> awards(long unitId, int year) {
        return storedAwards(unitId, year).stream().map(StoredAward::award).toList();
    }

    public List<StoredAward> storedAwards(long unitId, int year) {
        return jdbc.sql("""
                        select id, row_number() over (order by sort_order, id) as position, year, title, giver,
                            award_date, description, attachment_name, attachment_type,
                            octet_length(attachment_content) as attachment_size, attachment_sha256
                        from award where unit_id = ? and year = ? order by sort_order, id""").params(unitId, year).query(AwardRow.class).list().stream()
                .map(AwardRow::stored)
                .toList();
    }

    public Optional<StoredAward> findAward(long unitId, long id) {
        return jdbc.sql("""
                        select id, 0 as position, year, title, giver, award_date, description, attachment_name,
                            attachment_type, octet_length(attachment_content) as attachment_size, attachment_sha256
                        from award where unit_id = ? and id = ?""").params(unitId, id).query(AwardRow.class).optional().map(AwardRow::stored);
    }

    /** An award row with its attachment's metadata. */
    private record AwardRow(
            long id,
            int position,
            int year,
            String title,
            String giver,
            LocalDate awardDate,
            String description,
            String attachmentName,
            String attachmentType,
            Long attachmentSize,
            String attachmentSha256) {

        StoredAward stored() {
            return new StoredAward(
                    id,
                    position,
                    new Award(year, title, giver, awardDate, description),
                    attachment(attachmentName, attachmentType, attachmentSize, attachmentSha256));
        }
    }

    private static Attachment attachment(String name, String type, Long size, String sha) {
        return name == null ? null : new Attachment(name, type, size == null ? 0 : size, sha);
    }

    /** Adds an award at position {@code sortOrder} and returns its id. */
    public long addAward(long unitId, Award a, int sortOrder) {
        return jdbc.sql("""
                        insert into award (unit_id, year, title, giver, award_date, description, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, a.year(), a.title(), a.giver(), a.date(), a.description(), sortOrder)
                .query(Long.class)
                .single();
    }

    public void updateAward(long id, Award a) {
        jdbc.sql("update award set title = ?, giver = ?, award_date = ?, description = ? where id = ?")
                .params(a.title(), a.giver(), a.date(), a.description(), id)
                .update();
    }

    public List<Innovation> innovations(long unitId, int year) {
        return storedInnovations(unitId, year).stream()
                .map(StoredInnovation::innovation)
                .toList();
    }

    public List<StoredInnovation> storedInnovations(long unitId, int year) {
        return jdbc.sql("""
                        select id, row_number() over (order by sort_order, id) as position, year, name, long_name,
                            description, goals, attachment_name, attachment_type,
                            octet_length(attachment_content) as attachment_size, attachment_sha256
                        from innovation where unit_id = ? and year = ? order by sort_order, id""").params(unitId, year).query(InnovationRow.class).list().stream()
                .map(InnovationRow::stored)
                .toList();
    }

    public Optional<StoredInnovation> findInnovation(long unitId, long id) {
        return jdbc.sql("""
                        select id, 0 as position, year, name, long_name, description, goals, attachment_name,
                            attachment_type, octet_length(attachment_content) as attachment_size, attachment_sha256
                        from innovation where unit_id = ? and id = ?""")
                .params(unitId, id)
                .query(InnovationRow.class)
                .optional()
                .map(InnovationRow::stored);
    }

    /** An innovation row: its goals are stored as one text, a goal a line. */
    private record InnovationRow(
            long id,
            int position,
            int year,
            String name,
            String longName,
            String description,
            String goals,
            String attachmentName,
            String attachmentType,
            Long attachmentSize,
            String attachmentSha256) {

        StoredInnovation stored() {
            return new StoredInnovation(
                    id,
                    position,
                    new Innovation(
                            year,
                            name,
                            longName,
                            description,
                            goals == null || goals.isEmpty() ? List.of() : List.of(goals.split("\n"))),
                    attachment(attachmentName, attachmentType, attachmentSize, attachmentSha256));
        }
    }

    /** Adds an innovation at position {@code sortOrder} and returns its id. */
    public long addInnovation(long unitId, Innovation n, int sortOrder) {
        return jdbc.sql("""
                        insert into innovation (unit_id, year, name, long_name, description, goals, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unitId,
                        n.year(),
                        n.name(),
                        n.longName(),
                        n.description(),
                        String.join("\n", n.goals()),
                        sortOrder)
                .query(Long.class)
                .single();
    }

    public void updateInnovation(long id, Innovation n) {
        jdbc.sql("update innovation set name = ?, long_name = ?, description = ?, goals = ? where id = ?")
                .params(n.name(), n.longName(), n.description(), String.join("\n", n.goals()), id)
                .update();
    }

    /** The next sort order of a unit's year (after every stored item), with the year's items locked. */
    public int nextSortOrder(RecognitionKind kind, long unitId, int year) {
        jdbc.sql("select id from " + table(kind) + " where unit_id = ? and year = ? for update")
                .params(unitId, year)
                .query(Long.class)
                .list();
        return jdbc.sql("select coalesce(max(sort_order), 0) + 1 from " + table(kind)
                        + " where unit_id = ? and year = ?")
                .params(unitId, year)
                .query(Integer.class)
                .single();
    }

    /** Locks a unit's item for the rest of the transaction; false when it is unknown or another unit's. */
    public boolean lock(RecognitionKind kind, long unitId, long id) {
        return jdbc.sql("select id from " + table(kind) + " where unit_id = ? and id = ? for update")
                .params(unitId, id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    public void delete(RecognitionKind kind, long id) {
        jdbc.sql("delete from " + table(kind) + " where id = ?").params(id).update();
    }

    public void setAttachment(RecognitionKind kind, long id, String name, String type, byte[] content, String sha) {
        jdbc.sql("update " + table(kind)
                        + " set attachment_name = ?, attachment_type = ?, attachment_content = ?, attachment_sha256 = ?"
                        + " where id = ?")
                .params(name, type, content, sha, id)
                .update();
    }

    public void removeAttachment(RecognitionKind kind, long id) {
        setAttachment(kind, id, null, null, null, null);
    }

    /** The attachment's bytes of a unit's item; empty when the item is unknown, another unit's or has none. */
    public Optional<byte[]> content(RecognitionKind kind, long unitId, long id) {
        return jdbc.sql("select attachment_content from " + table(kind)
                        + " where unit_id = ? and id = ? and attachment_content is not null")
                .params(unitId, id)
                .query(byte[].class)
                .optional();
    }

    /** The years with awards or innovations of the unit, oldest first. */
    public List<Integer> years(long unitId) {
        return jdbc.sql("select year from award where unit_id = ? union select year from innovation where unit_id = ?"
                        + " order by 1")
                .params(unitId, unitId)
                .query(Integer.class)
                .list();
    }

    /** The table of a kind: a constant, never user input. */
    private static String table(RecognitionKind kind) {
        return switch (kind) {
            case AWARD -> "award";
            case INNOVATION -> "innovation";
        };
    }
}
