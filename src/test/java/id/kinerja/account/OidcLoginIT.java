package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.KinerjaProcess;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a real OpenID Connect provider on loopback (mock-oauth2-server): the packaged server with
 * {@code kinerja.sso.*} set sends the browser to the provider, takes the code back, and the provider's claims make the
 * Kinerja account (unit from the unit claim, roles through the mapping); the session then holds its
 * {@code CurrentUser} like a form sign-in. An unknown unit is refused with its message; the form keeps working.
 */
class OidcLoginIT {

    static final String ISSUER = "kinerja-idp";

    static MockOAuth2Server provider;
    static KinerjaProcess.Server server;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), port);
        Path dataDir = KinerjaProcess.dataDir("oidc");
        server = KinerjaProcess.startServer(
                dataDir,
                "--kinerja.sso.issuer-uri=http://localhost:" + port + "/" + ISSUER,
                "--kinerja.sso.client-id=kinerja",
                "--kinerja.sso.client-secret=rahasia-klien",
                "--kinerja.sso.role-mapping[kinerja-pembaca]=VIEWER",
                "--kinerja.sso.role-mapping[kinerja-reviewer]=REVIEWER");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept-Language", "id")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void claims(String username, String name, String unit, List<String> roles) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER,
                username + "-subject",
                "JWT",
                List.of("kinerja"),
                Map.of("preferred_username", username, "name", name, "kinerja_unit", unit, "kinerja_roles", roles),
                3600));
    }

    @Test
    void theProvidersClaimsMakeTheAccountAndTheSessionIsItsCurrentUser() throws Exception {
        HttpClient browser = browser();
        String login = get(browser, server.url("/login")).body();
        assertThat(login).contains("Masuk dengan SSO").contains("/oauth2/authorization/sso");

        claims("budi.sso", "Budi Santoso SSO", "KPP-KUPANG", List.of("kinerja-pembaca", "kinerja-reviewer", "lain"));
        HttpResponse<String> landed = get(browser, server.url("/oauth2/authorization/sso"));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/tasks");
        assertThat(landed.body()).contains("Budi Santoso SSO · KPP-KUPANG");

        HttpResponse<String> tasks = get(browser, server.url("/tasks"));
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains("Budi Santoso SSO");

        String profile = get(browser, server.url("/account/profile")).body();
        assertThat(profile)
                .contains("budi.sso")
                .contains("KPP-KUPANG")
                .contains("Pembaca")
                .contains("Reviewer");
        assertThat(profile).doesNotContain("PIC IKU").doesNotContain("Kepala Unit");

        // the next sign-in takes the claims again: another name, only the viewer's role
        HttpClient again = browser();
        claims("budi.sso", "Budi S.", "KPP-KUPANG", List.of("viewer"));
        assertThat(get(again, server.url("/oauth2/authorization/sso")).body()).contains("Budi S. · KPP-KUPANG");
        String changed = get(again, server.url("/account/profile")).body();
        assertThat(changed).contains("Pembaca").doesNotContain("Reviewer");
    }

    @Test
    void anUnknownUnitIsRefusedWithItsMessageAndTheFormStillSignsIn() throws Exception {
        HttpClient browser = browser();
        claims("tamu.sso", "Tamu", "KPP-ATLANTIS", List.of("kinerja-pembaca"));
        HttpResponse<String> refused = get(browser, server.url("/oauth2/authorization/sso"));
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.body()).contains("unit &quot;KPP-ATLANTIS&quot; dari penyedia identitas tidak dikenal");
        assertThat(get(browser, server.url("/tasks")).uri().getPath()).isEqualTo("/login");

        // the sign-in form keeps working beside single sign-on
        HttpClient form = browser();
        String page = get(form, server.url("/login")).body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = form.send(
                HttpRequest.newBuilder(URI.create(server.url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=kupang.head&password=demo&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.uri().getPath()).isEqualTo("/tasks");
    }
}
