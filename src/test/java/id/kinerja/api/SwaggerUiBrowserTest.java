package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI in a real browser (Playwright + Debian chromium) under the application's strict content security
 * policy: the page draws the API's operations from /v3/api-docs, a token pasted into "Authorize" calls the API,
 * and the console shows no policy violation. And the pages of this work: a token made on the tokens page, and the
 * Kanwil's batch documents followed by htmx until the download link appears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void swaggerUiShowsTheApiUnderTheStrictPolicy() throws Exception {
        id.kinerja.support.Browser.executable();
        try (Playwright playwright = id.kinerja.support.Browser.playwright();
                Browser browser = id.kinerja.support.Browser.launch(playwright)) {
            Page page = browser.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    problems.add(m.text());
                }
            });
            page.onPageError(problems::add);
            page.navigate("http://localhost:" + port + "/swagger-ui.html");
            page.waitForSelector(".opblock-summary-path", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertThat(page.textContent(".title")).contains("Kinerja REST API");
            List<String> paths = page.locator(".opblock-summary-path").allTextContents();
            assertThat(String.join(" ", paths))
                    .contains("/api/v1/units/{code}/scores")
                    .contains("/api/v1/units/{code}/realizations/{iku}/{period}");
            assertThat(page.locator("button.authorize").count()).isPositive();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(id.kinerja.support.Browser.screenshot("swagger-ui"))
                    .setFullPage(false));
            assertThat(problems)
                    .as("console errors (a blocked script would show here)")
                    .isEmpty();
        }
    }

    void signIn(Page page, String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Nama pengguna").fill(username);
        page.getByLabel("Kata sandi").fill("demo");
        page.locator("form.form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    @Test
    void aTokenFromTheTokensPageWorksInSwaggerUiAndTheKanwilBatchFinishesInTheBrowser() throws Exception {
        id.kinerja.support.Browser.executable();
        try (Playwright playwright = id.kinerja.support.Browser.playwright();
                Browser browser = id.kinerja.support.Browser.launch(playwright)) {
            Page page = browser.newPage();
            List<String> problems = new ArrayList<>();
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    problems.add(r.status() + " " + r.url());
                }
            });
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
                    problems.add(m.text());
                }
            });
            signIn(page, "nusra.reviewer");
            page.navigate("http://localhost:" + port + "/account/tokens");
            page.getByLabel("Nama").fill("Swagger");
            page.locator("form.form button[type=submit]").click();
            String token = page.inputValue("#new-token");
            assertThat(token).startsWith("kin_");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(id.kinerja.support.Browser.screenshot("api-tokens"))
                    .setFullPage(true));

            // Swagger UI: authorize with the token, try GET /api/v1/units
            page.navigate("http://localhost:" + port + "/swagger-ui.html");
            page.waitForSelector("button.authorize");
            page.click("button.authorize");
            page.fill(".auth-container input", token);
            page.click(".auth-btn-wrapper button.authorize");
            page.click("button.btn-done");
            page.click("#operations-Unit-listUnits .opblock-summary");
            page.click("#operations-Unit-listUnits button.try-out__btn");
            page.click("#operations-Unit-listUnits button.execute");
            page.waitForSelector("#operations-Unit-listUnits .live-responses-table tbody .response-col_status");
            assertThat(page.textContent("#operations-Unit-listUnits .live-responses-table tbody .response-col_status"))
                    .contains("200");
            assertThat(page.textContent("#operations-Unit-listUnits .live-responses-table"))
                    .contains("KANWIL-NUSRA");

            // the batch: the form on the Kanwil page, the progress polled by htmx, the download link
            page.navigate("http://localhost:" + port + "/units/KANWIL-NUSRA/kanwil?year=2024");
            page.selectOption("#batch-kind", "PK");
            page.selectOption("#batch-format", "pdf");
            page.locator("form.batch-form button[type=submit]").click();
            page.waitForSelector("#batch-progress progress");
            page.waitForSelector(
                    "#batch-progress a[href$='/download']", new Page.WaitForSelectorOptions().setTimeout(120_000));
            assertThat(page.textContent("#batch-progress")).containsPattern("(\\d+) dari \\1 kantor");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(id.kinerja.support.Browser.screenshot("batch-done"))
                    .setFullPage(true));
            assertThat(problems).as("console errors").isEmpty();
        }
    }
}
