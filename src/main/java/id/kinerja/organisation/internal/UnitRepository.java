package id.kinerja.organisation.internal;

import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code unit}: the organisation tree. Other modules use it through {@link id.kinerja.organisation.Units}. */
@Repository
public class UnitRepository {

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("select * from unit where code = ?")
                .param(code)
                .query(Unit.class)
                .optional();
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql("select * from unit where id = ?")
                .param(id)
                .query(Unit.class)
                .optional();
    }

    public List<Unit> findChildren(long parentId) {
        return jdbc.sql("select * from unit where parent_id = ? order by code")
                .param(parentId)
                .query(Unit.class)
                .list();
    }

    public List<Unit> findAll() {
        return jdbc.sql("select * from unit order by id").query(Unit.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
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

    /**
     * Refuses a parent that would make a cycle: the new parent is the unit itself or lies under it.
     * Every path that changes a unit's parent (Excel import, API, web) goes through {@link #update}.
     */
    public void requireNoCycle(long id, String code, Long newParentId, String newParentCode) {
        if (newParentId != null && isWithin(newParentId, id)) {
            throw new IllegalArgumentException("Unit '" + code + "' tidak dapat dipindah ke bawah '" + newParentCode
                    + "': '" + newParentCode + "' berada di bawah '" + code + "' (rantai induk melingkar)");
        }
    }

    /** Replaces a unit's details (code unchanged); {@code parentCode} must name an existing unit or be null. */
    public void update(long id, NewUnit values) {
        Long parentId = values.parentCode() == null
                ? null
                : findByCode(values.parentCode())
                        .orElseThrow(
                                () -> new IllegalArgumentException("Unit induk tidak dikenal: " + values.parentCode()))
                        .id();
        requireNoCycle(id, values.code(), parentId, values.parentCode());
        jdbc.sql("""
                        update unit set name = ?, type = ?, parent_id = ?, official_code = ?, head_name = ?, area = ?,
                            address = ?, staff_count = ? where id = ?""")
                .params(
                        values.name(),
                        values.type().name(),
                        parentId,
                        values.officialCode(),
                        values.headName(),
                        values.area(),
                        values.address(),
                        values.staffCount(),
                        id)
                .update();
    }

    /** Creates the unit; its parent must exist already. */
    public Unit create(NewUnit unit) {
        Long parentId = null;
        if (unit.parentCode() != null) {
            parentId = findByCode(unit.parentCode())
                    .orElseThrow(() -> new IllegalArgumentException("Unit induk tidak dikenal: " + unit.parentCode()))
                    .id();
        }
        long id = jdbc.sql("""
                        insert into unit (code, name, type, parent_id, official_code, head_name, area, address, staff_count)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unit.code(),
                        unit.name(),
                        unit.type().name(),
                        parentId,
                        unit.officialCode(),
                        unit.headName(),
                        unit.area(),
                        unit.address(),
                        unit.staffCount())
                .query(Long.class)
                .single();
        return findById(id).orElseThrow();
    }
}
