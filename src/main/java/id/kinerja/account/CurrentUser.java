package id.kinerja.account;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it: the account's unit, roles and IKU travel with the
 * session so that every access check can be made without another query.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        String password,
        long unitId,
        String unitCode,
        Set<Role> roles,
        Set<String> indicatorCodes,
        boolean enabled,
        boolean locked,
        boolean apiAccess,
        boolean mustChangePassword,
        String language)
        implements UserDetails {

    static CurrentUser of(Account a, boolean locked) {
        return new CurrentUser(
                a.id(),
                a.username(),
                a.displayName(),
                a.passwordHash(),
                a.unitId(),
                a.unitCode(),
                Set.copyOf(a.roles()),
                Set.copyOf(a.indicatorCodes()),
                a.enabled(),
                locked,
                a.apiAccess(),
                a.mustChangePassword(),
                a.language());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the account administers the accounts of some unit ({@link UnitAccess#canAdministerAccounts}). */
    public boolean administersAccounts() {
        return has(Role.ADMINISTRATOR) || has(Role.PERFORMANCE_ADMIN);
    }

    /** Whether the account may make and use personal API tokens (set by an administrator: docs/user-guide.md). */
    public boolean mayUseApi() {
        return apiAccess;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** The password hash stays out of logs and sessions' toString. */
    @Override
    public String toString() {
        return "CurrentUser[" + username + "@" + unitCode + " " + roles + "]";
    }
}
