package id.kinerja.cli;

import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.cli.CommandLine.UsageException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code user add --username U --name "N" --unit CODE --roles R1,R2 [--iku 01a-CP,...] [--password-stdin]}:
 * creates an account (the only way to get one on an external database). The password is read from
 * standard input (first line) with {@code --password-stdin}, else asked for twice on the console.
 */
final class UserCommand implements CommandLine.Command {

    private final String username;
    private final String name;
    private final String unit;
    private final Set<Role> roles;
    private final Set<String> indicators;
    private final boolean passwordFromStdin;

    private UserCommand(
            String username,
            String name,
            String unit,
            Set<Role> roles,
            Set<String> indicators,
            boolean passwordFromStdin) {
        this.username = username;
        this.name = name;
        this.unit = unit;
        this.roles = roles;
        this.indicators = indicators;
        this.passwordFromStdin = passwordFromStdin;
    }

    static CommandLine.Command parse(String[] args) {
        if (args.length > 0 && args[0].equals("unlock")) {
            String who = Options.parse(Arrays.copyOfRange(args, 1, args.length), Set.of("username"))
                    .required("username");
            // an administrator on the server clears the sign-in delays of an account (every address)
            return (context, out, err) -> {
                int cleared =
                        context.getBean(id.kinerja.account.LoginThrottle.class).unlock(who);
                out.println("Penundaan masuk akun " + who + " dihapus (" + cleared + " alamat).");
                return CommandLine.OK;
            };
        }
        if (args.length == 0 || !args[0].equals("add")) {
            throw new UsageException("perintah user: gunakan 'user add ...' atau 'user unlock --username NAMA'");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        boolean stdin = Arrays.asList(rest).contains("--password-stdin");
        rest = Arrays.stream(rest).filter(a -> !a.equals("--password-stdin")).toArray(String[]::new);
        Options o = Options.parse(rest, Set.of("username", "name", "unit", "roles", "iku"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : o.required("roles").split(",")) {
            try {
                roles.add(Role.valueOf(r.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("peran tidak dikenal '" + r + "' (" + Arrays.toString(Role.values()) + ")");
            }
        }
        Set<String> iku = new LinkedHashSet<>();
        for (String code : o.optional("iku", "").split(",")) {
            if (!code.isBlank()) {
                iku.add(code.trim());
            }
        }
        return new UserCommand(
                o.required("username"),
                o.optional("name", o.required("username")),
                o.required("unit"),
                roles,
                iku,
                stdin);
    }

    @Override
    public int run(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        String password;
        try {
            password = readPassword();
        } catch (IOException | IllegalStateException e) {
            err.println("Kata sandi tidak dapat dibaca: " + e.getMessage());
            return CommandLine.USAGE;
        }
        try {
            Account a = context.getBean(AccountService.class)
                    .create(
                            username,
                            name,
                            password,
                            unit,
                            roles,
                            indicators,
                            "cli:" + System.getProperty("user.name"));
            out.println("Akun dibuat (account created): " + a.username() + " @ " + a.unitCode() + " " + a.roles()
                    + (a.indicatorCodes().isEmpty() ? "" : " IKU " + a.indicatorCodes()));
            return CommandLine.OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return e.getMessage().startsWith("Unit tidak dikenal") ? CommandLine.NOT_FOUND : CommandLine.USAGE;
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
