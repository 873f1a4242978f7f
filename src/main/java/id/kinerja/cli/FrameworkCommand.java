package id.kinerja.cli;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.FrameworkValidationException;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.frameworkeditor.DraftCheck;
import id.kinerja.frameworkeditor.FrameworkDraft;
import id.kinerja.frameworkeditor.FrameworkDrafts;
import id.kinerja.web.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code framework list|copy|export|import|publish}: the frameworks (Manual IKU) from the server's shell, through the
 * same service as the web editor and the API ({@code FrameworkDrafts}); a write names the account whose rights apply
 * ({@code --user}, an HQ administrator) and is audited under it.
 */
@Command(
        name = "framework",
        subcommands = {
            FrameworkCommand.ListVersions.class,
            FrameworkCommand.Copy.class,
            FrameworkCommand.Export.class,
            FrameworkCommand.Import.class,
            FrameworkCommand.Publish.class
        })
final class FrameworkCommand implements CommandLine.Group {

    private static final String HOW = "perintah framework: gunakan 'framework list', 'framework copy ...',"
            + " 'framework export ...', 'framework import ...' atau 'framework publish ...'";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** Exit code of a refused write (a text with problems, a stale or published draft, no rights). */
    static final int REFUSED = 4;

    @Override
    public String missing() {
        return HOW;
    }

    @Override
    public String unknown(String argument) {
        return HOW;
    }

    /** The beans of the subcommands and how they answer a refusal. */
    abstract static class Base implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        FrameworkCatalog catalog;
        FrameworkDrafts drafts;
        UserDetailsService accounts;
        MessageSource messages;

        /** The beans it uses, set by {@link SpringCommandFactory} once the application has started. */
        @Autowired
        void use(
                FrameworkCatalog catalog, FrameworkDrafts drafts, UserDetailsService accounts, MessageSource messages) {
            this.catalog = catalog;
            this.drafts = drafts;
            this.accounts = accounts;
            this.messages = messages;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        @Override
        public final Integer call() {
            try {
                return run();
            } catch (UsernameNotFoundException e) {
                err().println("Akun tidak dikenal: " + e.getMessage());
                return CommandLine.NOT_FOUND;
            } catch (UserError e) {
                err().println(e.message(messages, INDONESIAN));
                return e.status() == HttpStatus.NOT_FOUND ? CommandLine.NOT_FOUND : REFUSED;
            } catch (FrameworkValidationException e) {
                err().println(e.getMessage());
                return REFUSED;
            } catch (AccessDeniedException e) {
                err().println("Ditolak: " + e.getMessage() + ".");
                return REFUSED;
            }
        }

        abstract int run();

        CurrentUser user(String username) {
            try {
                return (CurrentUser) accounts.loadUserByUsername(username);
            } catch (UsernameNotFoundException e) {
                throw new UsernameNotFoundException(username, e);
            }
        }

        void printDraft(DraftCheck c) {
            FrameworkDraft d = c.draft();
            out().println("Draf " + d.id() + ": " + d.code() + " tahun " + d.year() + " (revisi " + d.rowVersion()
                    + ")");
            if (c.problems().isEmpty()) {
                out().println("Tidak ada masalah; draf dapat diterbitkan (framework publish --draft " + d.id() + ").");
            } else {
                out().println(c.problems().size() + " masalah (draf tetap tersimpan, belum dapat diterbitkan):");
                for (FrameworkProblem p : c.problems()) {
                    out().println("  " + p);
                }
            }
        }
    }

    /** {@code framework list}: the published versions, then the drafts being edited (for an HQ administrator). */
    @Command(name = "list", description = "Daftar versi manual IKU yang tercatat (id, kode, tahun, versi, asal).")
    static final class ListVersions extends Base {

        @Option(names = "--user", paramLabel = "AKUN", description = "Administrator Kantor Pusat: tampilkan juga draf.")
        String user;

        @Override
        int run() {
            for (FrameworkVersion v : catalog.all()) {
                out().println(v.id() + "\t" + v.code() + "\t" + v.year() + "\tv" + v.version() + "\t" + v.origin()
                        + "\t" + (v.publishedBy() == null ? v.source() : v.publishedBy()));
            }
            if (user != null) {
                for (FrameworkDraft d : drafts.open(user(user))) {
                    out().println("draf " + d.id() + "\t" + d.code() + "\t" + d.year() + "\trevisi " + d.rowVersion()
                            + "\t" + d.updatedBy());
                }
            }
            return CommandLine.OK;
        }
    }

