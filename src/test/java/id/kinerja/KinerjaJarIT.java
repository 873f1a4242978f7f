package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Run;
import id.kinerja.support.KinerjaProcess.Server;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar as a user runs it: the command line on a fresh data directory (which loads the
 * demo), the server on the same directory (health UP, the command line attached to its database),
 * and a restart that keeps the data without loading the demo twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KinerjaJarIT {

    private static Path dataDir;

    @BeforeAll
    static void setUp() throws IOException {
        dataDir = KinerjaProcess.dataDir("jar");
    }

    static Run run(String... args) throws Exception {
        return KinerjaProcess.run(dataDir, Map.of(), args);
    }

    static Run run(Map<String, String> env, String... args) throws Exception {
        return KinerjaProcess.run(dataDir, env, args);
    }

    @Test
    @Order(1)
    void scoreJsonOnAFreshDataDirectory() throws Exception {
        Run r = run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        String json = r.out();
        assertThat(json).startsWith("{");
        assertThat(json)
                .contains(
                        "\"unit\" : \"KPP-KUPANG\"",
                        "\"period\" : \"Y\"",
                        "\"nko\" : 108.38",
                        "\"predicate\" : \"Istimewa\"");
        assertThat(json).containsPattern("\"code\" : \"SS1\",\\s*\"name\" : \"[^\"]+\",\\s*\"index\" : 99.07");
        assertThat(json).containsPattern("\"code\" : \"SS7\",\\s*\"name\" : \"[^\"]+\",\\s*\"index\" : 112.69");
        assertThat(json).containsPattern("\"code\" : \"SS9\",\\s*\"name\" : \"[^\"]+\",\\s*\"index\" : 107.49");
        assertThat(json.split("\"colour\"", -1)).hasSize(21);
    }

    @Test
    @Order(2)
    void badUsageAndUnknownThings() throws Exception {
        Run missing = run("score", "--year", "2024", "--period", "Y");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--unit", "Penggunaan");
        assertThat(missing.out()).isEmpty();

        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "dua", "--period", "Y")
                        .exit())
                .isEqualTo(2);
        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y", "--format", "xml")
                        .exit())
                .isEqualTo(2);

        Run unknownUnit = run("score", "--unit", "KPP-ATLANTIS", "--year", "2024", "--period", "Y");
        assertThat(unknownUnit.exit()).isEqualTo(3);
        assertThat(unknownUnit.err()).contains("KPP-ATLANTIS");
        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "2019", "--period", "Y")
                        .exit())
                .isEqualTo(3);
        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Q5")
                        .exit())
                .isEqualTo(3);
    }

    @Test
    @Order(3)
    void tableForAPerson() throws Exception {
        Run r = run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Q3", "--format", "table");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("KPP Pratama Kupang", "01a-CP", "10a-CP", "SS10", "Lembar NKO, periode Triwulan III")
                .doesNotContain("(NKO sheet)");
    }

    @Test
    @Order(3)
    void reportCommandWritesTheDocuments() throws Exception {
        Path pdf = dataDir.resolve("out/nko-q3.pdf");
        Run r = run(
                "report",
                "nko",
                "--unit",
                "KPP-KUPANG",
                "--year",
                "2024",
                "--period",
                "Q3",
                "--format",
                "pdf",
                "--out",
                pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        Path docx = dataDir.resolve("pk.docx");
        assertThat(run(
                                "report",
                                "pk",
                                "--unit",
                                "KPP-KUPANG",
                                "--year",
                                "2024",
                                "--format",
                                "docx",
                                "--out",
                                docx.toString())
                        .exit())
                .isZero();
        assertThat(Files.readAllBytes(docx)).startsWith(new byte[] {'P', 'K', 3, 4});

        Path lakin = dataDir.resolve("out/lakin.pdf");
        Run lakinRun = run(
                "report",
                "lakin",
                "--unit",
                "KPP-KUPANG",
                "--year",
                "2024",
                "--format",
                "pdf",
                "--out",
                lakin.toString());
        assertThat(lakinRun.exit()).as(lakinRun.err()).isZero();
        assertThat(lakinRun.out()).contains("Laporan Kinerja KPP Pratama Kupang Tahun 2024");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(lakin.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("LAPORAN KINERJA").contains("108,38").contains("BAB IV");
        }
        Path lakinDocx = dataDir.resolve("out/lakin.docx");
        assertThat(run(
                                "report",
                                "lakin",
                                "--unit",
                                "KPP-KUPANG",
                                "--year",
                                "2024",
                                "--format",
                                "docx",
                                "--out",
                                lakinDocx.toString())
                        .exit())
                .isZero();
        assertThat(Files.readAllBytes(lakinDocx)).startsWith(new byte[] {'P', 'K', 3, 4});
        assertThat(run(
                                "report",
                                "lakin",
                                "--unit",
                                "KPP-TIDAK-ADA",
                                "--year",
                                "2024",
                                "--format",
                                "pdf",
                                "--out",
                                "x.pdf")
                        .exit())
                .isNotZero();
        assertThat(run(
                                "report",
                                "pk",
                                "--unit",
                                "KPP-KUPANG",
                                "--year",
                                "2024",
                                "--period",
                                "Q3",
                                "--format",
                                "pdf",
                                "--out",
                                "x.pdf")
                        .exit())
                .isEqualTo(2);
        assertThat(run("report", "nko", "--unit", "KPP-KUPANG", "--year", "2024", "--format", "odt", "--out", "x.odt")
                        .exit())
                .isEqualTo(2);
        assertThat(run(
                                "report",
                                "nko",
                                "--unit",
                                "KPP-ATLANTIS",
                                "--year",
                                "2024",
                                "--format",
                                "pdf",
                                "--out",
                                dataDir.resolve("a.pdf").toString())
                        .exit())
                .isEqualTo(3);
        assertThat(run(
                                "report",
                                "nko",
                                "--unit",
                                "KPP-KUPANG",
                                "--year",
                                "2024",
                                "--period",
                                "Q5",
                                "--format",
                                "pdf",
                                "--out",
                                dataDir.resolve("a.pdf").toString())
                        .exit())
                .isEqualTo(3);
    }

    @Test
    @Order(4)
    void serverIsHealthyAndKeepsItsDataAcrossRestarts() throws Exception {
        String firstLog = withServer(server -> {
            assertThat(server.get("/actuator/health")).contains("\"status\":\"UP\"");
            // the command line attaches to the running server's database
            Run r = run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y", "--format", "json");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"nko\" : 108.38");
        });
        assertThat(firstLog).doesNotContain("Demo data set loaded"); // loaded by the first command already

        String secondLog =
                withServer(server -> assertThat(server.get("/actuator/health")).contains("UP"));
        assertThat(secondLog).doesNotContain("Demo data set loaded");
        Run after = run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y", "--format", "json");
        assertThat(after.out()).contains("\"nko\" : 108.38");
    }

    @Test
    @Order(5)
    void aBrokenFrameworkFileStopsTheStartNamingThePlace() throws Exception {
        Path dir = Files.createTempDirectory("kinerja-frameworks");
        String shipped;
        try (var in = KinerjaJarIT.class.getClassLoader().getResourceAsStream("frameworks/djp-kpp-pratama-2024.yaml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a 2025 file (a new code, so no clash) with a typo in one polarity
        String broken = shipped.replace("djp-kpp-pratama-2024", "djp-kpp-pratama-2025")
                .replaceFirst("polarity: maximize", "polarity: maximise");
        Files.writeString(dir.resolve("djp-kpp-pratama-2025.yaml"), broken);
        int line = 1
                + (int) broken.substring(0, broken.indexOf("polarity: maximise"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();

        Run r = run(
                Map.of("KINERJA_FRAMEWORKS_DIR", dir.toString()),
                "score",
                "--unit",
                "KPP-KUPANG",
                "--year",
                "2024",
                "--period",
                "Y");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("djp-kpp-pratama-2025.yaml:" + line + ":", "polarity", "maximise");
        assertThat(r.out()).isEmpty();
    }

    interface WhileRunning {
        void accept(Server server) throws Exception;
    }

    private static String withServer(WhileRunning body) throws Exception {
        try (Server server = KinerjaProcess.startServer(dataDir)) {
            body.accept(server);
            server.close();
            return server.log();
        }
    }
}
