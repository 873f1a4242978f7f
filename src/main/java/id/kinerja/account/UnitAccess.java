package id.kinerja.account;

import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.Units;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and do what, by the unit tree: an account sees its own unit and every unit under it
 * (DJP sees all; a Kanwil reviewer sees its offices), and never another branch. Changes are made in
 * the account's own unit only, by role. Every controller asks here; hiding a button is not security.
 */
@Service
public class UnitAccess {

    private final Units units;

    UnitAccess(Units units) {
        this.units = units;
    }

    /**
     * The unit with this code if the user may see it: unknown code -> 404, another branch of the
     * tree -> 403. Every page under {@code /units/{code}/...} starts here.
     */
    public Unit viewable(CurrentUser user, String unitCode) {
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unit tidak dikenal: " + unitCode));
        requireView(user, unit.id());
        return unit;
    }

    /** True when {@code unitId} is {@code ancestorId} or lies under it (the organisation module's one unit-tree query, {@link Units#isWithin}). */
    public boolean isWithin(long unitId, long ancestorId) {
        return units.isWithin(unitId, ancestorId);
    }

    public boolean canView(CurrentUser user, long unitId) {
        return isWithin(unitId, user.unitId());
    }

    /** A PIC for the IKU bound to the account, or the performance administrator, in their own unit. */
    public boolean canEnterRealization(CurrentUser user, long unitId, String indicatorCode) {
        return user.unitId() == unitId
                && (user.has(Role.PERFORMANCE_ADMIN)
                        || (user.has(Role.PIC) && user.indicatorCodes().contains(indicatorCode)));
    }

    public boolean canVerify(CurrentUser user, long unitId) {
        return user.unitId() == unitId && user.has(Role.PERFORMANCE_ADMIN);
    }

    public boolean canApprove(CurrentUser user, long unitId) {
        return user.unitId() == unitId && user.has(Role.HEAD);
    }

    /** An administrator of the unit or of a unit above it. */
    public boolean canUnlock(CurrentUser user, long unitId) {
        return user.has(Role.ADMINISTRATOR) && isWithin(unitId, user.unitId());
    }

    public boolean canEditAgreement(CurrentUser user, long unitId) {
        return user.unitId() == unitId && user.has(Role.PERFORMANCE_ADMIN);
    }

    public boolean canSignAgreement(CurrentUser user, long unitId) {
        return user.unitId() == unitId && user.has(Role.HEAD);
    }

    /**
     * The head of the unit itself, who signs its PK and its LAKIN: may accept the consistency check's errors of the
     * unit's year with a reason, so that its documents are no longer marked as drafts.
     */
    public boolean canAcceptCheckErrors(CurrentUser user, long unitId) {
        return user.unitId() == unitId && user.has(Role.HEAD);
    }

    /** The account as the organisation's unit rules see it ({@link Units#mayManage}): its unit and its roles there. */
    public static UnitEditor unitEditor(CurrentUser user) {
        return new UnitEditor(
                user.username(), user.unitId(), user.has(Role.ADMINISTRATOR), user.has(Role.PERFORMANCE_ADMIN));
    }

    /** May the account create, edit and deactivate units at all (the units pages; which ones: {@link #canManageUnit}). */
    public boolean canManageUnits(CurrentUser user) {
        return Units.managesUnits(unitEditor(user));
    }

    /** May the account change this unit (the organisation's rule, {@link Units#mayManage}). */
    public boolean canManageUnit(CurrentUser user, long unitId) {
        return units.mayManage(unitEditor(user), unitId);
    }

    /** May the account create a unit under this one (the organisation's rule, {@link Units#mayCreateUnder}). */
    public boolean canCreateUnitUnder(CurrentUser user, long parentId) {
        return units.mayCreateUnder(unitEditor(user), parentId);
    }

    public void requireView(CurrentUser user, long unitId) {
        require(canView(user, unitId));
    }

    /** Throws {@link AccessDeniedException} (HTTP 403) unless allowed. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Akses ditolak (access denied)");
        }
    }
}
