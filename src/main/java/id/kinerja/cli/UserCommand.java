package id.kinerja.cli;

import id.kinerja.account.Account;
import id.kinerja.account.AccountForm;
import id.kinerja.account.AccountRefusedException;
import id.kinerja.account.AccountService;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code user unlock} and {@code user add}: the accounts an administrator manages from the server's shell. */
@Command(
        name = "user",
        subcommands = {UserCommand.Unlock.class, UserCommand.Add.class})
final class UserCommand implements CommandLine.Group {

    private static final String HOW = "perintah user: gunakan 'user add ...' atau 'user unlock --username NAMA'";

    @Override
    public String missing() {
        return HOW;
    }

    @Override
    public String unknown(String argument) {
        return HOW;
    }

    /** {@code user unlock --username U}: clears the sign-in delays of an account (every address). */
    @Command(
            name = "unlock",
            description =
                    "Menghapus penundaan masuk akun itu (setelah terlalu banyak kata sandi salah), dari semua alamat.")
    static final class Unlock implements Callable<Integer> {

        @Option(names = "--username", required = true, paramLabel = "NAMA")
        String username;

        @Spec
        CommandSpec spec;

        private AccountService accounts;

        /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
        @Autowired
        void use(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            int cleared = accounts.unlockFromShell(username, "cli:" + System.getProperty("user.name"));
            spec.commandLine()
                    .getOut()
                    .println("Penundaan masuk akun " + username + " dihapus (" + cleared + " alamat).");
            return CommandLine.OK;
        }
    }

    /**
     * {@code user add --username U --name "N" --unit CODE --roles R1,R2 [--iku 01a-CP,...] [--email E] [--no-api]
     * [--password-stdin]}: creates an account (the first administrator of an external database; the others are made
     * on the web page {@code /admin/accounts} or with {@code /api/v1/users}), through {@link AccountService} with the
     * same password policy and messages. The password is read from standard input (first line) with
     * {@code --password-stdin}, else asked for twice on the console.
     */
    @Command(
            name = "add",
            description = {
                "Membuat akun. PERAN: ADMINISTRATOR HEAD PERFORMANCE_ADMIN PIC REVIEWER VIEWER.",
                "Kata sandi dibaca dari stdin (--password-stdin) atau ditanyakan di konsol."
            })
    static final class Add implements Callable<Integer> {

        @Option(names = "--username", required = true, paramLabel = "NAMA", order = 1)
        String username;

        @Option(names = "--unit", required = true, paramLabel = "KODE", order = 2)
        String unit;

        @Option(
                names = "--roles",
                required = true,
                paramLabel = "PERAN[,PERAN]",
                converter = Converters.Roles.class,
                order = 3)
        Converters.Roles.Set roles;

        @Option(names = "--name", paramLabel = "\"Nama Lengkap\"", order = 4)
        String name;

        @Option(names = "--iku", paramLabel = "IKU[,IKU]", order = 5)
        String indicators = "";

        @Option(names = "--password-stdin", order = 6)
        boolean passwordFromStdin;

        @Option(names = "--email", paramLabel = "ALAMAT", order = 7)
        String email;

        @Option(
                names = "--api",
                negatable = true,
                defaultValue = "true",
                fallbackValue = "true",
                order = 8,
                description = "Boleh memakai REST API (bawaan: ya; --no-api: tidak).")
        boolean api;

        @Spec
        CommandSpec spec;

        private AccountService accounts;

        /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
        @Autowired
        void use(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String password;
            try {
                password = readPassword();
            } catch (IOException | IllegalStateException e) {
                err.println("Kata sandi tidak dapat dibaca: " + e.getMessage());
                return CommandLine.USAGE;
            }
            Set<String> iku = new LinkedHashSet<>();
            for (String code : indicators.split(",")) {
                if (!code.isBlank()) {
                    iku.add(code.trim());
                }
            }
            try {
                Account a = accounts.create(
                        new AccountForm(username, name == null ? username : name, email, unit, roles.roles(), iku, api),
                        password,
                        "cli:" + System.getProperty("user.name"));
                out.println("Akun dibuat (account created): " + a.username() + " @ " + a.unitCode() + " " + a.roles()
                        + (a.indicatorCodes().isEmpty() ? "" : " IKU " + a.indicatorCodes()));
                return CommandLine.OK;
            } catch (AccountRefusedException e) {
                err.println(e.getMessage());
                return e.status() == 404 ? CommandLine.NOT_FOUND : CommandLine.USAGE;
            }
        }

        private String readPassword() throws IOException {
            if (passwordFromStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalStateException("standard input is empty");
                }
                return line;
            }
            Console console = System.console();
            if (console == null) {
                throw new IllegalStateException("no console: use --password-stdin");
            }
            String first = new String(console.readPassword("Kata sandi: "));
            String second = new String(console.readPassword("Ulangi kata sandi: "));
            if (!first.equals(second)) {
                throw new IllegalStateException("the two passwords differ");
            }
            return first;
        }
    }
}
