package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import id.kinerja.support.Browser;
import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A new Kanwil and office run their year 2025 from nothing, through the pages only, in a real browser
 * against the packaged server on its own fresh data directory (issue 12's first "done when"): the DJP
 * administrator creates the units, the accounts and the 2025 manual (copied from 2024, one IKU renamed and
 * one added); the office's performance administrator makes the PK, both parties sign, realizations are
 * approved, the LAKIN's data is filled and the LAKIN is downloaded. The steps run in order on one server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearFromScratchIT {

    static final String KANWIL = "KANWIL-UJI";
    static final String OFFICE = "KPP-UJI";
    static final String OFFICE_HEAD = "Bagus Setiawan Nugroho";
    static final String KANWIL_HEAD = "Ratna Dewi Kartika";
    static final String TEMPORARY = "Sementara-Uji-2025!";
    static final String PASSWORD = "Laporan-Kinerja-Tahunan-25";

    static Server server;
    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.executable();
        server = KinerjaProcess.startServer(KinerjaProcess.dataDir("year-from-scratch"));
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

    static Page signIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(server.url("/login"));
        page.getByLabel("Nama pengguna").fill(username);
        page.getByLabel("Kata sandi").fill(password);
        page.locator("form.form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    static String main(Page page) {
        return page.locator("main").textContent().replace('\u00a0', ' ');
    }

    static void shot(Page page, String name) throws Exception {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browser.screenshot("year-" + name))
                .setFullPage(true));
    }

    static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .first()
                .click();
        page.waitForLoadState();
    }

    /** The DJP administrator creates a Kanwil under DJP and a KPP under the Kanwil on the Unit kerja pages. */
    @Test
    @Order(1)
    void theAdministratorCreatesAKanwilAndAnOfficeUnderIt() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page admin = signIn(context, "admin", "demo");
            admin.navigate(server.url("/units/DJP/units/new"));
            fillUnit(
                    admin,
                    KANWIL,
                    "Kantor Wilayah DJP Uji Coba",
                    "KANWIL",
                    "DJP",
                    "WPJ.99",
                    KANWIL_HEAD,
                    "197502032000032001",
                    "Kepala Kantor Wilayah DJP Uji Coba",
                    "Kota Mataram\nKabupaten Lombok Barat",
                    "Jl. Pejanggik No. 10, Mataram",
                    "210");
            assertThat(main(admin)).contains("Kantor Wilayah DJP Uji Coba");

            admin.navigate(server.url("/units/" + KANWIL + "/units/new"));
            fillUnit(
                    admin,
                    OFFICE,
                    "KPP Pratama Uji Coba",
                    "KPP",
                    KANWIL,
                    "991",
                    OFFICE_HEAD,
                    "198001152005011003",
                    "Kepala Kantor Pelayanan Pajak Pratama Uji Coba",
                    "Kota Mataram\nKabupaten Lombok Tengah",
                    "Jl. Udayana No. 5, Mataram",
                    "98");
            admin.navigate(server.url("/units/DJP/units"));
            assertThat(admin.locator("#unit-" + OFFICE).textContent()).contains("KPP Pratama Uji Coba", OFFICE_HEAD);
            assertThat(admin.locator("#unit-" + KANWIL).textContent()).contains(KANWIL_HEAD);
            shot(admin, "1-units");
        }
    }

    static void fillUnit(
            Page page,
            String code,
            String name,
            String type,
            String parent,
            String officialCode,
            String head,
            String nip,
            String position,
            String areas,
            String address,
            String staff) {
        page.locator("#code").fill(code);
        page.locator("#name").fill(name);
        page.locator("#type").selectOption(type);
        page.locator("#parentCode").fill(parent);
        page.locator("#officialCode").fill(officialCode);
        page.locator("#headName").fill(head);
        page.locator("#headNip").fill(nip);
        page.locator("#headPosition").fill(position);
        page.locator("#areas").fill(areas);
        page.locator("#address").fill(address);
        page.locator("#staffCount").fill(staff);
        page.locator("form.form button[type=submit].primary").click();
        page.waitForLoadState();
        assertThat(page.locator("[role=alert]").count())
                .as("unit %s saved: %s", code, main(page))
                .isZero();
    }

    /**
     * The DJP administrator creates the office head, the Kanwil head and the office's performance
     * administrator with temporary passwords; each changes it at the first sign-in (a weak one is refused).
     */
    @Test
    @Order(2)
    void theAdministratorCreatesTheAccountsAndEachChangesTheTemporaryPassword() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page admin = signIn(context, "admin", "demo");
            newAccount(admin, "uji.head", OFFICE_HEAD, OFFICE, "HEAD");
            newAccount(admin, "uji.kanwil", KANWIL_HEAD, KANWIL, "HEAD");
            newAccount(admin, "uji.admin", "Sari Pengelola Kinerja", OFFICE, "PERFORMANCE_ADMIN");
            admin.navigate(server.url("/admin/accounts"));
            assertThat(main(admin)).contains("uji.head", "uji.kanwil", "uji.admin");
            shot(admin, "2-accounts");
        }
        for (String username : new String[] {"uji.head", "uji.kanwil", "uji.admin"}) {
            try (BrowserContext context = browser.newContext()) {
                Page page = signIn(context, username, TEMPORARY);
                assertThat(page.url()).contains("/account/password");
                assertThat(main(page)).contains("sementara");
                // the policy refuses a short password with a message
                page.locator("#current").fill(TEMPORARY);
                page.locator("#password").evaluate("e => e.removeAttribute('minlength')");
                page.locator("#repeated").evaluate("e => e.removeAttribute('minlength')");
                page.locator("#password").fill("pendek");
                page.locator("#repeated").fill("pendek");
                page.locator("main form button[type=submit]").click();
                page.waitForLoadState();
                assertThat(page.locator("[role=alert]").allTextContents())
                        .anySatisfy(t -> assertThat(t).contains("12"));
                page.locator("#current").fill(TEMPORARY);
                page.locator("#password").fill(PASSWORD);
                page.locator("#repeated").fill(PASSWORD);
                page.locator("main form button[type=submit]").click();
                page.waitForLoadState();
                assertThat(page.url()).doesNotContain("/login");
            }
            try (BrowserContext context = browser.newContext()) {
                Page page = signIn(context, username, PASSWORD);
                assertThat(page.url()).doesNotContain("/login").doesNotContain("/account/password");
            }
        }
    }

    static void newAccount(Page admin, String username, String name, String unit, String role) {
        admin.navigate(server.url("/admin/accounts/new"));
        admin.locator("#username").fill(username);
        admin.locator("#displayName").fill(name);
        admin.locator("#unit").selectOption(unit);
        admin.locator("input[name=roles][value=" + role + "]").check();
        admin.locator("#password").fill(TEMPORARY);
        admin.locator("main form.card button[type=submit].primary").click();
        admin.waitForLoadState();
        assertThat(admin.locator(".alert.error").count())
                .as("account %s: %s", username, main(admin))
                .isZero();
    }

    static String draftUrl;

    /**
     * The DJP administrator copies the 2024 manual to 2025, renames one IKU, adds one, and publishes the draft.
     */
    @Test
    @Order(3)
    void theAdministratorMakesThe2025ManualFrom2024() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page admin = signIn(context, "admin", "demo");
            admin.navigate(server.url("/frameworks"));
            admin.locator("#copy-code").fill("djp-kpp-pratama-2025");
            admin.locator("#copy-year").fill("2025");
            admin.locator("#copy-name").fill("Manual IKU KPP Pratama 2025");
            click(admin, "Buat draf");
            assertThat(admin.url()).contains("/frameworks/drafts/");
            draftUrl = admin.url().replaceAll("\\?.*", "");

            admin.locator("a[aria-label='Ubah IKU 04b-N']").click();
            admin.waitForLoadState();
            admin.locator("#f-name").fill("Indeks kepuasan pelayanan, penyuluhan dan kehumasan");
            click(admin, "Simpan");
            assertThat(admin.locator(".field-error").allTextContents()).isEmpty();

            admin.navigate(draftUrl + "/indicators/new");
            admin.locator("#f-code").fill("11a-CP");
            admin.locator("#f-objective").selectOption("SS4");
            admin.locator("#f-name").fill("Persentase pengaduan layanan yang diselesaikan tepat waktu");
            admin.locator("#f-definition").fill("Pengaduan Wajib Pajak yang diselesaikan dalam batas waktu layanan.");
            admin.locator("#f-formula").fill("Pengaduan selesai tepat waktu / pengaduan diterima x 100%");
            admin.locator("#f-unit").selectOption("percent");
            admin.locator("#f-polarity").selectOption("maximize");
            admin.locator("#f-consolidation").selectOption("take-last");
            admin.locator("#f-scoring").selectOption("ratio");
            admin.locator("#f-weight").fill("5");
            admin.locator("#f-data-source").fill("Aplikasi pengaduan layanan");
            click(admin, "Simpan");
            shot(admin, "3-new-iku");
            assertThat(admin.locator(".field-error").allTextContents()).isEmpty();

            admin.navigate(draftUrl);
            shot(admin, "3-draft");
            assertThat(main(admin)).contains("11a-CP", "Indeks kepuasan pelayanan, penyuluhan dan kehumasan");
            click(admin, "Terbitkan");
            shot(admin, "3-published");
            admin.navigate(server.url("/frameworks"));
            assertThat(main(admin)).contains("djp-kpp-pratama-2025");
        }
    }
}
