package id.kinerja.account;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A sign-in account: it belongs to one unit and carries roles there (one unit per account); a PIC is bound to chosen
 * IKU. {@code mustChangePassword}: the password is a temporary one set by an administrator, and the next sign-in
 * leads to the change-password page before anything else. {@code apiAccess}: the account may make personal API
 * tokens and use them. {@code language}: "id", "en" or null (the browser's choice), applied at sign-in.
 */
public record Account(
        long id,
        String username,
        String displayName,
        String passwordHash,
        long unitId,
        String unitCode,
        boolean enabled,
        Set<Role> roles,
        Set<String> indicatorCodes,
        String email,
        String language,
        boolean mustChangePassword,
        boolean apiAccess,
        OffsetDateTime lastSignInAt,
        OffsetDateTime disabledAt,
        String disabledBy) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
