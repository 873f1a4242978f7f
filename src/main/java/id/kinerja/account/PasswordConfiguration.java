package id.kinerja.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, for the server and the command line ({@code user add}) alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** BCrypt by default ({bcrypt} prefix), so the algorithm can change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
