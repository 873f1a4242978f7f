package id.kinerja.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password hashing ({@code kinerja.security.*}, see {@link PasswordConfiguration}).
 *
 * @param bcryptStrength the BCrypt log rounds of new hashes (10, BCrypt's default; only the tests lower it to 4)
 */
@ConfigurationProperties("kinerja.security")
@Validated
public record SecurityProperties(
        @DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {}
