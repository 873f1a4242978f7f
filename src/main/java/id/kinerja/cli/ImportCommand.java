package id.kinerja.cli;

import id.kinerja.account.CurrentUser;
import id.kinerja.exchange.ImportActor;
import id.kinerja.exchange.ImportPlan;
import id.kinerja.exchange.ImportProblem;
import id.kinerja.exchange.ImportRejectedException;
import id.kinerja.exchange.ImportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import --file F.xlsx [--dry-run] [--user NAME] [--confirm-implausible]}: validates the workbook, prints
 * the plan, and (without {@code --dry-run}) applies it in one transaction; a plan with implausible realizations
 * ({@link ImportPlan#needsConfirmation()}) only with {@code --confirm-implausible}. Exit 0: applied or nothing to change; 4: rejected, every error
 * printed, nothing written; 2: bad usage. Without {@code --user} the operator acts as administrator and the audit
 * trail names {@code cli:<operating-system user>}; with it, that account's rights apply.
 */
@Command(
        name = "import",
        description = {
            "Memeriksa dan mengimpor buku kerja: rencana perubahan per sheet, lalu diterapkan",
            "dalam satu transaksi (tanpa --dry-run). Tanpa --user: sebagai administrator",
            "(jejak audit: cli:<pengguna sistem>). Kode keluar 4: ditolak, semua kesalahan dicetak.",
            "Realisasi tidak wajar (persen di atas 1.000, 100 kali periode sebelumnya) hanya",
            "diterapkan dengan --confirm-implausible."
        })
final class ImportCommand implements Callable<Integer> {

    static final int REJECTED = 4;

    @Option(names = "--file", required = true, paramLabel = "BERKAS.xlsx")
    Path file;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = "--user", paramLabel = "AKUN")
    String user;

    @Option(names = "--confirm-implausible")
    boolean confirm;

    @Spec
    CommandSpec spec;

    private UserDetailsService accounts;

    private ImportService imports;

    /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
    @Autowired
    void use(UserDetailsService accounts, ImportService imports) {
        this.accounts = accounts;
        this.imports = imports;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
                actor = ImportActor.of((CurrentUser) accounts.loadUserByUsername(user));
            } catch (UsernameNotFoundException e) {
                err.println("Akun tidak dikenal: " + user);
                return CommandLine.NOT_FOUND;
            }
        }
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
