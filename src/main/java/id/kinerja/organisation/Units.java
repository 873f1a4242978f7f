package id.kinerja.organisation;

import id.kinerja.organisation.internal.UnitRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The organisation module's API: the unit tree (DJP > Kanwil > KPP > KP2KP / sections) as every other module reads
 * and changes it. The one place of the unit-tree queries ({@link #isWithin}, {@link #subtreeIds}), both bounded walks
 * (depth limit {@link #MAX_DEPTH} and a cycle check), and of the rule that a unit never moves under itself.
 */
@Service
public class Units {

    /** The deepest unit tree the recursive queries follow (DJP - Kanwil - KPP - KP2KP is four levels). */
    public static final int MAX_DEPTH = UnitRepository.MAX_DEPTH;

    private final UnitRepository units;

    Units(UnitRepository units) {
        this.units = units;
    }

    public Optional<Unit> findById(long id) {
        return units.findById(id);
    }

    public Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }

    /** The units directly under {@code parentId}, by code. */
    public List<Unit> findChildren(long parentId) {
        return units.findChildren(parentId);
    }

    /** Every unit, by id (a parent is created before its children, so parents come first). */
    public List<Unit> findAll() {
        return units.findAll();
    }

    public long count() {
        return units.count();
    }

    /** True when {@code unitId} is {@code ancestorId} or lies under it (bounded walk up the tree). */
    public boolean isWithin(long unitId, long ancestorId) {
        return units.isWithin(unitId, ancestorId);
    }

    /** The unit {@code rootId} and every unit under it, by id (bounded walk down the tree; empty if unknown). */
    public List<Long> subtreeIds(long rootId) {
        return units.subtreeIds(rootId);
    }

    /** Refuses a parent that would make a cycle: the new parent is the unit itself or lies under it. */
    public void requireNoCycle(long id, String code, Long newParentId, String newParentCode) {
        units.requireNoCycle(id, code, newParentId, newParentCode);
    }

    /**
     * Replaces a unit's details (code unchanged); {@code parentCode} must name an existing unit or be null, and a
     * parent that would make a cycle is refused ({@link #requireNoCycle}).
     */
    public void update(long id, NewUnit values) {
        units.update(id, values);
    }

    /** Creates the unit; its parent must exist already. */
    public Unit create(NewUnit unit) {
        return units.create(unit);
    }
}
