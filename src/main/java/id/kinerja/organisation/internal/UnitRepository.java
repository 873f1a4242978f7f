package id.kinerja.organisation.internal;

import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.StaffGroup;
import id.kinerja.organisation.StaffGrouping;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code unit}, {@code unit_area} and {@code unit_staff}: the organisation tree. Other modules use them
 * through {@link id.kinerja.organisation.Units}, which holds the rules; this class only reads and writes.
 */
@Repository
public class UnitRepository {

    /** Every column of a unit and its areas in order, as one array. */
    private static final String SELECT = """
            select u.*, coalesce((select array_agg(a.name order by a.position) from unit_area a where a.unit_id = u.id),
                                 '{}') as areas
            from unit u""";

    private static final RowMapper<Unit> UNIT = UnitRepository::unit;

    private final JdbcClient jdbc;
    /** For the {@code unnest} statements: typed SQL arrays ({@code createArrayOf}), which JdbcClient does not bind. */
    private final JdbcTemplate template;

    UnitRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        Array areas = rs.getArray("areas");
        Timestamp updated = rs.getTimestamp("updated_at");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        int staff = rs.getInt("staff_count");
        Integer staffCount = rs.wasNull() ? null : staff;
        return new Unit(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                UnitType.valueOf(rs.getString("type")),
                parentId,
                rs.getString("official_code"),
                rs.getString("head_name"),
                rs.getString("head_nip"),
                rs.getString("head_position"),
                areas == null ? List.of() : Arrays.asList((String[]) areas.getArray()),
                rs.getString("address"),
                staffCount,
                rs.getBoolean("active"),
                updated == null ? null : updated.toInstant(),
                rs.getString("updated_by"));
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql(SELECT + " where u.code = ?").param(code).query(UNIT).optional();
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(UNIT).optional();
    }

    public List<Unit> findChildren(long parentId) {
        return jdbc.sql(SELECT + " where u.parent_id = ? order by u.code")
                .param(parentId)
                .query(UNIT)
                .list();
    }

    public List<Unit> findAll() {
        return jdbc.sql(SELECT + " order by u.id").query(UNIT).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    /** The number of active units directly under {@code id}. */
    public long activeChildren(long id) {
        return jdbc.sql("select count(*) from unit where parent_id = ? and active")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** The number of units of this type (headquarters is one). */
    public long countOfType(UnitType type) {
        return jdbc.sql("select count(*) from unit where type = ?")
                .param(type.name())
                .query(Long.class)
                .single();
    }

    /** The staff groups of a unit: by grouping, then in the unit's order. */
    public List<StaffGroup> staff(long unitId) {
        return jdbc.sql("""
                        select grouping, label, staff_count from unit_staff where unit_id = ?
                        order by case grouping when 'RANK' then 1 when 'EDUCATION' then 2 when 'POSITION' then 3
                                 when 'GENDER' then 4 else 5 end, position""")
                .param(unitId)
                .query((rs, n) -> new StaffGroup(
                        StaffGrouping.valueOf(rs.getString("grouping")),
                        rs.getString("label"),
                        rs.getInt("staff_count")))
                .list();
    }

    /** The deepest unit tree the recursive queries follow (DJP - Kanwil - KPP - KP2KP is four levels). */
    public static final int MAX_DEPTH = 32;

    /**
     * True when {@code unitId} is {@code ancestorId} or lies under it. The walk up the tree is bounded
     * (depth limit and a path array for cycle detection), so a damaged tree can never run it forever.
     */
    public boolean isWithin(long unitId, long ancestorId) {
        if (unitId == ancestorId) {
            return true;
        }
        return jdbc.sql("""
                        with recursive up(id, parent_id, depth, path) as (
                            select id, parent_id, 1, array[id] from unit where id = ?
                            union all
                            select u.id, u.parent_id, up.depth + 1, up.path || u.id
                            from unit u join up on u.id = up.parent_id
                            where up.depth < ? and u.id <> all(up.path))
                        select count(*) from up where id = ?""")
                        .params(unitId, MAX_DEPTH, ancestorId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The unit and every unit under it. The walk down the tree is bounded like {@link #isWithin} (depth limit and a
     * path array for cycle detection), so a damaged tree can never run it forever.
     */
    public List<Long> subtreeIds(long rootId) {
        return jdbc.sql("""
                        with recursive down(id, depth, path) as (
                            select id, 1, array[id] from unit where id = ?
                            union all
                            select u.id, down.depth + 1, down.path || u.id
                            from unit u join down on u.parent_id = down.id
                            where down.depth < ? and u.id <> all(down.path))
                        select distinct id from down order by id""").params(rootId, MAX_DEPTH).query(Long.class).list();
    }

    /** Replaces a unit's details (code unchanged) under the parent {@code parentId}; null staff keeps the groups. */
    public void update(long id, Long parentId, NewUnit values, String username) {
        jdbc.sql("""
                        update unit set name = ?, type = ?, parent_id = ?, official_code = ?, head_name = ?,
                            head_nip = ?, head_position = ?, address = ?, staff_count = ?, updated_at = now(),
                            updated_by = ?
                        where id = ?""")
                .params(
                        values.name(),
                        values.type().name(),
                        parentId,
                        values.officialCode(),
                        values.headName(),
                        values.headNip(),
                        values.headPosition(),
                        values.address(),
                        values.staffCount(),
                        username,
                        id)
                .update();
        writeDetails(id, values);
    }

    /** Creates the unit under the parent {@code parentId} (null: the root) and returns its id. */
    public long create(Long parentId, NewUnit unit) {
        long id = jdbc.sql("""
                        insert into unit (code, name, type, parent_id, official_code, head_name, head_nip,
                                          head_position, address, staff_count)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unit.code(),
                        unit.name(),
                        unit.type().name(),
                        parentId,
                        unit.officialCode(),
                        unit.headName(),
                        unit.headNip(),
                        unit.headPosition(),
                        unit.address(),
                        unit.staffCount())
                .query(Long.class)
                .single();
        writeDetails(id, unit);
        return id;
    }

    /** Sets the active flag. */
    public void setActive(long id, boolean active, String username) {
        jdbc.sql("update unit set active = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(active, username, id)
                .update();
    }

    /** The areas (always) and the staff groups (unless null) of a unit, replaced set-based. */
    private void writeDetails(long id, NewUnit values) {
        jdbc.sql("delete from unit_area where unit_id = ?").param(id).update();
        if (!values.areas().isEmpty()) {
            template.update("""
                    insert into unit_area (unit_id, position, name)
                    select ?, a.position, a.name from unnest(?::text[]) with ordinality as a(name, position)""", ps -> {
                ps.setLong(1, id);
                ps.setArray(
                        2,
                        ps.getConnection().createArrayOf("text", values.areas().toArray()));
            });
        }
        if (values.staff() == null) {
            return;
        }
        jdbc.sql("delete from unit_staff where unit_id = ?").param(id).update();
        if (values.staff().isEmpty()) {
            return;
        }
        List<String> groupings = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (StaffGroup g : values.staff()) {
            groupings.add(g.grouping().name());
            labels.add(g.label());
            counts.add(g.count());
        }
        template.update("""
                insert into unit_staff (unit_id, grouping, position, label, staff_count)
                select ?, s.grouping, row_number() over (partition by s.grouping order by s.ord), s.label, s.staff_count
                from unnest(?::text[], ?::text[], ?::integer[]) with ordinality as s(grouping, label, staff_count, ord)""", ps -> {
            ps.setLong(1, id);
            ps.setArray(2, ps.getConnection().createArrayOf("text", groupings.toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("text", labels.toArray()));
            ps.setArray(4, ps.getConnection().createArrayOf("integer", counts.toArray()));
        });
    }
}
