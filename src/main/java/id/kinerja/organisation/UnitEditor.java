package id.kinerja.organisation;

/**
 * Who changes units, as the unit tree's rights see them ({@link Units#mayManage}): an account's unit and whether it
 * is an administrator or a performance administrator there, or the operator on the server ({@link #system}), who
 * has the database anyway. Built for an account by {@code account.UnitAccess#unitEditor}.
 *
 * @param username the name the audit trail records
 * @param unitId   the account's unit; null for the operator
 */
public record UnitEditor(String username, Long unitId, boolean administrator, boolean performanceAdmin) {

    /** The operator on the server (command line, demo loader): every unit. */
    public static UnitEditor system(String username) {
        return new UnitEditor(username, null, true, false);
    }

    public boolean isSystem() {
        return unitId == null;
    }
}
