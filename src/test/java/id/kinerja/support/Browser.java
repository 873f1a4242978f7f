package id.kinerja.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving Debian's chromium ({@code /usr/bin/chromium}, or {@code $KINERJA_CHROMIUM}); no
 * browser is downloaded. Without a chromium the browser tests are skipped on a developer's machine
 * and fail in CI ({@code CI=true}), where .ci/run installs it.
 */
public final class Browser {

    private Browser() {}

    public static Path executable() {
        Path path = Path.of(System.getenv().getOrDefault("KINERJA_CHROMIUM", "/usr/bin/chromium"));
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(
                    Files.isExecutable(path),
                    "no chromium at " + path + ": browser tests skipped (apt-get install chromium)");
        }
        return path;
    }

    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless=new",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking")));
    }

    /** Where screenshots are kept: {@code target/screenshots}. */
    public static Path screenshot(String name) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        return dir.resolve(name + ".png");
    }

    /** A new page of {@code context} signed in on {@code server} as {@code username} (demo password), after the redirect. */
    public static com.microsoft.playwright.Page signIn(
            KinerjaProcess.Server server, com.microsoft.playwright.BrowserContext context, String username) {
        com.microsoft.playwright.Page page = context.newPage();
        page.navigate(server.url("/login"));
        page.getByLabel("Nama pengguna").fill(username);
        page.getByLabel("Kata sandi").fill("demo");
        page.locator("form.form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    /** Presses the first button named exactly {@code name} and waits for the page it leads to. */
    public static void press(com.microsoft.playwright.Page page, String name) {
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName(name)
                                .setExact(true))
                .first()
                .click();
        page.waitForLoadState();
    }
}
