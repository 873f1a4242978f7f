package id.kinerja.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the default run: its cluster lives in {@code <data dir>/pg} and is kept
 * across restarts. When another Kinerja process (the server) already runs that cluster, this one
 * connects to it instead of starting a second server on the same files, so the command line reads
 * the same database as the running server.
 *
 * <p>It is meant for real use by a small office, so it is safe by default: the superuser {@code postgres} has a
 * generated password kept in {@code <data dir>/pg-password} (mode 0600) and {@code pg_hba.conf} asks every
 * connection for it (scram-sha-256); the server listens on loopback only and its Unix socket lives in the cluster
 * directory (mode 0700), not in /tmp; {@code fsync} and {@code synchronous_commit} are on, so what a user was told
 * is saved survives a crash. Only the tests turn durability off, explicitly ({@code kinerja.database.durable=false}).
 * On the very first start the cluster is created by the embedding library with {@code trust}; the password is set
 * and {@code pg_hba.conf} replaced before this method returns, while the server listens on loopback only.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** Every connection, local socket or loopback TCP, must give the password. */
    static final String PG_HBA = """
            # Written by Kinerja (EmbeddedDatabase): every connection needs the password in ../pg-password.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    /** Paths that can be handed to the server's command line as they are (no spaces or shell characters). */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9/._+-]+");

    private final Path clusterDir;
    private final EmbeddedPostgres owned;
    private final int port;
    private final String password;

    private EmbeddedDatabase(Path clusterDir, EmbeddedPostgres owned, int port, String password) {
        this.clusterDir = clusterDir;
        this.owned = owned;
        this.port = port;
        this.password = password;
    }

    /** Starts the durable cluster under {@code dataDir}, or attaches to the one already running there. */
    public static EmbeddedDatabase startOrAttach(Path dataDir) {
        return startOrAttach(dataDir, true);
    }

    /**
     * Starts the cluster under {@code dataDir}, or attaches to the one already running there. {@code durable} false
     * turns fsync and synchronous commit off: for tests only, where a lost commit on power loss does not matter.
     */
    public static EmbeddedDatabase startOrAttach(Path dataDir, boolean durable) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path clusterDir = root.resolve("pg");
        try {
            Files.createDirectories(clusterDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + clusterDir, e);
        }
        Path passwordFile = root.resolve("pg-password");
        boolean hadPassword = Files.exists(passwordFile);
        String password = password(passwordFile);
        Optional<Integer> running = runningPort(clusterDir);
        if (running.isPresent()) {
            log.info("Using the embedded PostgreSQL already running on port {} for {}", running.get(), clusterDir);
            return new EmbeddedDatabase(clusterDir, null, running.get(), password);
        }
        // a new cluster, or one made before the embedded server had a password: set it up after the start
        boolean fresh = !Files.exists(clusterDir.resolve("PG_VERSION")) || !hadPassword;
        try {
            if (!fresh) {
                writeHba(clusterDir);
            }
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // after the library's own "-F" (fsync off) on the command line, so these win
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff);
            String socketDir = clusterDir.toString();
            // the socket in the cluster directory (0700) instead of /tmp; a path the server's command line cannot
            // carry as it is gets no socket at all (TCP on loopback only)
            builder.setServerConfig(
                    "unix_socket_directories", PLAIN_PATH.matcher(socketDir).matches() ? socketDir : "");
            builder.setServerConfig("unix_socket_permissions", "0700");
            if (!fresh) {
                builder.setConnectConfig("password", password);
            }
            EmbeddedPostgres pg = builder.start();
            if (fresh) {
                secure(pg, clusterDir, password);
            }
            log.info(
                    "Embedded PostgreSQL started on port {} with its data in {} (password authentication, loopback only{})",
                    pg.getPort(),
                    clusterDir,
                    durable ? "" : ", NOT durable: fsync off");
            return new EmbeddedDatabase(clusterDir, pg, pg.getPort(), password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    /** First start: the library created the cluster with trust; give postgres its password, then require it. */
    private static void secure(EmbeddedPostgres pg, Path clusterDir, String password) throws IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            writeHba(clusterDir);
            st.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Cannot set the embedded PostgreSQL's password: " + e.getMessage(), e);
        }
    }

    private static void writeHba(Path clusterDir) throws IOException {
        Files.writeString(clusterDir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.US_ASCII);
    }

    /** The generated secret of the data directory, created once (mode 0600, only the owner may read it). */
    static String password(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                boolean posix =
                        file.getFileSystem().supportedFileAttributeViews().contains("posix");
                try {
                    if (posix) {
                        Files.createFile(
                                file,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(file);
                    }
                    Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another process of the same data directory created it first: read theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password " + file, e);
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

    /** The generated password of the data directory ({@code <data dir>/pg-password}). */
    public String password() {
        return password;
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
