package id.kinerja.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, for the server and the command line ({@code user add}) alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * BCrypt by default ({bcrypt} prefix), so the algorithm can change later without a migration. New hashes use
     * {@code kinerja.security.bcrypt-strength} log rounds (10, BCrypt's default); a stored hash is checked with the
     * rounds written in it, so a hash made with other rounds still matches. Only the tests lower the rounds (4,
     * pom.xml): every test account would otherwise cost a quarter of a second of hashing or more. Hashes of other
     * algorithms ({noop}, {pbkdf2}, ...) are checked as Spring Security's default encoder checks them.
     */
    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties settings) {
        int strength = settings.bcryptStrength();
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
