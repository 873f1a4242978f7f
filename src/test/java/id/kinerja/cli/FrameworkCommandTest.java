package id.kinerja.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code framework list|copy|export|import|publish} against the test's application context (as the jar runs it). */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkCommandTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    FrameworkCatalog catalog;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.run(
                context,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static long draftId(Run r) {
        Matcher m = Pattern.compile("Draf (\\d+):").matcher(r.out());
        assertThat(m.find()).as(r.out() + r.err()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void copyExportImportAndPublishFromTheShell(@TempDir Path dir) throws Exception {
        FrameworkVersion shipped = catalog.latest("djp-kpp-pratama-2024").orElseThrow();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);
        int year = ThreadLocalRandom.current().nextInt(2070, 2100);

        Run list = run("framework", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains(shipped.id() + "\tdjp-kpp-pratama-2024\t2024\tv" + shipped.version());

        // the shipped export is its file
        Path exported = dir.resolve("2024.yaml");
        assertThat(run("framework", "export", "--id", String.valueOf(shipped.id()), "--out", exported.toString())
                        .exit())
                .isZero();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("frameworks/djp-kpp-pratama-2024.yaml")) {
            assertThat(Files.readString(exported)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        // copy, then publish
        Run copy = run(
                "framework",
                "copy",
                "--from",
                String.valueOf(shipped.id()),
                "--code",
                "cli-" + tag,
                "--year",
                String.valueOf(year),
                "--user",
                "admin");
        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("Tidak ada masalah");
        long copied = draftId(copy);
        Run published = run("framework", "publish", "--draft", String.valueOf(copied), "--user", "admin");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains("Diterbitkan: cli-" + tag + " versi 1 tahun " + year);

        // import a changed file: stored as it is, its problems printed, refused to publish
        String file = Files.readString(exported)
                .replace("\nid: djp-kpp-pratama-2024\n", "\nid: cli-" + tag + "-b\n")
                .replace("\nyear: 2024\n", "\nyear: " + year + "\n")
                .replaceFirst("weight: 30", "weight: 31");
        Path changed = dir.resolve("changed.yaml");
        Files.writeString(changed, file);
        Run imported = run("framework", "import", "--file", changed.toString(), "--user", "admin");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("masalah").contains("perspectives");
        long importedId = draftId(imported);
        Run refused = run("framework", "publish", "--draft", String.valueOf(importedId), "--user", "admin");
        assertThat(refused.exit()).isEqualTo(FrameworkCommand.REFUSED);
        Path back = dir.resolve("back.yaml");
        assertThat(run(
                                "framework",
                                "export",
                                "--draft",
                                String.valueOf(importedId),
                                "--user",
                                "admin",
                                "--out",
                                back.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(back)).isEqualTo(file);

        // an office's account may not write
        Run denied = run(
                "framework",
                "copy",
                "--from",
                String.valueOf(shipped.id()),
                "--code",
                "cli-" + tag + "-c",
                "--user",
                "kupang.admin");
        assertThat(denied.exit()).isEqualTo(FrameworkCommand.REFUSED);
        assertThat(denied.err()).contains("administrator Kantor Pusat");
        assertThat(run("framework").exit()).isEqualTo(CommandLine.USAGE);
    }
}
