package id.kinerja.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Single sign-on with OpenID Connect, only when {@code kinerja.sso.issuer-uri} is set ({@link SsoProperties}): the
 * provider's configuration is read from the issuer at start (a provider that does not answer stops the start), and
 * the web chain ({@link SecurityConfiguration}) adds the OIDC login beside the form: {@code /oauth2/authorization/sso}
 * sends the browser to the provider, {@code /login/oauth2/code/sso} takes it back, {@link SsoUserService} turns the
 * claims into the Kinerja account, and {@link SsoSignIn} makes the session's principal that account's
 * {@link CurrentUser}, as after the form.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "kinerja.sso", name = "issuer-uri")
class SsoConfiguration {

    static final String REGISTRATION = "sso";

    @Bean
    ClientRegistrationRepository ssoClientRegistrations(SsoProperties sso) {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(sso.clientId())
                .scope("openid", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        if (sso.clientSecret().isBlank()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(sso.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        }
        return new InMemoryClientRegistrationRepository(builder.build());
    }

    @Bean
    SsoUserService ssoUserService(SsoProperties sso, AccountService accounts) {
        return new SsoUserService(sso, accounts);
    }
}
