package id.kinerja.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code user add}: the same password policy and messages as the web and the API; {@code --no-api}, {@code --email}. */
@SpringBootTest
@AutoConfigureMockMvc
class UserCommandTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    AccountService accounts;

    record Result(int exit, String out, String err) {}

    Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = CommandLine.run(
                    context,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void userAddKeepsThePasswordPolicyLikeTheWebAndTheApi() {
        String name = "cli.uji" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Result weak = run(
                "demo\n",
                "user",
                "add",
                "--username",
                name,
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "VIEWER",
                "--password-stdin");
        assertThat(weak.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(weak.err()).contains("Kata sandi terlalu pendek: minimal 12 karakter.");
        Result common = run(
                "password1234\n",
                "user",
                "add",
                "--username",
                name,
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "VIEWER",
                "--password-stdin");
        assertThat(common.err()).contains("kata sandi yang umum dipakai");
        Result own = run(
                name + "-rahasia\n",
                "user",
                "add",
                "--username",
                name,
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "VIEWER",
                "--password-stdin");
        assertThat(own.err()).contains("Kata sandi tidak boleh memuat nama pengguna.");
        Result unknownUnit = run(
                "rahasia-sekali-cli\n",
                "user",
                "add",
                "--username",
                name,
                "--unit",
                "KPP-ANTAH",
                "--roles",
                "VIEWER",
                "--password-stdin");
        assertThat(unknownUnit.exit()).isEqualTo(CommandLine.NOT_FOUND);
        assertThat(accounts.findByUsername(name)).isEmpty();

        Result ok = run(
                "rahasia-sekali-cli\n",
                "user",
                "add",
                "--username",
                name,
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "VIEWER",
                "--email",
                "cli@pajak.go.id",
                "--no-api",
                "--password-stdin");
        assertThat(ok.exit()).as(ok.err()).isZero();
        Account a = accounts.findByUsername(name).orElseThrow();
        assertThat(a.apiAccess()).isFalse();
        assertThat(a.email()).isEqualTo("cli@pajak.go.id");
        assertThat(a.mustChangePassword()).isFalse();
    }
}
