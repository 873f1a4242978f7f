package id.kinerja.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class LakinDocumentTest {

    static final Path OUT = Path.of("target", "reports");

    @Autowired
    ReportService reports;
    @Autowired
    ReportRenderer renderer;

    @BeforeAll
    static void folder() throws IOException {
        Files.createDirectories(OUT);
    }

    @Test
    void writesTheFiles() throws Exception {
        ReportDocument d = reports.lakin("KPP-KUPANG", 2024);
        for (ReportFormat f : ReportFormat.values()) {
            long t = System.nanoTime();
            byte[] b = renderer.render(d, f);
            System.out.println("LAKIN " + f + " " + b.length + " bytes " + (System.nanoTime() - t) / 1_000_000 + " ms");
            Files.write(OUT.resolve(d.fileName(f)), b);
            assertThat(b).isNotEmpty();
        }
    }
}
