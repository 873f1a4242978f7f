package id.kinerja.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import id.kinerja.support.Browser;
import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's quarter in a real browser (Debian's chromium driven by Playwright) against the packaged
 * server on its own fresh data directory. Screenshots are kept under target/screenshots.
 */
class QuarterInTheBrowserIT {

    static Server server;
    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.executable();
        server = KinerjaProcess.startServer(KinerjaProcess.dataDir("browser"));
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(server.url("/login"));
        page.getByLabel("Nama pengguna").fill(username);
        page.getByLabel("Kata sandi").fill("demo");
        page.locator("form.form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(server.url("/login"));
            page.getByLabel("Nama pengguna").fill("kupang.pic");
            page.getByLabel("Kata sandi").fill("salah");
            page.locator("form.form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.url()).contains("/login?error");
            assertThat(page.locator("[role=alert]").textContent()).contains("salah");
        }
    }

    @Test
    void thePicSeesTheYearlyNkoAndIsRefusedTheKanwil() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "kupang.pic");
            assertThat(page.url()).contains("/units/KPP-KUPANG/dashboard");

            page.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Y"));
            assertThat(page.locator("main").textContent()).contains("108,38", "Istimewa");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dashboard-kupang-Y")).setFullPage(true));

            Response refused = page.navigate(server.url("/units/KANWIL-NUSRA/dashboard?year=2024&period=Y"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.locator("main").textContent()).contains("Akses ditolak");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("refused-kanwil")));
        }
    }

    @Test
    void theDashboardWorksAtPhoneWidth() throws Exception {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844))) {
            Page page = signIn(context, "kupang.head");
            page.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Q3"));
            assertThat(page.locator("main").textContent()).contains("KPP Pratama Kupang");
            // the page itself does not scroll sideways: wide tables scroll inside their own box
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            assertThat(overflow).isEqualTo(true);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dashboard-phone")).setFullPage(true));
        }
    }
}
