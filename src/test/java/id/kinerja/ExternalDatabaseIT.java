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

    /**
     * Two nodes on one database (sessions in PostgreSQL, Spring Session JDBC): signed in on the first, the same cookie
     * is signed in on the second; signed out on the second, the first no longer knows the session either.
     */
    @Test
    void aSessionMadeOnOneNodeIsValidOnTheOther() throws Exception {
        try (var c = external.getPostgresDatabase().getConnection();
                var st = c.createStatement()) {
            st.execute("create database nodes");
        }
        // the demo's units and an account of its own (the demo's accounts have no known password on an external
        // database)
        Map<String, String> nodes = env(
                "SPRING_DATASOURCE_URL",
                "jdbc:postgresql://localhost:" + external.getPort() + "/nodes",
                "KINERJA_DEMO",
                "true");
        Run add = KinerjaProcess.runWithInput(
                dataDir,
                nodes,
                "sandi-dua-node-kupang\n",
                "user",
                "add",
                "--username",
                "kupang.node",
                "--name",
                "Dua Node",
                "--unit",
                "KPP-KUPANG",
                "--roles",
                "VIEWER",
                "--password-stdin");
        assertThat(add.exit()).as(add.err()).isZero();
        String[] database = {
            "--spring.datasource.url=jdbc:postgresql://localhost:" + external.getPort() + "/nodes",
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=unused"
        };
        try (KinerjaProcess.Server first = KinerjaProcess.startServer(KinerjaProcess.dataDir("node-1"), database);
                KinerjaProcess.Server second = KinerjaProcess.startServer(KinerjaProcess.dataDir("node-2"), database)) {
            // one browser: the cookie of localhost goes to both ports, as to two nodes behind one address
            java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                    .build();
            String login = send(browser, get(first.url("/login"))).body();
            String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            var signedIn = send(
                    browser,
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(first.url("/login")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "username=kupang.node&password=sandi-dua-node-kupang&_csrf=" + csrf))
                            .build());
            assertThat(signedIn.uri().getPath()).isEqualTo("/tasks");

            var onTheOther = send(browser, get(second.url("/tasks")));
            assertThat(onTheOther.statusCode()).isEqualTo(200);
            assertThat(onTheOther.uri().getPath()).isEqualTo("/tasks");
            assertThat(onTheOther.body()).contains("Dua Node · KPP-KUPANG");

            String page = onTheOther.body();
            String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            send(
                    browser,
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(second.url("/logout")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + token))
                            .build());
            assertThat(send(browser, get(first.url("/tasks"))).uri().getPath()).isEqualTo("/login");
        }
    }

    static java.net.http.HttpRequest get(String url) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build();
    }

    static java.net.http.HttpResponse<String> send(java.net.http.HttpClient client, java.net.http.HttpRequest request)
            throws Exception {
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