    /** {@code framework copy --from ID [--code C] [--year Y] [--name N] --user U}: a draft from a version. */
    @Command(
            name = "copy",
            description =
                    "Membuat draf dari versi terbit (mis. manual 2025 dari 2024); hanya kode, tahun, nama diganti.")
    static final class Copy extends Base {

        @Option(names = "--from", required = true, paramLabel = "ID-VERSI", order = 1)
        long from;

        @Option(names = "--user", required = true, paramLabel = "AKUN", order = 2)
        String user;

        @Option(names = "--code", paramLabel = "KODE", order = 3)
        String code;

        @Option(names = "--year", paramLabel = "TAHUN", order = 4)
        Integer year;

        @Option(names = "--name", paramLabel = "\"Nama\"", order = 5)
        String name;

        @Override
        int run() {
            CurrentUser me = user(user);
            FrameworkDraft d = drafts.copy(me, from, code, year, name);
            printDraft(drafts.check(me, d.id()));
            return CommandLine.OK;
        }
    }

    /** {@code framework export (--id ID | --draft ID --user U) [--out FILE]}: the YAML text, byte for byte. */
    @Command(
            name = "export",
            description =
                    "Menulis teks YAML versi terbit (--id) atau draf (--draft) ke --out atau ke keluaran standar.")
    static final class Export extends Base {

        @Option(names = "--id", paramLabel = "ID-VERSI", order = 1)
        Long id;

        @Option(names = "--draft", paramLabel = "ID-DRAF", order = 2)
        Long draft;

        @Option(names = "--user", paramLabel = "AKUN", order = 3)
        String user;

        @Option(names = "--out", paramLabel = "BERKAS", order = 4)
        Path file;

        @Override
        int run() {
            if ((id == null) == (draft == null)) {
                throw new CommandLine.UsageException("framework export: berikan --id atau --draft (salah satu)");
            }
            String text;
            if (id != null) {
                text = catalog.text(id)
                        .orElseThrow(() -> new UserError(HttpStatus.NOT_FOUND, "framework.editor.error.noVersion", id));
            } else {
                if (user == null) {
                    throw new CommandLine.UsageException("framework export --draft: opsi --user wajib diisi");
                }
                text = drafts.check(user(user), draft).draft().content();
            }
            if (file == null) {
                out().print(text);
                return CommandLine.OK;
            }
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err().println("Berkas tidak dapat ditulis: " + file + " (" + e.getMessage() + ")");
                return CommandLine.FAILED;
            }
            out().println("Ditulis: " + file);
            return CommandLine.OK;
        }
    }

    /** {@code framework import --file F --user U}: a new draft of the file's text, exactly as it is. */
    @Command(name = "import", description = "Mengimpor berkas YAML ke draf baru (disimpan persis), lalu memeriksanya.")
    static final class Import extends Base {

        @Option(names = "--file", required = true, paramLabel = "BERKAS", order = 1)
        Path file;

        @Option(names = "--user", required = true, paramLabel = "AKUN", order = 2)
        String user;

        @Override
        int run() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err().println("Berkas tidak dapat dibaca: " + file + " (" + e.getMessage() + ")");
                return CommandLine.NOT_FOUND;
            }
            printDraft(drafts.importText(user(user), text));
            return CommandLine.OK;
        }
    }

    /** {@code framework publish --draft ID --user U}: the draft as the next version of its code. */
    @Command(name = "publish", description = "Menerbitkan draf tanpa masalah sebagai versi baru yang tidak berubah.")
    static final class Publish extends Base {

        @Option(names = "--draft", required = true, paramLabel = "ID-DRAF", order = 1)
        long draft;

        @Option(names = "--user", required = true, paramLabel = "AKUN", order = 2)
        String user;

        @Override
        int run() {
            CurrentUser me = user(user);
            FrameworkDraft d = drafts.check(me, draft).draft();
            FrameworkVersion v = drafts.publish(me, draft, d.rowVersion());
            out().println("Diterbitkan: " + v.code() + " versi " + v.version() + " tahun " + v.year() + " (id " + v.id()
                    + ").");
            return CommandLine.OK;
        }
    }
}
