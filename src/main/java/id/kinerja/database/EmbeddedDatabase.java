package id.kinerja.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL of the default run: its cluster lives in {@code <data dir>/pg} and is kept
 * across restarts. When another Kinerja process (the server) already runs that cluster, this one
 * connects to it instead of starting a second server on the same files, so the command line reads
 * the same database as the running server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path clusterDir;
    private final EmbeddedPostgres owned;
    private final int port;

    private EmbeddedDatabase(Path clusterDir, EmbeddedPostgres owned, int port) {
        this.clusterDir = clusterDir;
        this.owned = owned;
        this.port = port;
    }

    /** Starts the cluster under {@code dataDir}, or attaches to the one already running there. */
    public static EmbeddedDatabase startOrAttach(Path dataDir) {
        Path clusterDir = dataDir.toAbsolutePath().normalize().resolve("pg");
        try {
            Files.createDirectories(clusterDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + clusterDir, e);
        }
        Optional<Integer> running = runningPort(clusterDir);
        if (running.isPresent()) {
            log.info("Using the embedded PostgreSQL already running on port {} for {}", running.get(), clusterDir);
            return new EmbeddedDatabase(clusterDir, null, running.get());
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with its data in {}", pg.getPort(), clusterDir);
            return new EmbeddedDatabase(clusterDir, pg, pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    /**
     * PostgreSQL writes {@code postmaster.pid} into its cluster while it runs; line 1 is the pid,
     * line 4 the port. A stale file (process gone) means nothing is running.
     */
    static Optional<Integer> runningPort(Path clusterDir) {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public Path clusterDir() {
        return clusterDir;
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }
}
