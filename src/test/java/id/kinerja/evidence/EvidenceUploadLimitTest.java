package id.kinerja.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real server (Tomcat's multipart limits, Spring Security's CSRF check) with a signed-in browser-like
 * client: a file over the limit gets 413 with the Indonesian explanation and a way back, not a connection error
 * or a CSRF refusal; a file within it is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceUploadLimitTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"([^\"]*/evidence)\"");
    private static final Pattern UPLOAD_FORM =
            Pattern.compile("<form[^>]*/evidence\"[^>]*>(.*?)</form>", Pattern.DOTALL);

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
    JdbcClient jdbc;

    @Test
    void anUploadOverTheLimitIsExplainedAndOneWithinIsStored() throws Exception {
        OwnUnit own =
                OwnUnit.create("l", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            String base = "http://localhost:" + port;
            String login = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String form = "username=" + own.user("pic") + "&password=rahasia-uji-kinerja&_csrf="
                    + URLEncoder.encode(match(CSRF, login), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

            String page = client.send(
                            HttpRequest.newBuilder(URI.create(
                                            base + "/units/" + own.code() + "/realizations/01a-CP/Q1?year=2024"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String action = match(UPLOAD_ACTION, page).replace("&amp;", "&");
            // the token travels in the form's hidden field, never in the address (which lands in access logs)
            assertThat(page).doesNotContain("?_csrf=").doesNotContain("&amp;_csrf=");
            String token = match(CSRF, match(UPLOAD_FORM, page));

            byte[] big = new byte[(int) EvidenceService.MAX_BYTES + 512 * 1024];
            System.arraycopy(EvidenceTest.PDF, 0, big, 0, EvidenceTest.PDF.length);
            HttpResponse<String> refused = client.send(
                    EvidenceTestFiles.multipart(base + action, token, "besar.pdf", big),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body())
                    .contains("Berkas terlalu besar")
                    .contains("/units/" + own.code() + "/iku/01a-CP");

            HttpResponse<String> stored = client.send(
                    EvidenceTestFiles.multipart(base + action, token, "kecil.pdf", EvidenceTest.PDF),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stored.statusCode()).isEqualTo(302);
            assertThat(jdbc.sql("select filename from evidence where unit_id = ?")
                            .param(own.unit.id())
                            .query(String.class)
                            .list())
                    .containsExactly("kecil.pdf");
        }
    }

    private static String match(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
        return m.group(1);
    }
}
