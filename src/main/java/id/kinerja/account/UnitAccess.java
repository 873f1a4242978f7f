package id.kinerja.account;

import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.Units;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /** The unit's own head, who signs its PK as the first party. */
    public boolean canSignAgreement(CurrentUser user, long unitId) {
        return user.unitId() == unitId && user.has(Role.HEAD);
    }

    /**
     * The head of the unit directly above (the Kanwil's head for a KPP), who signs the unit's PK as the second party;
     * the head of another Kanwil, or of headquarters two levels up, may not.
     */
    public boolean canSignAgreementAsSuperior(CurrentUser user, Unit unit) {
        return unit.parentId() != null && user.unitId() == unit.parentId() && user.has(Role.HEAD);
    }

    /**
     * Who may start a unit's PK of a new year (from the framework or from last year's): its performance
     * administrator, or an administrator of the unit or of a unit above it (a Kanwil's administrator for all its
     * offices at once).
     */
    public boolean canStartAgreement(CurrentUser user, long unitId) {
        return canEditAgreement(user, unitId) || (user.has(Role.ADMINISTRATOR) && isWithin(unitId, user.unitId()));
    }

    /**
     * The head of the unit itself, who signs its PK and its LAKIN: may accept the consistency check's errors of the
     * unit's year with a reason, so that its documents are no longer marked as drafts.
     */
    public boolean canAcceptCheckErrors(CurrentUser user, long unitId) {
        return user.unitId() == unitId && user.has(Role.HEAD);
    }

    /**
     * Who administers accounts, and where: an ADMINISTRATOR the accounts of its unit and of every unit under it (DJP:
     * all; a Kanwil: itself and its offices; an office: itself); a PERFORMANCE_ADMIN (without being ADMINISTRATOR) the
     * accounts of its own unit only. Nobody else.
     */
    public boolean canAdministerAccounts(CurrentUser user, long unitId) {
        if (user.has(Role.ADMINISTRATOR)) {
            return isWithin(unitId, user.unitId());
        }
        return user.has(Role.PERFORMANCE_ADMIN) && user.unitId() == unitId;
    }

    /** Whether the user administers the accounts of some unit (the menu link and the list page). */
    public boolean administersAccounts(CurrentUser user) {
        return user.administersAccounts();
    }

    /** The ids of the units whose accounts the user administers (see {@link #canAdministerAccounts}). */
    public List<Long> accountUnits(CurrentUser user) {
        if (user.has(Role.ADMINISTRATOR)) {
            return units.subtreeIds(user.unitId());
        }
        return user.has(Role.PERFORMANCE_ADMIN) ? List.of(user.unitId()) : List.of();
    }

    /**
     * The roles the user may give, never one above their own: an ADMINISTRATOR every role; a PERFORMANCE_ADMIN
     * performance administrator, PIC and viewer (not head, reviewer or administrator); nobody else any.
     */
    public Set<Role> grantableRoles(CurrentUser user) {
        if (user.has(Role.ADMINISTRATOR)) {
            return EnumSet.allOf(Role.class);
        }
        if (user.has(Role.PERFORMANCE_ADMIN)) {
            return EnumSet.of(Role.PERFORMANCE_ADMIN, Role.PIC, Role.VIEWER);
        }
        return EnumSet.noneOf(Role.class);
    }

    /**
     * Whether the user may change (edit, disable, reset, unlock) the account {@code accountId} of {@code unitId} with
     * {@code roles}: not their own, in a unit they administer, and only roles they could give themselves (so a
     * performance administrator never resets the head's or an administrator's password).
     */
    public boolean canManageAccount(CurrentUser user, long accountId, long unitId, Set<Role> roles) {
        return accountId != user.id()
                && canAdministerAccounts(user, unitId)
                && grantableRoles(user).containsAll(roles);
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
