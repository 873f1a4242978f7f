package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import id.kinerja.support.Browser;
import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Server;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 §5 in a real browser (chromium): at 390 px the NKO sheet's index and colour, the realization list's
 * verify/approve buttons and the what-if inputs are on screen without sideways scrolling; the narrative editor
 * refuses a text over 2 MB before sending and brings an unsaved draft back after a reload; the LAKIN download says
 * that it is being prepared and when it is done.
 */
class PhoneAndLostWorkIT {

    static Server server;
    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.executable();
        server = KinerjaProcess.startServer(KinerjaProcess.dataDir("browser-ux"));
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

    static BrowserContext phone() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
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

    /** The page does not scroll sideways, and every element matched lies inside the viewport. */
    static void onScreen(Page page, String what, String selector) {
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as(what + ": the page scrolls sideways")
                .isEqualTo(true);
        Locator all = page.locator(selector);
        assertThat(all.count()).as(what + ": " + selector).isPositive();
        Object outside = page.evaluate("""
                s => Array.from(document.querySelectorAll(s)).filter(e => {
                    const r = e.getBoundingClientRect();
                    return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1);
                }).map(e => e.textContent.trim().slice(0, 30) + ' ' + Math.round(e.getBoundingClientRect().right))""", selector);
        assertThat((List<?>) outside).as(what + ": off screen at 390 px").isEmpty();
    }

    /** The viewport with the element in it (what the user sees there), kept under target/screenshots. */
    static void shot(Page page, String name, String selector) throws Exception {
        page.locator(selector).first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name)));
    }

    @Test
    void atPhoneWidthTheSheetTheReviewButtonsAndTheWhatIfInputsAreOnScreen() throws Exception {
        String entry = server.url("/units/KPP-KUPANG/realizations/02a-CP/Q2?year=2024");
        try (BrowserContext context = phone()) {
            Page head = signIn(context, "kupang.head");
            head.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Y"));
            onScreen(head, "NKO sheet", "table.sheet tr.indicator td:nth-last-child(-n+2)");
            assertThat(head.locator("table.sheet tr.indicator .badge").first().isVisible())
                    .isTrue();
            shot(head, "ux-phone-dashboard", "table.sheet tr.indicator");
            shot(head, "ux-phone-nko", ".nko-card");
        }
        // a realization waiting for review: the administrator unlocks it, the PIC submits it again
        try (BrowserContext context = browser.newContext()) {
            Page admin = signIn(context, "admin");
            admin.navigate(entry);
            admin.locator("#unlock-reason").fill("Uji tampilan ponsel");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka kunci"))
                    .click();
            admin.waitForLoadState();
            Page pic = signIn(browser.newContext(), "kupang.pic");
            pic.navigate(entry);
            pic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan"))
                    .click();
            pic.waitForLoadState();
            pic.context().close();
        }
        try (BrowserContext context = phone()) {
            Page pa = signIn(context, "kupang.admin");
            pa.navigate(server.url("/units/KPP-KUPANG/realizations?year=2024&period=Q2"));
            onScreen(
                    pa,
                    "realization list (verify)",
                    "table.realizations .actions button, table.realizations .actions a");
            shot(pa, "ux-phone-realizations-verify", "#row-02a-CP");
            pa.locator("#row-02a-CP")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verifikasi"))
                    .click();
            pa.waitForLoadState();
        }
        try (BrowserContext context = phone()) {
            Page head = signIn(context, "kupang.head");
            head.navigate(server.url("/units/KPP-KUPANG/realizations?year=2024&period=Q2"));
            onScreen(head, "realization list (approve)", "#row-02a-CP .actions button");
            head.locator("#row-02a-CP")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui"))
                    .click();
            head.waitForLoadState();
            assertThat(head.locator("#row-02a-CP").textContent()).contains("Disetujui");

            head.navigate(server.url("/units/KPP-KUPANG/whatif?year=2024&period=Y"));
            onScreen(head, "what-if inputs", "table.whatif input");
            shot(head, "ux-phone-whatif", "table.whatif input");
            head.locator("#v-01a-CP").fill("80");
            head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hitung"))
                    .click();
            head.locator(".whatif-nko").waitFor();
            assertThat(head.locator(".whatif-nko").textContent()).isNotBlank();
        }
    }

    @Test
    void theEditorRefusesOversizeTextBeforeSendingAndKeepsADraftAcrossAReload() throws Exception {
        String editor = server.url("/units/KPP-KUPANG/narratives/bab1.sistematika?year=2024");
        try (BrowserContext context = phone()) {
            Page pa = signIn(context, "kupang.admin");
            pa.navigate(editor);
            pa.locator("div.rte[contenteditable=true]").waitFor();
            AtomicInteger posts = new AtomicInteger();
            pa.onRequest(r -> {
                if (r.method().equals("POST") && r.url().contains("/narratives/bab1.sistematika")) {
                    posts.incrementAndGet();
                }
            });
            // 2.5 MB of text, put into the editor as a paste would
            pa.evaluate("""
                    () => { const area = document.querySelector('div.rte');
                            area.innerHTML = '<p>' + 'Teks panjang. '.repeat(190000) + '</p>';
                            area.dispatchEvent(new Event('input', {bubbles: true})); }""");
            pa.locator("button[name=action][value=save]").click();
            Locator refused = pa.locator(".oversize-notice");
            refused.waitFor();
            assertThat(refused.textContent()).contains("batasnya 2 MB, teks ini 2,5 MB", "Tidak ada yang dikirim");
            pa.waitForTimeout(1500);
            assertThat(posts.get())
                    .as("nothing sent, not even the live preview")
                    .isZero();
            shot(pa, "ux-phone-narrative-oversize", ".oversize-notice");

            // a normal text typed and not saved comes back after a reload (the browser keeps the draft)
            pa.evaluate("""
                    () => { const area = document.querySelector('div.rte');
                            area.innerHTML = '<p>Draf yang belum disimpan</p>';
                            area.dispatchEvent(new Event('input', {bubbles: true})); }""");
            pa.waitForTimeout(800);
            pa.reload();
            pa.locator(".draft-notice").waitFor();
            assertThat(pa.locator(".draft-notice").textContent()).contains("Draf yang belum disimpan dari");
            assertThat(pa.locator("div.rte").innerHTML()).contains("Draf yang belum disimpan");
            pa.locator("button[name=action][value=save]").click();
            pa.waitForLoadState();
            assertThat(pa.locator("main").textContent()).contains("Tersimpan sebagai versi");
            pa.reload();
            assertThat(pa.locator(".draft-notice").isVisible())
                    .as("the saved draft is gone")
                    .isFalse();
        }
    }

    @Test
    void theLakinDownloadShowsThatItIsBeingPrepared() throws Exception {
        try (BrowserContext context =
                browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page pic = signIn(context, "kupang.pic");
            pic.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Y"));
            // generous: the LAKIN takes seconds on a quiet machine, much longer on a loaded one; what is tested is
            // the progress shown while it is prepared, not how long that takes
            var download = pic.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(180_000), () -> {
                pic.locator("a[data-download-busy]").first().click();
                assertThat(pic.locator("#lakin-status").textContent()).contains("sedang disusun");
                assertThat(pic.locator("a[data-download-busy]").first().getAttribute("aria-busy"))
                        .isEqualTo("true");
            });
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            pic.locator("#lakin-status.ok")
                    .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
            assertThat(pic.locator("#lakin-status").textContent()).contains("selesai dalam");
            shot(pic, "ux-lakin-download", "#lakin-status");
        }
    }
}
