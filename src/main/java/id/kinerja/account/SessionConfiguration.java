package id.kinerja.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.server.Cookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC, tables {@code spring_session} and {@code spring_session_attributes}
 * from Flyway V62): a session made on one node is valid on every other, and a restart signs nobody out. The timeout is
 * {@code server.servlet.session.timeout}; the session cookie follows {@code server.servlet.session.cookie.*} (name,
 * HttpOnly, SameSite, Secure) on the packaged server and in the tests alike: Boot applies those settings only when it
 * starts an embedded server, so they are applied here once more (Secure, when not set, follows the request: https
 * behind a proxy with {@code server.forward-headers-strategy=native}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionConfiguration {

    @Bean
    DefaultCookieSerializerCustomizer sessionCookieSettings(Environment environment) {
        Cookie cookie = Binder.get(environment).bindOrCreate("server.servlet.session.cookie", Cookie.class);
        return serializer -> {
            if (cookie.getName() != null) {
                serializer.setCookieName(cookie.getName());
            }
            if (cookie.getHttpOnly() != null) {
                serializer.setUseHttpOnlyCookie(cookie.getHttpOnly());
            }
            if (cookie.getSecure() != null) {
                serializer.setUseSecureCookie(cookie.getSecure());
            }
            if (cookie.getSameSite() != null) {
                serializer.setSameSite(cookie.getSameSite().attributeValue());
            }
        };
    }
}
