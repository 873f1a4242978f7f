package id.kinerja.support;

import static org.awaitility.Awaitility.await;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged jar ({@code target/kinerja.jar}) run as a user runs it: a command that ends with an exit
 * code, or the server on a free port until closed. Each gets the data directory it is given.
 */
public final class KinerjaProcess {

    private KinerjaProcess() {}

    /** What a finished command printed and returned. */
    public record Run(int exit, String out, String err) {}

    public static Path jar() {
        Path jar = Path.of(System.getProperty("kinerja.jar", "target/kinerja.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first (mvn package): " + jar.toAbsolutePath());
        }
        return jar;
    }

    /** A fresh data directory under the failsafe run's directory. */
    public static Path dataDir(String name) throws IOException {
        Path dir = Path.of(System.getProperty("kinerja.it-dir", "target/it-data/manual"))
                .resolve(name)
                .toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    public static Run run(Path dataDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return runWithInput(dataDir, env, "", args);
    }

    /** Runs a command with {@code input} on its standard input. */
    public static Run runWithInput(Path dataDir, Map<String, String> env, String input, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("KINERJA_DATA_DIR", dataDir.toString());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("kinerja-out", ".txt");
        Path err = Files.createTempFile("kinerja-err", ".txt");
        Path in = Files.createTempFile("kinerja-in", ".txt");
        Files.writeString(in, input);
        pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("command did not finish: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Starts the server on a free port and waits until /actuator/health is UP. */
    public static Server startServer(Path dataDir) throws Exception {
        return startServer(dataDir, new String[0]);
    }

    /** The packaged server on its own port and data directory, with more command-line settings ({@code --a=b}). */
    public static Server startServer(Path dataDir, String... extraArgs) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("kinerja-server", ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString(), "--server.port=" + port));
        command.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("KINERJA_DATA_DIR", dataDir.toString());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = pb.start();
        Server server = new Server(process, port, log);
        try {
            // a stopped process ends the wait at once with its log (the exception leaves the condition as it is)
            await("server up")
                    .atMost(Duration.ofMinutes(3))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("server stopped: " + server.log());
                        }
                        try {
                            return server.get("/actuator/health").contains("UP");
                        } catch (IOException notYet) {
                            return false; // not listening yet
                        }
                    });
        } catch (ConditionTimeoutException notInTime) {
            server.close();
            throw new IllegalStateException("server not up in time: " + server.log());
        }
        return server;
    }

    /** A running server; closing it stops it (and its embedded database) like Ctrl-C. */
    public record Server(Process process, int port, Path logFile) implements AutoCloseable {

        public String url(String path) {
            return "http://localhost:" + port + path;
        }

        public String get(String path) throws IOException, InterruptedException {
            try (HttpClient client = HttpClient.newHttpClient()) {
                return client.send(
                                HttpRequest.newBuilder(URI.create(url(path)))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            }
        }

        public String log() throws IOException {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
