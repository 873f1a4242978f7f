package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import id.kinerja.support.Browser;
import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Server;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        page.locator("main form[action$='" + actionEnd + "'] button[type=submit]")
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
            click(pa, "Simpan bobot dan target");
            assertThat(pa.locator("main .alert.error").allTextContents()).isEmpty();
            assertThat(main(pa)).contains("Bobot dan target perjanjian kinerja");
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

    static final java.util.List<String> entered = new java.util.ArrayList<>();
    static final java.util.Map<String, String> notEntered = new java.util.LinkedHashMap<>();

    static String entry(String code) {
        return server.url("/units/" + OFFICE + "/realizations/" + code + "/Y?year=2025");
    }

    /**
     * The PIC enters each IKU's yearly realization and submits it; the administrator verifies; the head
     * approves. An IKU whose page offers no entry is reported with the page's words.
     */
    @Test
    @Order(5)
    void theYearlyRealizationsAreEnteredVerifiedAndApproved() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page pic = signIn(context, "uji.pic", PASSWORD);
            for (String code : codes) {
                pic.navigate(entry(code));
                if (pic.locator("main form[action$='/save']").count() == 0) {
                    shot(pic, "5-no-entry-" + code);
                    notEntered.put(code, main(pic).replaceAll("\\s+", " "));
                    continue;
                }
                // the value or the components, never both
                var components = pic.locator("input[name^='component.']").all();
                if (components.isEmpty()) {
                    pic.locator("#value").fill("100");
                }
                for (var component : components) {
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
                entered.add(code);
            }
        }
        System.out.println("YearFromScratchIT: no entry on the page for " + notEntered);
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "uji.admin", PASSWORD);
            for (String code : entered) {
                pa.navigate(entry(code));
                submit(pa, "/verify");
                assertThat(main(pa)).as(code).contains("Terverifikasi");
            }
        }
        try (BrowserContext context = browser.newContext()) {
            Page head = signIn(context, "uji.head", PASSWORD);
            for (String code : entered) {
                head.navigate(entry(code));
                submit(head, "/approve");
                assertThat(main(head)).as(code).contains("Disetujui");
            }
            head.navigate(server.url("/units/" + OFFICE + "/dashboard?year=2025&period=Y"));
            shot(head, "5-dashboard");
        }
        assertThat(notEntered).isEmpty();
        assertThat(entered).containsExactlyElementsOf(codes);
    }

    /**
     * The performance administrator fills what the LAKIN prints: the documents' place and date, the net
     * revenue and the PPM/PKM figures, the budget by kind of spending, an award and an innovation, the
     * Renstra targets and the past year of each IKU.
     */
    @Test
    @Order(6)
    void thePerformanceAdministratorFillsTheLakinData() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page pa = signIn(context, "uji.admin", PASSWORD);
            pa.navigate(server.url("/units/" + OFFICE + "/reports/settings?year=2025"));
            for (var input : pa.locator("main input[name^='place.']").all()) {
                input.fill("Mataram");
            }
            for (var input : pa.locator("main input[type=date][name^='date.']").all()) {
                input.fill("2026-01-20");
            }
            submit(pa, "/reports/settings");
            shot(pa, "6-settings");

            pa.navigate(server.url("/units/" + OFFICE + "/revenue/figures?year=2025"));
            pa.locator("#net-target").fill("1.250.000.000.000");
            pa.locator("#net-gross").fill("1.300.000.000.000");
            pa.locator("#net-refunds").fill("37.500.000.000");
            pa.locator("#net-net").fill("1.262.500.000.000");
            submit(pa, "/revenue/figures/net");
            for (String activity : new String[] {"PPM", "PKM"}) {
                for (var input :
                        pa.locator("input[name^='" + activity + ".target.']").all()) {
                    input.fill("25.000.000.000");
                }
                for (var input : pa.locator("input[name^='" + activity + ".realization.']")
                        .all()) {
                    input.fill("26.000.000.000");
                }
                pa.locator("main form[action$='/revenue/figures/activity']:has(input[value=" + activity
                                + "]) button[type=submit]")
                        .click();
                pa.waitForLoadState();
                assertThat(pa.locator("main .alert.error").allTextContents()).isEmpty();
            }
            shot(pa, "6-revenue-figures");

            pa.navigate(server.url("/units/" + OFFICE + "/budget?year=2025"));
            String[][] kinds = {
                {"51", "8.100.000.000", "7.950.000.000"},
                {"52", "3.200.000.000", "3.010.000.000"},
                {"53", "450.000.000", "441.000.000"}
            };
            for (String[] k : kinds) {
                pa.locator("#kc-" + k[0]).fill(k[1]);
                pa.locator("#kr-" + k[0]).fill(k[2]);
            }
            submit(pa, "/budget/kinds");
            shot(pa, "6-budget");

            pa.navigate(server.url("/units/" + OFFICE + "/recognitions?year=2025"));
            pa.locator("main summary:has-text('Tambah penghargaan')").click();
            Page award = pa;
            award.locator("main form[action*='/recognitions/awards'] input[name=title]")
                    .last()
                    .fill("Penghargaan Unit Kerja Pelayanan Prima");
            award.locator("main form[action*='/recognitions/awards'] input[name=giver]")
                    .last()
                    .fill("Kantor Wilayah DJP Uji Coba");
            award.locator("main form[action*='/recognitions/awards'] input[name=date]")
                    .last()
                    .fill("2025-11-10");
            award.locator("main form[action*='/recognitions/awards'] textarea[name=description]")
                    .last()
                    .fill("Pelayanan terbaik tingkat Kanwil tahun 2025.");
            award.locator("main form[action*='/recognitions/awards'] button[type=submit].primary")
                    .last()
                    .click();
            award.waitForLoadState();
            pa.locator("main summary:has-text('Tambah inovasi')").click();
            pa.locator("main form[action*='/recognitions/innovations'] input[name=name]")
                    .last()
                    .fill("SIAP-LAYAN");
            pa.locator("main form[action*='/recognitions/innovations'] input[name=longName]")
                    .last()
                    .fill("Sistem Antrean dan Pengaduan Layanan");
            pa.locator("main form[action*='/recognitions/innovations'] textarea[name=description]")
                    .last()
                    .fill("Antrean daring dan penyelesaian pengaduan yang terpantau.");
            pa.locator("main form[action*='/recognitions/innovations'] textarea[name=goals]")
                    .last()
                    .fill("Waktu tunggu lebih singkat\nPengaduan selesai tepat waktu");
            pa.locator("main form[action*='/recognitions/innovations'] button[type=submit].primary")
                    .last()
                    .click();
            pa.waitForLoadState();
            assertThat(main(pa)).contains("Penghargaan Unit Kerja Pelayanan Prima", "SIAP-LAYAN");
            shot(pa, "6-recognitions");

            for (String code : codes) {
                pa.navigate(server.url("/units/" + OFFICE + "/iku/" + code + "?year=2025"));
                if (pa.locator("#pl-renstra").count() > 0) {
                    pa.locator("#pl-renstra").fill("100");
                    pa.locator("#pl-rpjmn").fill("100");
                    pa.locator("#pl-standard").fill("100");
                    pa.locator("#pl-source").fill("Renstra DJP 2025-2029");
                    submit(pa, "/planning");
                }
                if (pa.locator("#hi-year").count() > 0) {
                    pa.locator("#hi-year").fill("2024");
                    pa.locator("#hi-realization").fill("98,5");
                    pa.locator("#hi-index").fill("98,5");
                    submit(pa, "/history");
                }
            }
            shot(pa, "6-iku-" + codes.get(codes.size() - 1));
        }
    }

    /**
     * The head downloads the LAKIN 2025 (PDF): no unwritten data, no dotted blank, no placeholder name;
     * the head's name, the place and the new IKU are printed.
     */
    @Test
    @Order(7)
    void theLakinIsDownloadedWithEveryDataSectionFilled() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page head = signIn(context, "uji.head", PASSWORD);
            head.navigate(server.url("/units/" + OFFICE + "/reports/check?year=2025"));
            shot(head, "7-check");
            head.navigate(server.url("/units/" + OFFICE + "/dashboard?year=2025&period=Y"));
            Path html = Files.createTempFile("lakin", ".html");
            com.microsoft.playwright.APIResponse response =
                    head.request().get(server.url("/units/" + OFFICE + "/reports/lakin?year=2025&format=html"));
            Files.writeString(html, response.text());
            Download download = head.waitForDownload(() -> head.locator("a[href*='/reports/lakin'][href*='format=pdf']")
                    .first()
                    .click());
            Path pdf = Path.of("target", "screenshots", "year-lakin-2025.pdf");
            download.saveAs(pdf);
            String text = pdfText(pdf, html);
            Files.writeString(Path.of("target", "screenshots", "year-lakin-2025.txt"), text);
            assertThat(text).contains(OFFICE_HEAD, "Mataram, 20 Januari 2026", "11a-CP", "01a-CP");
            assertThat(text)
                    .contains(
                            KANWIL_HEAD,
                            "PK-01/WPJ.99/KP.0101/2025",
                            "Indeks kepuasan pelayanan, penyuluhan dan",
                            "Rp1.262.500.000.000",
                            "7.950.000.000",
                            "Penghargaan Unit Kerja Pelayanan Prima",
                            "SIAP-LAYAN",
                            "Renstra DJP 100,00");
            assertThat(text).doesNotContain("......", "Nama Kepala", "NIP. ......");
            assertThat(text).containsPattern("Nilai Kinerja Organisasi 2025: [0-9]");
            // the only unwritten parts are the narratives people write (p.unwritten): every data part is filled
            String data = Files.readString(html).replaceAll("(?s)<p class=\"unwritten\"[^>]*>.*?</p>", "");
            assertThat(data).doesNotContain("belum diisi");
            System.out.println("YearFromScratchIT: unwritten narrative sections in the LAKIN: "
                    + (text.split("\\(belum diisi\\)|\\(analisis belum diisi\\)", -1).length - 1));
        }
    }

    /** The new pages at phone width (390 px): the page itself does not scroll sideways. */
    @Test
    @Order(8)
    void theNewPagesWorkAtPhoneWidth() throws Exception {
        try (BrowserContext context = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page admin = signIn(context, "admin", "demo");
            java.util.Map<String, Object> wide = new java.util.LinkedHashMap<>();
            for (String path : new String[] {
                "/units/DJP/units",
                "/units/" + KANWIL + "/units/new",
                "/admin/accounts",
                "/frameworks",
                "/units/" + OFFICE + "/agreement?year=2025",
                "/units/" + OFFICE + "/reports/settings?year=2025",
                "/units/" + OFFICE + "/revenue/figures?year=2025",
                "/units/" + OFFICE + "/recognitions?year=2025"
            }) {
                admin.navigate(server.url(path));
                admin.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browser.screenshot("year-phone" + path.replaceAll("[/?=]", "-")))
                        .setFullPage(true));
                Object fits = admin.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
                if (!Boolean.TRUE.equals(fits)) {
                    wide.put(path, admin.evaluate("() => document.documentElement.scrollWidth"));
                }
            }
            assertThat(wide).as("pages wider than the phone (scroll width)").isEmpty();
        }
    }

    /** The PDF's text by pdftotext where it is installed, else the HTML format of the same report. */
    static String pdfText(Path pdf, Path html) throws Exception {
        if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            Path out = Files.createTempFile("lakin", ".txt");
            Process p = new ProcessBuilder("/usr/bin/pdftotext", "-layout", pdf.toString(), out.toString())
                    .redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor()).isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        }
        return Files.readString(html).replaceAll("<[^>]+>", " ");
    }
}
