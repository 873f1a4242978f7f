package id.kinerja.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.KinerjaApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code export} and {@code import} run against the test's application context (same code path as the jar). */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeCommandsTest {

    @Autowired
    ConfigurableApplicationContext context;

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

    @Test
    void exportOfKupangThenDryRunReportsNothingToChange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kupang.xlsx");
        Run export = run(new String[] {"export", "--unit", "KPP-KUPANG", "--year", "2024", "--out", file.toString()});
        assertThat(export.exit()).isZero();
        assertThat(Files.size(file)).isPositive();
        Run dry = run(new String[] {"import", "--file", file.toString(), "--dry-run"});
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Tidak ada perubahan").contains("tidak ada yang perlu diubah");
        Run real = run(new String[] {"import", "--file", file.toString(), "--user", "kupang.admin"});
        assertThat(real.exit()).isZero();
        assertThat(real.out()).contains("Tidak ada perubahan");
    }

    @Test
    void aRejectedFileExitsWithFourAndPrintsEveryError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bukan.xlsx");
        Files.writeString(file, "ini bukan excel");
        Run r = run(new String[] {"import", "--file", file.toString(), "--dry-run"});
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("Impor ditolak").contains("bukan berkas Excel");
    }

    @Test
    void badUsageExitsWithTwoWithoutStartingTheApplication() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(CommandLine.run(KinerjaApplication.class, new String[] {"import"}, System.out, e))
                .isEqualTo(2);
        assertThat(CommandLine.run(
                        KinerjaApplication.class,
                        new String[] {"export", "--unit", "X", "--year", "dua"},
                        System.out,
                        e))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--file wajib diisi");
    }
}
