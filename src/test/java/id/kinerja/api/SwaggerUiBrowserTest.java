package id.kinerja.api;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in a real browser (Playwright + Debian chromium) under the application's strict content security
 * policy: the page draws the API's operations from /v3/api-docs and the console shows no policy violation.
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
            assertThat(String.join(" ", paths)).contains("/api/v1/units/{code}/scores")
                    .contains("/api/v1/units/{code}/realizations/{iku}/{period}");
            assertThat(page.locator("button.authorize").count()).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(id.kinerja.support.Browser.screenshot("swagger-ui"))
                    .setFullPage(false));
            assertThat(problems).as("console errors (a blocked script would show here)").isEmpty();
        }
    }
}
