package id.kinerja.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The identity provider's claims to a Kinerja account ({@link AccountService#signInWithSso}): username, name, unit
 * code and roles (through {@link SsoProperties#roles}). The OIDC user it returns is named by the account's username
 * and carries the account's authorities; {@link SsoSignIn} then puts the account's {@link CurrentUser} in its place.
 * A refusal (unknown unit, no role, disabled account) ends the sign-in with its message on the login page.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ERROR = "kinerja_sso_refused";

    /** Why a single sign-on was refused, kept in the session for the login page: a message key and its arguments. */
    record Refusal(String key, List<String> args) implements Serializable {}

    static final class Refused extends OAuth2AuthenticationException {
        private final Refusal refusal;

        Refused(AccountRefusedException cause) {
            super(new OAuth2Error(ERROR, cause.getMessage(), null), cause.getMessage(), cause);
            this.refusal = new Refusal(
                    cause.key(),
                    java.util.Arrays.stream(cause.args()).map(String::valueOf).toList());
        }

        Refusal refusal() {
            return refusal;
        }
    }

    private final SsoProperties sso;
    private final AccountService accounts;
    private final OidcUserService delegate = new OidcUserService();

    SsoUserService(SsoProperties sso, AccountService accounts) {
        this.sso = sso;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        Account account;
        try {
            account = accounts.signInWithSso(
                    oidc.getClaimAsString(sso.usernameClaim()),
                    oidc.getClaimAsString(sso.displayNameClaim()),
                    oidc.getClaimAsString(sso.unitClaim()),
                    sso.roles(values(oidc.getClaims().get(sso.rolesClaim()))));
        } catch (AccountRefusedException refused) {
            throw new Refused(refused);
        }
        CurrentUser me = CurrentUser.of(account, false);
        java.util.Map<String, Object> claims = new java.util.HashMap<>(oidc.getClaims());
        claims.put("kinerja_username", account.username());
        return new DefaultOidcUser(
                me.getAuthorities(),
                oidc.getIdToken(),
                new org.springframework.security.oauth2.core.oidc.OidcUserInfo(claims),
                "kinerja_username");
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String one) {
            return List.of(one.split("[,\\s]+"));
        }
        return List.of();
    }
}
