package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import id.kinerja.framework.Period;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.KupangFixture;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.support.Browser;
import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Server;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    /**
     * The quarter's workflow: the administrator unlocks 01a-CP Q1 (approved in the demo) with a reason;
     * the PIC enters a new value in Indonesian format and submits; the performance administrator
     * verifies; the head approves; the dashboard's Q1 NKO is the engine's figure for the new value.
     */
    @Test
    void aRealizationGoesFromThePicThroughReviewIntoTheScore() throws Exception {
        String entry = server.url("/units/KPP-KUPANG/realizations/01a-CP/Q1?year=2024");
        try (BrowserContext context = browser.newContext()) {
            Page admin = signIn(context, "admin");
            admin.navigate(entry);
            admin.locator("#unlock-reason").fill("Koreksi data penerimaan triwulan I (uji peramban)");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka kunci"))
                    .click();
            admin.waitForLoadState();
            assertThat(admin.locator("main").textContent()).contains("Draf");
        }
        try (BrowserContext context = browser.newContext()) {
            Page pic = signIn(context, "kupang.pic");
            pic.navigate(entry);
            pic.getByLabel("Nilai realisasi").fill("16,80");
            pic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan draf"))
                    .click();
            pic.waitForLoadState();
            pic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan"))
                    .click();
            pic.waitForLoadState();
            assertThat(pic.locator("main").textContent()).contains("16,8", "Diajukan");
            pic.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("workflow-1-submitted"))
                    .setFullPage(true));
        }
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "kupang.admin");
            pa.navigate(entry);
            pa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifikasi"))
                    .click();
            pa.waitForLoadState();
            assertThat(pa.locator("main").textContent()).contains("Terverifikasi");
        }
        try (BrowserContext context = browser.newContext()) {
            Page head = signIn(context, "kupang.head");
            head.navigate(entry);
            head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Setujui"))
                    .click();
            head.waitForLoadState();
            assertThat(head.locator("main").textContent()).contains("Disetujui");
            head.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("workflow-2-approved"))
                    .setFullPage(true));

            // the score moved: the engine's Q1 NKO with 01a-CP Q1 = 16.80 (index 105.00 instead of 97.63)
            List<IndicatorInput> inputs = KupangFixture.inputs().stream()
                    .map(i -> i.code().equals("01a-CP") ? i.withRealization(Period.Q1, new BigDecimal("16.80")) : i)
                    .toList();
            BigDecimal expected = new ScoringEngine()
                    .score(KupangFixture.framework(), inputs, Period.Q1)
                    .nko();
            String shown = new DecimalFormat(
                            "#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")))
                    .format(expected.setScale(2, RoundingMode.HALF_UP));
            head.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Q1"));
            assertThat(head.locator("main").textContent()).contains(shown).doesNotContain("93,78");
            head.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("workflow-3-dashboard-Q1"))
                    .setFullPage(true));
        }
    }

    @Test
    void theReviewerComparesTheOfficesAndTheAdministratorOpensThePkAndAnIku() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page reviewer = signIn(context, "nusra.reviewer");
            assertThat(reviewer.url()).contains("/tasks");
            reviewer.navigate(server.url("/units/KANWIL-NUSRA/kanwil?year=2024&period=Y"));
            assertThat(reviewer.locator("main").textContent()).contains("KPP Pratama Kupang", "108,38");
            reviewer.waitForSelector("#chart-heatmap svg");
            reviewer.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("kanwil-Y"))
                    .setFullPage(true));

            reviewer.navigate(server.url("/units/KPP-KUPANG/whatif?year=2024&period=Y"));
            reviewer.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("whatif-Y"))
                    .setFullPage(true));
        }
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "kupang.admin");
            pa.navigate(server.url("/units/KPP-KUPANG/agreement?year=2024"));
            assertThat(pa.locator("main").textContent()).contains("PK-13A/WPJ.31/2024", "01a-CP", "10a-CP");
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("agreement-2024"))
                    .setFullPage(true));
            pa.navigate(server.url("/units/KPP-KUPANG/iku/01a-CP?year=2024&period=Q3"));
            assertThat(pa.locator("main").textContent()).contains("86,34", "Persentase realisasi penerimaan pajak");
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("iku-01a-Q3"))
                    .setFullPage(true));
        }
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
            assertThat(page.url()).contains("/tasks");

            page.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Y"));
            assertThat(page.locator("main").textContent()).contains("108,38", "Istimewa");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("dashboard-kupang-Y"))
                    .setFullPage(true));

            Response refused = page.navigate(server.url("/units/KANWIL-NUSRA/dashboard?year=2024&period=Y"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.locator("main").textContent()).contains("Akses ditolak");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("refused-kanwil")));
        }
    }

    /**
     * The administrator writes an IKU's analysis in the rich-text editor (bold text and a placeholder), saves it,
     * and the saved version shows the placeholder's figure; the year pages (revenue, budget,
     * narratives, consistency check, Excel) open with their figures, also at phone width without sideways scrolling.
     */
    @Test
    void theAdministratorWritesANarrativeAndOpensTheYearPages() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "kupang.admin");
            pa.navigate(server.url("/units/KPP-KUPANG/narratives/iku.02b-CP.rencana-aksi?year=2024"));
            Locator editor = pa.locator("div.rte[contenteditable=true]");
            editor.waitFor();
            assertThat(pa.locator("textarea[name=content]").isVisible()).isFalse();
            editor.click();
            pa.keyboard().press("Control+A");
            pa.keyboard().press("Delete");
            pa.locator("[data-rte=bold]").click();
            pa.keyboard().type("Rencana aksi");
            pa.locator("[data-rte=bold]").click();
            pa.keyboard().type(" untuk realisasi {{iku.02b-CP.realisasi.Y}} tahun {{tahun}}.");
            pa.locator("button[name=action][value=save]").click();
            pa.waitForLoadState();
            // (the browser may type the space after the bold part as a no-break space)
            String main = pa.locator("main").textContent().replace('\u00a0', ' ');
            assertThat(main).contains("Tersimpan sebagai versi", "Rencana aksi untuk realisasi 120,12% tahun 2024.");
            assertThat(pa.locator("main .prose strong, main strong").allTextContents())
                    .contains("Rencana aksi");
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("narrative-saved"))
                    .setFullPage(true));

            pa.navigate(server.url("/units/KPP-KUPANG/narratives?year=2024"));
            assertThat(pa.locator("main").textContent()).contains("Kata Pengantar", "01a-CP");
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("narratives-2024"))
                    .setFullPage(true));
            pa.navigate(server.url("/units/KPP-KUPANG/revenue?year=2024"));
            assertThat(pa.locator("main").textContent()).contains("1.727.817.621.290", "100,50");
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("revenue-2024"))
                    .setFullPage(true));
            pa.navigate(server.url("/units/KPP-KUPANG/budget?year=2024"));
            assertThat(pa.locator("main").textContent()).contains("14.577.137.000", "94,37");
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("budget-2024"))
                    .setFullPage(true));
            pa.navigate(server.url("/units/KPP-KUPANG/reports/check?year=2024"));
            assertThat(pa.locator("main").textContent()).contains("14.587.677.000");
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("check-2024"))
                    .setFullPage(true));
            pa.navigate(server.url("/units/KPP-KUPANG/exchange?year=2024"));
            pa.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("exchange-2024"))
                    .setFullPage(true));
        }
        try (BrowserContext context = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = signIn(context, "kupang.admin");
            for (String path : new String[] {"revenue", "budget", "narratives", "reports/check", "exchange"}) {
                page.navigate(server.url("/units/KPP-KUPANG/" + path + "?year=2024"));
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browser.screenshot("phone-" + path.replace('/', '-')))
                        .setFullPage(true));
                // the elements that stick out on the right (none when the page fits), named for the message
                Object wide = page.evaluate("""
                        () => Array.from(document.querySelectorAll('body *'))
                            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                            .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1
                                || getComputedStyle(e).position === 'absolute' || getComputedStyle(e).position === 'fixed')
                            .slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + getComputedStyle(e).position + ' ' + Math.round(e.getBoundingClientRect().right))""");
                Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
                assertThat(fits)
                        .as(path + " at phone width; sticking out: " + wide)
                        .isEqualTo(true);
            }
        }
    }

    @Test
    void theDashboardWorksAtPhoneWidth() throws Exception {
        try (BrowserContext context = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = signIn(context, "kupang.head");
            page.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Q3"));
            assertThat(page.locator("main").textContent()).contains("KPP Pratama Kupang");
            // the page itself does not scroll sideways: wide tables scroll inside their own box
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            assertThat(overflow).isEqualTo(true);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browser.screenshot("dashboard-phone"))
                    .setFullPage(true));
        }
    }
}
