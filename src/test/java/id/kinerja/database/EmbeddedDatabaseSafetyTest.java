package id.kinerja.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server of the default run is safe for real use: the settings are read back from the running server,
 * not from what we asked for.
 */
class EmbeddedDatabaseSafetyTest {

    @TempDir
    Path dataDir;

    @Test
    void theDefaultServerIsDurableAsksForItsPasswordAndListensOnLoopbackOnly() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(dataDir)) {
            Path secretFile = dataDir.resolve("pg-password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile)))
                    .isEqualTo("rw-------");
            assertThat(db.password())
                    .hasSizeGreaterThanOrEqualTo(32)
                    .isEqualTo(Files.readString(secretFile).trim());

            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement st = c.createStatement()) {
                assertThat(show(st, "fsync")).isEqualTo("on");
                assertThat(show(st, "synchronous_commit")).isEqualTo("on");
                assertThat(show(st, "full_page_writes")).isEqualTo("on");
                assertThat(show(st, "listen_addresses")).isEqualTo("localhost");
                assertThat(show(st, "unix_socket_directories"))
                        .isEqualTo(db.clusterDir().toString());
                assertThat(show(st, "unix_socket_permissions")).isEqualTo("0700");
                List<String> methods = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select distinct auth_method from pg_hba_file_rules")) {
                    while (rs.next()) {
                        methods.add(rs.getString(1));
                    }
                }
                assertThat(methods).containsExactly("scram-sha-256");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), "wrong")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl() + "?user=postgres")
                            .close())
                    .isInstanceOf(SQLException.class);
        }
        // a restart asks for the same password (the secret stays in the data directory)
        try (EmbeddedDatabase again = EmbeddedDatabase.startOrAttach(dataDir);
                Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password());
                Statement st = c.createStatement()) {
            assertThat(show(st, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void aClusterMadeBeforeThePasswordGetsOneOnItsNextStart() throws Exception {
        // as the embedded server of earlier versions left it: trust for everyone, no password file
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false)
                .start()) {
            assertThat(Files.readString(dataDir.resolve("pg/pg_hba.conf"))).contains("trust");
        }
        assertThat(dataDir.resolve("pg-password")).doesNotExist();
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), "wrong")
                            .close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.startOrAttach(dataDir);
                Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password())) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void onlyAnExplicitTestSettingTurnsDurabilityOff() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(dataDir, false);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement st = c.createStatement()) {
            assertThat(show(st, "fsync")).isEqualTo("off");
            assertThat(show(st, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String show(Statement st, String setting) throws SQLException {
        try (ResultSet rs = st.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
