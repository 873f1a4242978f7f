package id.kinerja.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with OpenID Connect ({@code kinerja.sso.*}, see {@link SsoConfiguration}); off unless
 * {@code issuer-uri} is set. The login page then offers "Masuk dengan SSO" beside the form, which keeps working.
 *
 * @param issuerUri        the provider's issuer (its {@code /.well-known/openid-configuration} is read at start);
 *                         none: no single sign-on
 * @param clientId         the application's client id at the provider ({@code kinerja})
 * @param clientSecret     its secret (none: a public client)
 * @param usernameClaim    the claim with the username ({@code preferred_username})
 * @param displayNameClaim the claim with the person's name ({@code name}; missing: the username)
 * @param unitClaim        the claim with the unit's code, e.g. {@code KPP-KUPANG} ({@code kinerja_unit})
 * @param rolesClaim       the claim with the roles, a list or one string ({@code kinerja_roles})
 * @param roleMapping      claim value -> role ({@code kinerja.sso.role-mapping[kinerja-admin]=ADMINISTRATOR}); a
 *                         value not mapped counts when it is a role's name ({@code PIC}, {@code viewer}), else it is
 *                         ignored
 */
@ConfigurationProperties("kinerja.sso")
public record SsoProperties(
        String issuerUri,
        @DefaultValue("kinerja") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("name") String displayNameClaim,
        @DefaultValue("kinerja_unit") String unitClaim,
        @DefaultValue("kinerja_roles") String rolesClaim,
        Map<String, Role> roleMapping) {

    public SsoProperties {
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
    }

    /** Whether single sign-on is configured. */
    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** The roles the claim's values stand for. */
    public Set<Role> roles(Collection<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            Role mapped = roleMapping.get(value.strip());
            if (mapped != null) {
                roles.add(mapped);
                continue;
            }
            for (Role r : Role.values()) {
                if (r.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }
}
