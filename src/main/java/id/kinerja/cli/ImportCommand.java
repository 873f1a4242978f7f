package id.kinerja.cli;

import id.kinerja.account.CurrentUser;
import id.kinerja.exchange.ImportActor;
import id.kinerja.exchange.ImportPlan;
import id.kinerja.exchange.ImportProblem;
import id.kinerja.exchange.ImportRejectedException;
import id.kinerja.exchange.ImportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * {@code import --file F.xlsx [--dry-run] [--user NAME] [--confirm-implausible]}: validates the workbook, prints
 * the plan, and (without {@code --dry-run}) applies it in one transaction; a plan with implausible realizations
 * ({@link ImportPlan#needsConfirmation()}) only with {@code --confirm-implausible}. Exit 0: applied or nothing to change; 4: rejected, every error
 * printed, nothing written; 2: bad usage. Without {@code --user} the operator acts as administrator and the audit
 * trail names {@code cli:<operating-system user>}; with it, that account's rights apply.
 */
final class ImportCommand implements CommandLine.Command {

    static final int REJECTED = 4;

    private final Path file;
    private final boolean dryRun;
    private final boolean confirm;
    private final String user;

    private ImportCommand(Path file, boolean dryRun, String user, boolean confirm) {
        this.file = file;
        this.dryRun = dryRun;
        this.user = user;
        this.confirm = confirm;
    }

    static ImportCommand parse(String[] args) {
        boolean dryRun = Arrays.asList(args).contains("--dry-run");
        boolean confirm = Arrays.asList(args).contains("--confirm-implausible");
        String[] rest = Arrays.stream(args)
                .filter(a -> !a.equals("--dry-run") && !a.equals("--confirm-implausible"))
                .toArray(String[]::new);
        Options o = Options.parse(rest, Set.of("file", "user"));
        return new ImportCommand(Path.of(o.required("file")), dryRun, o.optional("user", null), confirm);
    }

    @Override
    public int run(ConfigurableApplicationContext context, PrintStream stdout, PrintStream err) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(11 * 1024 * 1024);
        } catch (IOException e) {
            err.println("Berkas tidak dapat dibaca: " + file + " (" + e.getMessage() + ")");
            return CommandLine.NOT_FOUND;
        }
        ImportActor actor;
        if (user == null) {
            actor = ImportActor.commandLine();
        } else {
            try {
                actor = ImportActor.of(
                        (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername(user));
            } catch (UsernameNotFoundException e) {
                err.println("Akun tidak dikenal: " + user);
                return CommandLine.NOT_FOUND;
            }
        }
        ImportService imports = context.getBean(ImportService.class);
        try {
            String name = file.getFileName().toString();
            ImportPlan plan =
                    dryRun ? imports.plan(bytes, name, actor) : imports.importNow(bytes, name, actor, confirm);
            stdout.print(imports.summary(plan));
            if (dryRun) {
                stdout.println(
                        plan.nothingToChange()
                                ? "Uji coba (--dry-run): tidak ada yang perlu diubah."
                                : "Uji coba (--dry-run): belum ada yang disimpan.");
            } else if (!plan.nothingToChange()) {
                stdout.println("Diterapkan oleh " + actor.username() + ": " + plan.added() + " baris baru, "
                        + plan.changed() + " baris berubah.");
            }
            return CommandLine.OK;
        } catch (ImportRejectedException e) {
            err.println(
                    "Impor ditolak, tidak ada yang disimpan (" + e.problems().size() + " kesalahan):");
            for (ImportProblem p : e.problems()) {
                err.println("  " + p.text());
            }
            return REJECTED;
        }
    }
}
