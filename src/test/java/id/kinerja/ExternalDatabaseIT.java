package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Run;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production mode: the jar pointed at a PostgreSQL server of its own (here a separate server started
 * by the test) with SPRING_DATASOURCE_URL. No embedded server is started, the schema comes from the
 * same migrations, no demo and no account exist until asked for.
 */
class ExternalDatabaseIT {

    static EmbeddedPostgres external;
    static Path dataDir;

    @BeforeAll
    static void startExternalServer() throws Exception {
        external = EmbeddedPostgres.builder().start();
        dataDir = KinerjaProcess.dataDir("external");
    }

    @AfterAll
    static void stop() throws Exception {
        if (external != null) {
            external.close();
        }
    }

    static Map<String, String> env(String... extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "unused"));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    @Test
    void theSameJarRunsOnAnExternalDatabase() throws Exception {
        // migrated, but empty: no demo on an external database by default
        Run empty =
                KinerjaProcess.run(dataDir, env(), "score", "--unit", "KPP-KUPANG", "--year", "2024", "--period", "Y");
        assertThat(empty.exit()).as(empty.err()).isEqualTo(3);
        assertThat(empty.err()).contains("KPP-KUPANG");
        assertThat(Files.exists(dataDir.resolve("pg")))
                .as("no embedded cluster created")
                .isFalse();

        // the demo only when asked for
        Run demo = KinerjaProcess.run(
                dataDir,
                env("KINERJA_DEMO", "true"),
                "score",
                "--unit",
                "KPP-KUPANG",
                "--year",
                "2024",
                "--period",
                "Y",
                "--format",
                "json");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("\"nko\" : 108.38");

        // an account is created by the command line
        Run add = KinerjaProcess.runWithInput(
                dataDir,
                env(),
                "rahasia-sekali\n",
                "user",
                "add",
                "--username",
                "kupang.operator",
                "--name",
                "Operator Kupang",
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "PIC,VIEWER",
                "--iku",
                "01a-CP,02a-CP",
                "--password-stdin");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("kupang.operator", "KPP-KUPANG");

        Run again = KinerjaProcess.runWithInput(
                dataDir,
                env(),
                "rahasia-sekali\n",
                "user",
                "add",
                "--username",
                "kupang.operator",
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "VIEWER",
                "--password-stdin");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("sudah dipakai");

        Run badRole = KinerjaProcess.run(
                dataDir,
                env(),
                "user",
                "add",
                "--username",
                "x.y",
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "KING",
                "--password-stdin");
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("KING");
    }
}
