package id.kinerja.account;

import java.util.Set;

/** A sign-in account: it belongs to one unit and carries roles; a PIC is bound to chosen IKU. */
public record Account(
        long id,
        String username,
        String displayName,
        String passwordHash,
        long unitId,
        String unitCode,
        boolean enabled,
        Set<Role> roles,
        Set<String> indicatorCodes) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
