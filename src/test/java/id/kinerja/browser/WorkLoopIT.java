package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import id.kinerja.support.Browser;
import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Server;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop that moves the work, in a real browser against the packaged server (docs/domain.md "Who does what next"):
 * the PIC submits three values; the performance administrator finds them in "Tugas saya" and an e-mail arrives for
 * her in a real SMTP server on loopback (GreenMail; the server's digest job runs every two seconds here); she returns
 * one with a reason; the PIC sees the notification (the bell) and the reason, corrects and resubmits; the administrator verifies the three in one bulk action and
 * the head approves them in one; the Kanwil's reviewer comments on the quarter, the office answers, the reviewer
 * closes the thread and marks the quarter reviewed. The values entered are the demo's own, so the year's NKO is
 * 108,38 again at the end.
 */
class WorkLoopIT {

    static final String[][] VALUES = {{"Q1", "15,62"}, {"Q2", "38,80"}, {"Q3", "63,03"}};

    static final String ADMIN_MAIL = "pengelola.kinerja@kpp-kupang.example";

    static GreenMail smtp;
    static Server server;
    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.executable();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = KinerjaProcess.startServer(
                KinerjaProcess.dataDir("workloop"),
                "--kinerja.mail.enabled=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + port,
                "--kinerja.mail.from=kinerja@kpp-kupang.example",
                "--kinerja.mail.digest-cron=*/2 * * * * *");
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
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The e-mails received for an address, by their text. */
    static List<String> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(WorkLoopIT::text)
                .toList();
    }

    /** The decoded text of an e-mail: its body, or every text part of a multipart one. */
    static String text(MimeMessage m) {
        try {
            Object content = m.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Object part = multipart.getBodyPart(i).getContent();
                    sb.append(part instanceof String text ? text : GreenMailUtil.getBody(multipart.getBodyPart(i)));
                }
                return sb.toString();
            }
            return content.toString();
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void shot(Page page, String name) throws Exception {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browser.screenshot("workloop-" + name))
                .setFullPage(true));
    }

    static String entry(String period) {
        return server.url("/units/KPP-KUPANG/realizations/01a-CP/" + period + "?year=2024");
    }

    @Test
    void submitReturnCorrectBulkVerifyBulkApproveAndTheKanwilsReview() throws Exception {
        // the administrator opens three approved values of the demo again
        try (BrowserContext context = browser.newContext()) {
            Page admin = Browser.signIn(server, context, "admin");
            for (String[] v : VALUES) {
                admin.navigate(entry(v[0]));
                admin.locator("#unlock-reason").fill("Uji alur kerja: diisi ulang oleh PIC");
                Browser.press(admin, "Buka kunci");
                assertThat(admin.locator("main").textContent()).contains("Draf");
            }
        }
        // the performance administrator gives her e-mail address on her profile
        try (BrowserContext context = browser.newContext()) {
            Page pa = Browser.signIn(server, context, "kupang.admin");
            pa.navigate(server.url("/account/profile"));
            pa.locator("#email").fill(ADMIN_MAIL);
            Browser.press(pa, "Simpan profil");
        }
        // the PIC lands on Tugas saya, finds the three values to fill, enters and submits them
        try (BrowserContext context = browser.newContext()) {
            Page pic = Browser.signIn(server, context, "kupang.pic");
            assertThat(pic.url()).endsWith("/tasks");
            pic.navigate(server.url("/tasks?kind=FILL&q=01a-CP"));
            assertThat(pic.locator("table.tasks tbody tr").count()).isEqualTo(3);
            shot(pic, "1-pic-tasks");
            for (String[] v : VALUES) {
                pic.navigate(entry(v[0]));
                pic.getByLabel("Nilai realisasi").fill(v[1]);
                Browser.press(pic, "Simpan draf");
                Browser.press(pic, "Ajukan");
                assertThat(pic.locator("main").textContent()).contains("Diajukan");
            }
        }
        // an e-mail tells the performance administrator (the digest of her notifications)
        await("the administrator's e-mail")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> mailsTo(ADMIN_MAIL).stream()
                        .anyMatch(body -> body.contains("01a-CP") && body.contains("diverifikasi")));
        // the performance administrator finds them in Tugas saya and returns Q2 with a reason
        try (BrowserContext context = browser.newContext()) {
            Page pa = Browser.signIn(server, context, "kupang.admin");
            pa.navigate(server.url("/tasks?kind=VERIFY"));
            assertThat(pa.locator("table.tasks tbody tr").count()).isEqualTo(3);
            assertThat(pa.locator("table.tasks").textContent()).contains("01a-CP", "Triwulan II 2024");
            shot(pa, "2-admin-tasks");
            pa.locator("table.tasks tbody tr", new Page.LocatorOptions().setHasText("Triwulan II 2024"))
                    .locator("a")
                    .first()
                    .click();
            pa.waitForLoadState();
            assertThat(pa.url()).contains("/realizations/01a-CP/Q2");
            pa.locator("#return-reason").fill("Angka Q2 belum dicocokkan dengan Appportal per 30 Juni");
            Browser.press(pa, "Kembalikan");
            assertThat(pa.locator("main").textContent()).contains("Dikembalikan");
        }
        // the PIC sees the returned value with its reason, corrects it and submits again
        try (BrowserContext context = browser.newContext()) {
            Page pic = Browser.signIn(server, context, "kupang.pic");
            // the bell counts the unread notifications; its list shows the return with the reason
            assertThat(pic.locator("#bell .bell-count").textContent()).isNotBlank();
            pic.locator("#bell").click();
            pic.waitForLoadState();
            assertThat(pic.locator("main").textContent())
                    .contains("Angka Q2 belum dicocokkan dengan Appportal per 30 Juni");
            shot(pic, "3a-pic-notifications");
            pic.navigate(server.url("/tasks?kind=RETURNED"));
            assertThat(pic.locator("table.tasks").textContent())
                    .contains("Alasan pengembalian: Angka Q2 belum dicocokkan dengan Appportal per 30 Juni");
            shot(pic, "3-pic-returned");
            pic.locator("table.tasks tbody tr a").first().click();
            pic.waitForLoadState();
            pic.getByLabel("Nilai realisasi").fill("38,80");
            Browser.press(pic, "Simpan draf");
            Browser.press(pic, "Ajukan");
            assertThat(pic.locator("main").textContent()).contains("Diajukan");
        }
        // the administrator verifies the three in one bulk action
        try (BrowserContext context = browser.newContext()) {
            Page pa = Browser.signIn(server, context, "kupang.admin");
            pa.navigate(server.url("/tasks?kind=VERIFY"));
            pa.locator("table.tasks tbody input[type=checkbox][name=ref]").all().forEach(c -> c.check());
            Browser.press(pa, "Verifikasi yang dipilih");
            assertThat(pa.locator("h1").textContent()).isEqualTo("Verifikasi 3 nilai");
            shot(pa, "4-bulk-verify-confirm");
            Browser.press(pa, "Ya, verifikasi 3 nilai");
            assertThat(pa.locator("[role=status]").first().textContent()).contains("3 nilai diverifikasi");
        }
        // the head approves the three in one bulk action, on a phone; the year's NKO is the demo's again
        try (BrowserContext context = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page head = Browser.signIn(server, context, "kupang.head");
            assertThat(head.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("Tugas saya fits a phone's width")
                    .isEqualTo(true);
            shot(head, "5a-head-tasks-phone");
            assertThat(head.locator("table.tasks").textContent()).contains("Setujui");
            head.locator("table.tasks tbody input[type=checkbox][name=ref]")
                    .all()
                    .forEach(c -> c.check());
            Browser.press(head, "Setujui yang dipilih");
            Browser.press(head, "Ya, setujui 3 nilai");
            assertThat(head.locator("[role=status]").first().textContent()).contains("3 nilai disetujui");
            shot(head, "5-head-approved");
            head.navigate(server.url("/units/KPP-KUPANG/dashboard?year=2024&period=Y"));
            assertThat(head.locator("main").textContent()).contains("108,38");
        }
        // the Kanwil's reviewer comments on the second quarter
        try (BrowserContext context = browser.newContext()) {
            Page reviewer = Browser.signIn(server, context, "nusra.reviewer");
            reviewer.navigate(server.url("/units/KPP-KUPANG/review?year=2024"));
            reviewer.locator("#new-scope").selectOption("PERIOD");
            reviewer.locator("#new-period").selectOption("Q2");
            reviewer.locator("#new-content").fill("Mohon jelaskan koreksi realisasi 01a-CP triwulan II.");
            Browser.press(reviewer, "Buka utas");
            assertThat(reviewer.locator("main").textContent())
                    .contains("Mohon jelaskan koreksi realisasi 01a-CP triwulan II.");
        }
        // the office answers from its Tugas saya
        try (BrowserContext context = browser.newContext()) {
            Page pa = Browser.signIn(server, context, "kupang.admin");
            pa.navigate(server.url("/tasks?kind=ANSWER_COMMENT"));
            pa.locator("table.tasks tbody tr a").first().click();
            pa.waitForLoadState();
            pa.locator("textarea[name=content]").first().fill("Angka Q2 dicocokkan dengan Appportal per 30 Juni.");
            Browser.press(pa, "Kirim jawaban");
            assertThat(pa.locator("main").textContent()).contains("Angka Q2 dicocokkan dengan Appportal per 30 Juni.");
        }
        // the reviewer closes the thread and marks the quarter reviewed
        try (BrowserContext context = browser.newContext()) {
            Page reviewer = Browser.signIn(server, context, "nusra.reviewer");
            reviewer.navigate(server.url("/units/KPP-KUPANG/review?year=2024"));
            Browser.press(reviewer, "Tutup utas");
            reviewer.locator("#period-Q2")
                    .getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tandai telah ditelaah"))
                    .click();
            reviewer.waitForLoadState();
            assertThat(reviewer.locator("#period-Q2").textContent()).doesNotContain("belum");
            shot(reviewer, "6-reviewed");
        }
    }
}
