package id.kinerja;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a user runs it: the command line on a fresh data directory (which loads the
 * demo), the server on the same directory (health UP, the command line attached to its database),
 * and a restart that keeps the data without loading the demo twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KinerjaJarIT {

    private static Path dataDir;
    private static Path jar;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void setUp() throws IOException {
        jar = Path.of(System.getProperty("kinerja.jar", "target/kinerja.jar"));
        assertThat(jar).exists();
        dataDir = Path.of(System.getProperty("kinerja.it-dir", "target/it-data/manual")).toAbsolutePath();
        Files.createDirectories(dataDir);
    }

    @AfterAll
    static void tearDown() {
        // the embedded cluster of the last command has stopped with its JVM; data stays under target/
    }

    static Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("KINERJA_DATA_DIR", dataDir.toString());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("kinerja-out", ".txt");
        Path err = Files.createTempFile("kinerja-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("command finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    @Order(1)
    void scoreJsonOnAFreshDataDirectory() throws Exception {
        Run r = run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        String json = r.out();
        assertThat(json).startsWith("{");
        assertThat(json).contains("\"unit\" : \"KPP-KUPANG\"", "\"period\" : \"Y\"", "\"nko\" : 108.38",
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

        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "dua", "--period", "Y").exit()).isEqualTo(2);
        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y", "--format", "xml").exit())
                .isEqualTo(2);

        Run unknownUnit = run("score", "--unit", "KPP-ATLANTIS", "--year", "2024", "--period", "Y");
        assertThat(unknownUnit.exit()).isEqualTo(3);
        assertThat(unknownUnit.err()).contains("KPP-ATLANTIS");
        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "2019", "--period", "Y").exit()).isEqualTo(3);
        assertThat(run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Q5").exit()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void tableForAPerson() throws Exception {
        Run r = run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Q3", "--format", "table");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("KPP Pratama Kupang", "01a-CP", "10a-CP", "SS10");
    }

    @Test
    @Order(4)
    void serverIsHealthyAndKeepsItsDataAcrossRestarts() throws Exception {
        String firstLog = withServer(port -> {
            assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");
            // the command line attaches to the running server's database
            Run r = run("score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y", "--format", "json");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"nko\" : 108.38");
        });
        assertThat(firstLog).doesNotContain("Demo data set loaded"); // loaded by the first command already

        String secondLog = withServer(port -> assertThat(get(port, "/actuator/health")).contains("UP"));
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
        int line = 1 + (int) broken.substring(0, broken.indexOf("polarity: maximise")).chars().filter(c -> c == '\n').count();

        Run r = run(Map.of("KINERJA_FRAMEWORKS_DIR", dir.toString()),
                "score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("djp-kpp-pratama-2025.yaml:" + line + ":", "polarity", "maximise");
        assertThat(r.out()).isEmpty();
    }

    interface WhileRunning {
        void accept(int port) throws Exception;
    }

    private static String withServer(WhileRunning body) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("kinerja-server", ".log");
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar.toString(), "--server.port=" + port);
        pb.environment().put("KINERJA_DATA_DIR", dataDir.toString());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process server = pb.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (true) {
                assertThat(server.isAlive()).as("server running: " + Files.readString(log)).isTrue();
                try {
                    if (get(port, "/actuator/health").contains("UP")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                assertThat(Instant.now()).as("server up in time").isBefore(deadline);
                Thread.sleep(500);
            }
            body.accept(port);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        }
    }
}
