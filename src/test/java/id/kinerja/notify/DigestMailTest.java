package id.kinerja.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The daily digest through a real SMTP conversation with GreenMail on loopback (a dynamic port): one e-mail per person
 * with all of his notifications of the kinds he wants by e-mail, the links on the configured base address, and a
 * second run sends nothing. The application context is the shared one (mail off); the test hands the digest a
 * mail sender pointed at GreenMail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestMailTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    Digests digests;

    @Autowired
    NotifyProperties properties;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("m", false, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    JavaMailSenderImpl greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(GREENMAIL.getSmtp().getPort());
        return sender;
    }

    Account account(String role) {
        return accounts.findByUsername(own.user(role)).orElseThrow();
    }

    List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(GREENMAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    NewNotification step(NotificationKind kind, String iku, String remark, int version) {
        return new NewNotification(
                kind,
                own.unit.id(),
                own.code(),
                2024,
                Period.Q2,
                iku,
                List.of("Pengelola Uji", iku, "Q2", "2024", own.code(), remark),
                "/units/" + own.code() + "/realizations/" + iku + "/Q2?year=2024",
                "test:" + kind + "/" + iku + "/" + version);
    }

    @Test
    void oneDigestPerPersonWithEveryEmailedKindAndASecondRunSendsNothing() throws Exception {
        String address = own.tag + ".pic@kpp-uji.example";
        accounts.updateProfile(own.user("pic"), "PIC " + own.tag, address, null);
        Account pic = account("pic");
        notifications.notify(List.of(pic), "x", step(NotificationKind.RETURNED, "01a-CP", "Lampirkan bukti", 1));
        notifications.notify(List.of(pic), "x", step(NotificationKind.RETURNED, "04a-CP", "Angka salah", 1));
        // approvals are not e-mailed by default: in the app only
        notifications.notify(List.of(pic), "x", step(NotificationKind.APPROVED, "02a-CP", "", 1));
        // delivered twice: written once
        assertThat(notifications.notify(List.of(pic), "x", step(NotificationKind.RETURNED, "01a-CP", "lagi", 1)))
                .isZero();

        assertThat(digests.sendAll(greenMail())).isPositive();
        List<MimeMessage> received = to(address);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Kinerja: 2 pemberitahuan baru");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(properties.from());
        String body = GreenMailUtil.getBody(mail);
        assertThat(body)
                .contains("Yth. PIC " + own.tag)
                .contains("Pengelola Uji mengembalikan realisasi IKU 01a-CP Q2 2024")
                .contains("Lampirkan bukti")
                .contains("Angka salah")
                .contains(properties.link("/units/" + own.code() + "/realizations/01a-CP/Q2?year=2024"))
                .contains(properties.link("/account/notifications"))
                .doesNotContain("02a-CP");

        // again: nothing left for him
        digests.sendAll(greenMail());
        assertThat(to(address)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and emailed_at is null")
                        .param(pic.id())
                        .query(Long.class)
                        .single())
                .isZero();

        // a new notification goes in the next digest, alone
        notifications.notify(List.of(pic), "x", step(NotificationKind.UNLOCKED, "01a-CP", "Koreksi", 2));
        digests.sendAll(greenMail());
        assertThat(to(address)).hasSize(2);
        assertThat(to(address).get(1).getSubject()).isEqualTo("Kinerja: 1 pemberitahuan baru");
    }

    @Test
    void theEnglishReaderGetsItInEnglishAndWithoutAnAddressNothingIsSent() throws Exception {
        String address = own.tag + ".admin@kpp-uji.example";
        accounts.updateProfile(own.user("admin"), "Pengelola " + own.tag, address, "en");
        notifications.notify(List.of(account("admin")), "x", step(NotificationKind.SUBMITTED, "01a-CP", "", 1));
        notifications.notify(List.of(account("head")), "x", step(NotificationKind.VERIFIED, "01a-CP", "", 1));

        digests.sendAll(greenMail());
        assertThat(to(address)).hasSize(1);
        assertThat(to(address).getFirst().getSubject()).isEqualTo("Kinerja: 1 new notification(s)");
        assertThat(GreenMailUtil.getBody(to(address).getFirst()))
                .contains("Pengelola Uji submitted the realization of IKU 01a-CP Q2 2024");
        // the head has no address: his notification stays unsent (and in the app)
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and emailed_at is null")
                        .param(account("head").id())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void withMailOffTheDigestIsLoggedAndMarkedNotSent() throws Exception {
        String address = own.tag + ".viewer@kpp-uji.example";
        accounts.updateProfile(own.user("viewer"), "Pembaca " + own.tag, address, null);
        Account viewer = account("viewer");
        notifications.notify(List.of(viewer), "x", step(NotificationKind.OVERDUE, "01a-CP", "", 1));
        assertThat(properties.enabled()).isFalse();
        digests.sendAll();
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and emailed_at is null")
                        .param(viewer.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(to(address)).isEmpty();
    }
}
