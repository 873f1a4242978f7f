package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.api.ApiTokenService;
import id.kinerja.evidence.EvidenceTestFiles;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 10 items 7-10 on the real server (Tomcat, its multipart parser and remote-IP valve, Spring Security):
 * the per-unit evidence quota; body limits per route (the API's JSON, a narrative's save) answered with the
 * bundles' explanation instead of Tomcat's bare 413; a 1,004-character or NUL file name explained as such (not
 * "too large", not 500); forwarded headers behind a TLS proxy (Secure cookie, HSTS); readiness DOWN when the
 * disk is below its threshold while liveness stays UP. Small limits so that the test sends little.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kinerja.evidence.unit-quota=48KB",
            "kinerja.limits.api-body=8KB",
            "kinerja.limits.narrative-body=32KB",
            "server.forward-headers-strategy=native",
            "management.health.diskspace.threshold=1000TB"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;
    String base;

    @BeforeAll
    void setUp() {
        own = OwnUnit.create("lim", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
        base = "http://localhost:" + port;
    }

    /** A client signed in as the unit's PIC, and the CSRF token of its session. */
    record Session(HttpClient client, String token) {}

    Session signIn(String role) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=" + own.user(role) + "&password=rahasia-uji-kinerja&_csrf="
                + URLEncoder.encode(match(CSRF, login), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String page = client.send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "/units/" + own.code() + "/realizations/01a-CP/Q1?year=2024"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return new Session(client, match(CSRF, page));
    }

    private static String match(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
        return m.group(1);
    }

    private String upload() {
        return base + "/units/" + own.code() + "/iku/01a-CP/evidence";
    }

    @Test
    void theUnitsEvidenceQuotaIsKeptWithItsUsageInTheMessage() throws Exception {
        Session s = signIn("pic");
        byte[] pdf = EvidenceTestFiles.pdf(30 * 1024);
        HttpResponse<String> first = s.client()
                .send(
                        EvidenceTestFiles.multipart(upload(), s.token(), "satu.pdf", pdf),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(302);
        HttpResponse<String> second = s.client()
                .send(
                        EvidenceTestFiles.multipart(upload(), s.token(), "dua.pdf", pdf),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(507);
        assertThat(second.body())
                .contains("Kuota penyimpanan bukti dukung unit " + own.code() + " tidak cukup")
                .contains("terpakai 30 KB dari 48 KB")
                .contains("dua.pdf");
        assertThat(jdbc.sql("select filename from evidence where unit_id = ?")
                        .param(own.unit.id())
                        .query(String.class)
                        .list())
                .containsExactly("satu.pdf");
    }

    @Test
    void aVeryLongOrNulFileNameIsExplainedAsSuch() throws Exception {
        Session s = signIn("pic");
        byte[] pdf = EvidenceTestFiles.pdf(1024);
        HttpResponse<String> longName = s.client()
                .send(
                        EvidenceTestFiles.multipart(upload(), s.token(), "a".repeat(1000) + ".pdf", pdf),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body())
                .contains("Nama berkas terlalu panjang")
                .contains("paling banyak 150 karakter")
                .doesNotContain("terlalu besar")
                .contains("/units/" + own.code() + "/iku/01a-CP");

        HttpResponse<String> nul = s.client()
                .send(
                        EvidenceTestFiles.multipart(upload(), s.token(), "bukti\0.pdf", pdf),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("Nama berkas berisi karakter NUL");
    }

    @Test
    void aNarrativeOverItsLimitIsExplainedWithHowToGetTheTextBack() throws Exception {
        Session s = signIn("admin");
        String form = "_csrf=" + URLEncoder.encode(s.token(), StandardCharsets.UTF_8) + "&baseVersion=0&content="
                + "x".repeat(40 * 1024);
        HttpResponse<String> r = s.client()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "/units/" + own.code() + "/narratives/pendahuluan?year=2024"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body())
                .contains("Teks narasi terlalu panjang (40 KB); batasnya 32 KB")
                .contains("Teks Anda masih ada di editor: tekan tombol Kembali")
                .contains("/units/" + own.code() + "/narratives/pendahuluan?year=2024");
    }

    @Test
    void theApiRefusesABodyOverItsLimitWithOrWithoutALength() throws Exception {
        CurrentUser pic = (CurrentUser) users.loadUserByUsername(own.user("pic"));
        String token =
                tokens.create(pic, "limit", null, ZoneId.of("Asia/Makassar")).secret();
        String body = "{\"value\": 16.8, \"note\": \"" + "n".repeat(10 * 1024) + "\"}";
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI url = URI.create(base + "/api/v1/units/" + own.code() + "/realizations/01a-CP/Q2?year=2024");
            HttpResponse<String> sized = client.send(
                    HttpRequest.newBuilder(url)
                            .header("Authorization", "Bearer " + token)
                            .header("If-Match", "\"none\"")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sized.statusCode()).isEqualTo(413);
            assertThat(sized.body()).contains("Badan permintaan terlalu besar (10 KB); batasnya 8 KB");

            HttpResponse<String> chunked = client.send(
                    HttpRequest.newBuilder(url)
                            .header("Authorization", "Bearer " + token)
                            .header("If-Match", "\"none\"")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).isEqualTo(413);
            assertThat(chunked.body()).contains("Badan permintaan melewati batas 8 KB");
        }
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> proxied = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("X-Forwarded-Proto", "https")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(proxied.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
            assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElse(""))
                    .contains("max-age=31536000");

            HttpResponse<String> plain = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.headers().allValues("Set-Cookie"))
                    .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void readinessIsDownWhenTheDiskIsBelowItsThresholdWhileLivenessStaysUp() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> ready = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"");
            HttpResponse<String> live = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
        }
    }
}
