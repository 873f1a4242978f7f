package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} / \"{1}\" -> {2}")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            nullValues = "NULL",
            value = {
                "kupang.pic|demo|account.password.short",
                "kupang.pic|1111|account.password.short",
                "kupang.pic|    |account.password.short",
                "kupang.pic|rahasia-uji|account.password.short",
                "kupang.pic|111111111111|account.password.trivial",
                "kupang.pic|kupang.pic-2024|account.password.username",
                "kupang.pic|KUPANG.PIC.rahasia|account.password.username",
                "kupang.pic|Password1234|account.password.common",
                "kupang.pic|123456789012|account.password.common",
                "kupang.pic|Bismillah123|account.password.common",
                "kupang.pic|rahasia-uji-kinerja|NULL",
                "kupang.pic|Gunung Mutis 2427 m|NULL",
            })
    void everyRuleIsNamed(String username, String password, String expected) {
        assertThat(policy.problem(username, password).orElse(null)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aNullOrOverlongPasswordIsRefused() {
        assertThat(policy.problem("x", null)).contains("account.password.short");
        assertThat(policy.problem("x", " ".repeat(12))).contains("account.password.trivial");
        assertThat(policy.problem("x", "\t".repeat(20))).contains("account.password.trivial");
        assertThat(policy.problem("x", "a1".repeat(65))).contains("account.password.long");
    }
}
