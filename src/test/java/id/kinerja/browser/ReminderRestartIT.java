package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.kinerja.support.Browser;
import id.kinerja.support.KinerjaProcess;
import id.kinerja.support.KinerjaProcess.Server;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reminder that falls due while the server is down is sent once after it restarts, never twice (issue 13): the
 * packaged server on its own data directory and a real SMTP server on loopback (GreenMail). The first run prepares
 * the work owed (the PIC's 01a-CP of Q1 2024 opened again, a realization date of 31 December 2025 already passed,
 * the PIC's e-mail address) with the daily job scheduled on a day that does not come during the test, so no
 * reminder is written before the server stops. The second run schedules the job every two seconds: the overdue
 * reminder is written and e-mailed in one digest, and the following runs add nothing. A third run, restarted again,
 * sends nothing more.
 */
class ReminderRestartIT {

    static final String PIC_MAIL = "pic.iku@kpp-kupang.example";
    /** The reminders look back this many days (the setting's most), so a date of late 2025 still counts. */
    static final String OVERDUE_DAYS = "--kinerja.mail.overdue-days=366";

    static GreenMail smtp;
    static int smtpPort;
    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.executable();
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    static Server server(Path dataDir, String cron) throws Exception {
        return KinerjaProcess.startServer(
                dataDir,
                "--kinerja.mail.enabled=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--kinerja.mail.from=kinerja@kpp-kupang.example",
                "--kinerja.mail.digest-cron=" + cron,
                OVERDUE_DAYS);
    }

    /** The e-mails the PIC received so far. */
    static List<String> picMails() {
        return java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(PIC_MAIL);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(WorkLoopIT::text)
                .toList();
    }

    /** How often the notifications' job has run on a server so far, by its log line. */
    static int jobRuns(Server server) throws java.io.IOException {
        return server.log().split("NotifyJobs +: Notifications of", -1).length - 1;
    }

    @Test
    void aReminderDueWhileTheServerIsDownIsSentOnceAfterItRestartsNeverTwice() throws Exception {
        Path data = KinerjaProcess.dataDir("reminder-restart");
        // 29 February at 06:00: not a day of this test, so the first run writes no reminder
        try (Server first = server(data, "0 0 6 29 2 *")) {
            try (BrowserContext context = browser.newContext()) {
                Page admin = Browser.signIn(first, context, "admin");
                admin.navigate(first.url("/units/KPP-KUPANG/realizations/01a-CP/Q1?year=2024"));
                admin.locator("#unlock-reason").fill("Uji pengingat: realisasi Q1 belum disetujui lagi");
                Browser.press(admin, "Buka kunci");
                assertThat(admin.locator("main").textContent()).contains("Draf");
                // headquarters moves the Q1 realization date to the last day it may (the next year's end)
                admin.navigate(first.url("/units/DJP/calendar?year=2024"));
                admin.locator("input[name='due.REALIZATION.Q1']").fill("31/12/2025");
                Browser.press(admin, "Simpan kalender");
                assertThat(admin.locator("[role=alert]").count()).isZero();
            }
            try (BrowserContext context = browser.newContext()) {
                Page pic = Browser.signIn(first, context, "kupang.pic");
                pic.navigate(first.url("/account/profile"));
                pic.locator("#email").fill(PIC_MAIL);
                Browser.press(pic, "Simpan profil");
            }
        }
        assertThat(picMails()).as("nothing sent before the job ran").isEmpty();

        // restarted with the job every two seconds: the reminder of the date passed meanwhile, in one digest
        try (Server second = server(data, "*/2 * * * * *")) {
            await("the PIC's digest with the reminder")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !picMails().isEmpty());
            // three more runs of the job: nothing new to send
            int runs = jobRuns(second);
            await("three more runs").atMost(Duration.ofSeconds(60)).until(() -> jobRuns(second) >= runs + 3);
            List<String> mails = picMails();
            assertThat(mails).hasSize(1);
            assertThat(mails.getFirst())
                    .contains("Batas waktu realisasi")
                    .contains("telah lewat")
                    .contains("01a-CP");
        }
        // restarted once more: the reminder was written and sent, never again
        try (Server third = server(data, "*/2 * * * * *")) {
            await("three runs after the restart").atMost(Duration.ofSeconds(60)).until(() -> jobRuns(third) >= 3);
            assertThat(picMails()).hasSize(1);
        }
    }
}
