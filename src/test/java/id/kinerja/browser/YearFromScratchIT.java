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
            assertThat(main(admin)).contains("Diterbitkan: djp-kpp-pratama-2025 versi 1 untuk tahun 2025");
            admin.navigate(server.url("/frameworks"));
            assertThat(main(admin)).contains("djp-kpp-pratama-2025");
        }
    }

    static final String AGREEMENT = "/units/" + OFFICE + "/agreement?year=2025";
    static final java.util.List<String> codes = new java.util.ArrayList<>();

    static void submit(Page page, String actionEnd) {
        page.locator("main form[action*='" + actionEnd + "'] button[type=submit]")
                .first()
                .click();
        page.waitForLoadState();
        assertThat(page.locator("main .alert.error").allTextContents())
                .as("%s at %s", actionEnd, page.url())
                .isEmpty();
    }

    /**
     * The office's performance administrator creates the 2025 PK from the manual, fills its header and the
     * targets, and adds a PIC for every IKU; the office head signs as first party, the Kanwil head as second.
     */
    @Test
    @Order(4)
    void thePerformanceAdministratorMakesThePkAndBothPartiesSignIt() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "uji.admin", PASSWORD);
            pa.navigate(server.url(AGREEMENT));
            pa.locator("#framework").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
            submit(pa, "/agreement/create");
            assertThat(main(pa)).contains("11a-CP", "Persentase pengaduan layanan yang diselesaikan tepat waktu");

            pa.locator("#number").fill("PK-01/WPJ.99/KP.0101/2025");
            pa.locator("#date").fill("2025-01-06");
            pa.locator("#place").fill("Mataram");
            assertThat(pa.locator("#firstName").inputValue()).isIn("", OFFICE_HEAD);
            pa.locator("#firstName").fill(OFFICE_HEAD);
            pa.locator("#firstPosition").fill("Kepala Kantor Pelayanan Pajak Pratama Uji Coba");
            pa.locator("#secondName").fill(KANWIL_HEAD);
            pa.locator("#secondPosition").fill("Kepala Kantor Wilayah DJP Uji Coba");
            submit(pa, "/header");

            for (var input : pa.locator("input[name^='weight.']").all()) {
                codes.add(input.getAttribute("name").substring("weight.".length()));
            }
            assertThat(codes).contains("01a-CP", "04b-N", "11a-CP");
            for (var input : pa.locator("input[name^='target.']").all()) {
                input.fill("100");
            }
            submit(pa, "/indicators");
            shot(pa, "4-pk-draft");

            pa.navigate(server.url("/admin/accounts/new"));
            pa.locator("#username").fill("uji.pic");
            pa.locator("#displayName").fill("Andi PIC Kinerja");
            pa.locator("input[name=roles][value=PIC]").check();
            pa.locator("#indicators").fill(String.join(", ", codes));
            pa.locator("#password").fill(TEMPORARY);
            pa.locator("main form.card button[type=submit].primary").click();
            pa.waitForLoadState();
            assertThat(pa.locator(".alert.error").count()).as(main(pa)).isZero();
        }
        try (BrowserContext context = browser.newContext()) {
            Page pic = signIn(context, "uji.pic", TEMPORARY);
            pic.locator("#current").fill(TEMPORARY);
            pic.locator("#password").fill(PASSWORD);
            pic.locator("#repeated").fill(PASSWORD);
            pic.locator("main form button[type=submit]").click();
            pic.waitForLoadState();
        }
        for (String signer : new String[] {"uji.head", "uji.kanwil"}) {
            try (BrowserContext context = browser.newContext()) {
                Page page = signIn(context, signer, PASSWORD);
                page.navigate(server.url(AGREEMENT));
                page.locator("main form[action$='/sign'] input[name=confirm]").check();
                submit(page, "/sign");
                shot(page, "4-signed-by-" + signer);
            }
        }
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "uji.admin", PASSWORD);
            pa.navigate(server.url(AGREEMENT));
            assertThat(pa.locator("main form[action$='/sign']").count()).isZero();
            assertThat(main(pa)).contains(OFFICE_HEAD, KANWIL_HEAD, "PK-01/WPJ.99/KP.0101/2025");
            shot(pa, "4-pk-in-force");
        }
    }

    /** The PIC enters each IKU's yearly realization and submits it; the administrator verifies; the head approves. */
    @Test
    @Order(5)
    void theYearlyRealizationsAreEnteredVerifiedAndApproved() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page pic = signIn(context, "uji.pic", PASSWORD);
            for (String code : codes) {
                pic.navigate(server.url("/units/" + OFFICE + "/realizations/" + code + "/Y?year=2025"));
                if (pic.locator("#value").isVisible()) {
                    pic.locator("#value").fill("100");
                }
                for (var component : pic.locator("input[name^='component.']").all()) {
                    component.fill("100");
                }
                submit(pic, "/save");
                if (pic.locator("main form[action$='/save'] input[name=confirm]")
                                .count()
                        > 0) {
                    pic.locator("main form[action$='/save'] input[name=confirm]")
                            .check();
                    submit(pic, "/save");
                }
                submit(pic, "/submit");
                assertThat(main(pic)).as(code).contains("Diajukan");
            }
        }
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "uji.admin", PASSWORD);
            for (String code : codes) {
                pa.navigate(server.url("/units/" + OFFICE + "/realizations/" + code + "/Y?year=2025"));
                submit(pa, "/verify");
                assertThat(main(pa)).as(code).contains("Terverifikasi");
            }
        }
        try (BrowserContext context = browser.newContext()) {
            Page head = signIn(context, "uji.head", PASSWORD);
            for (String code : codes) {
                head.navigate(server.url("/units/" + OFFICE + "/realizations/" + code + "/Y?year=2025"));
                submit(head, "/approve");
                assertThat(main(head)).as(code).contains("Disetujui");
            }
            head.navigate(server.url("/units/" + OFFICE + "/dashboard?year=2025&period=Y"));
            shot(head, "5-dashboard");
        }
    }
}
