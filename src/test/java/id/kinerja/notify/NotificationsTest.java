package id.kinerja.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.AgreementSigned;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.review.ReviewCommentPosted;
import id.kinerja.testsupport.OwnUnit;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications end to end on an office of the test's own: a PIC's submission tells the performance
 * administrator (not the PIC), the bell counts it, the list shows it and marks it read (one, all; another person's is
 * 404), a return tells the PIC with the reason, the API lists them, and the e-mail choice is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsTest {

    static final int YEAR = OwnUnit.YEAR;
    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

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
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create(
                "n", true, Set.of("01a-CP", "04a-CP"), units, agreements, frameworks, realizations, accounts);
    }

    CurrentUser current(String role) {
        return (CurrentUser) users.loadUserByUsername(own.user(role));
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    ResultActions act(String role, String action, String iku, Period period, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(
                        "/units/{u}/realizations/{i}/{p}/{a}", own.code(), iku, period.name(), action)
                .with(as(role))
                .with(csrf())
                .param("year", String.valueOf(YEAR));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    String version(String iku, Period period) {
        return String.valueOf(realizations
                .find(own.unit.id(), YEAR, iku, period)
                .orElseThrow()
                .rowVersion());
    }

    List<Notification> of(String role, NotificationKind kind) {
        return notifications.recent(current(role)).stream()
                .filter(n -> n.kind() == kind)
                .toList();
    }

    @Test
    void aSubmissionTellsTheAdministratorWhoReadsItAndAReturnTellsThePicWithTheReason() throws Exception {
        act("pic", "save", "01a-CP", Period.Q1, "value", "15,62", "note", "Dari Appportal")
                .andExpect(status().is3xxRedirection());
        act("pic", "submit", "01a-CP", Period.Q1, "rowVersion", version("01a-CP", Period.Q1))
                .andExpect(status().is3xxRedirection());

        await().atMost(WAIT).until(() -> of("admin", NotificationKind.SUBMITTED).size() == 1);
        Notification submitted = of("admin", NotificationKind.SUBMITTED).getFirst();
        assertThat(submitted.unitCode()).isEqualTo(own.code());
        assertThat(submitted.indicatorCode()).isEqualTo("01a-CP");
        assertThat(submitted.period()).isEqualTo(Period.Q1);
        assertThat(submitted.href()).isEqualTo("/units/" + own.code() + "/realizations/01a-CP/Q1?year=2024");
        assertThat(submitted.unread()).isTrue();
        // the actor is never told of his own step; the head is told of a verification, not of a submission
        assertThat(notifications.recent(current("pic"))).isEmpty();
        assertThat(notifications.recent(current("head"))).isEmpty();

        // the bell of every page shows the unread count
        mvc.perform(get("/account/profile").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"bell-count\">1</span>")));
        mvc.perform(get("/account/profile").with(as("pic")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("bell-count"))));

        // the list, in the reader's language
        mvc.perform(get("/notifications").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("PIC " + own.tag + " mengajukan realisasi IKU 01a-CP Q1 2024")))
                .andExpect(content().string(containsString("/notifications/" + submitted.id() + "/read")));
        mvc.perform(get("/notifications").param("lang", "en").with(as("admin")))
                .andExpect(content().string(containsString("submitted the realization of IKU 01a-CP Q1 2024")));

        // another person cannot mark it
        mvc.perform(post("/notifications/{id}/read", submitted.id())
                        .with(as("pic"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/read", submitted.id())
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(current("admin"))).isZero();
        assertThat(of("admin", NotificationKind.SUBMITTED).getFirst().readAt()).isNotNull();
        mvc.perform(get("/account/profile").with(as("admin")))
                .andExpect(content().string(not(containsString("bell-count"))));

        // a return tells the IKU's PIC, with the reason; the administrator (the actor) is not told
        act(
                        "admin",
                        "return",
                        "01a-CP",
                        Period.Q1,
                        "rowVersion",
                        version("01a-CP", Period.Q1),
                        "reason",
                        "Lampirkan bukti")
                .andExpect(status().is3xxRedirection());
        await().atMost(WAIT).until(() -> of("pic", NotificationKind.RETURNED).size() == 1);
        assertThat(of("pic", NotificationKind.RETURNED).getFirst().args()).contains("Lampirkan bukti");
        assertThat(of("pic2", NotificationKind.RETURNED)).isEmpty();
        assertThat(of("admin", NotificationKind.RETURNED)).isEmpty();

        // opening it from the list marks it read and goes to its page
        long returned = of("pic", NotificationKind.RETURNED).getFirst().id();
        mvc.perform(post("/notifications/{id}/read", returned)
                        .param("open", "1")
                        .with(as("pic"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/units/" + own.code() + "/realizations/01a-CP/Q1?year=2024"));

        // the API lists them with their text
        mvc.perform(get("/api/v1/me/notifications").with(as("pic")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.notifications[0].kind").value("RETURNED"))
                .andExpect(jsonPath("$.notifications[0].text", containsString("Lampirkan bukti")));
    }

    @Test
    void aVerificationTellsTheHeadAndTheApprovalThePicAndAllAreMarkedReadAtOnce() throws Exception {
        act("pic", "save", "04a-CP", Period.Q1, "value", "100").andExpect(status().is3xxRedirection());
        act("pic", "submit", "04a-CP", Period.Q1, "rowVersion", version("04a-CP", Period.Q1));
        act("admin", "verify", "04a-CP", Period.Q1, "rowVersion", version("04a-CP", Period.Q1));
        await().atMost(WAIT).until(() -> of("head", NotificationKind.VERIFIED).size() == 1);
        act("head", "approve", "04a-CP", Period.Q1, "rowVersion", version("04a-CP", Period.Q1));
        await().atMost(WAIT).until(() -> of("pic", NotificationKind.APPROVED).size() == 1);
        assertThat(of("head", NotificationKind.APPROVED)).isEmpty();

        long unread = notifications.unreadCount(current("pic"));
        assertThat(unread).isPositive();
        mvc.perform(post("/notifications/read-all").with(as("pic")).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(current("pic"))).isZero();
    }

    @Test
    void theEmailChoiceIsSavedPerKind() throws Exception {
        assertThat(notifications.emailPreferences(current("viewer").id()))
                .containsEntry(NotificationKind.RETURNED, true)
                .containsEntry(NotificationKind.APPROVED, false);
        mvc.perform(get("/account/notifications").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"RETURNED\" checked")))
                .andExpect(content().string(containsString("Realisasi dikembalikan")));

        mvc.perform(post("/account/notifications")
                        .param("email", "APPROVED")
                        .param("email", "OVERDUE")
                        .param("email", "NO_SUCH_KIND")
                        .with(as("viewer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/notifications"));
        assertThat(notifications.emailPreferences(current("viewer").id()).entrySet().stream()
                        .filter(e -> e.getValue())
                        .map(e -> e.getKey())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(NotificationKind.APPROVED, NotificationKind.OVERDUE));
        // another person's choice is unchanged
        assertThat(notifications.emailPreferences(current("admin").id()))
                .containsEntry(NotificationKind.SUBMITTED, true);
    }

    /** Published as the owning module does: inside a transaction that commits. */
    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    @Test
    void aSignedAgreementAndAReviewCommentTellTheirPeopleOnceEvenWhenDeliveredTwice() {
        long agreementId = -own.unit.id();
        AgreementSigned signed = new AgreementSigned(agreementId, own.unit.id(), YEAR, 2, own.user("head"));
        publish(signed);
        publish(signed);
        await().atMost(WAIT)
                .until(() -> of("admin", NotificationKind.AGREEMENT_SIGNED).size() == 1);
        Notification n = of("admin", NotificationKind.AGREEMENT_SIGNED).getFirst();
        assertThat(n.href()).isEqualTo("/units/" + own.code() + "/agreement?year=2024");
        assertThat(n.args()).containsExactly(own.code(), "2024", "2", "Kepala " + own.tag);
        // the head signed it himself; a PIC is not told
        assertThat(of("head", NotificationKind.AGREEMENT_SIGNED)).isEmpty();
        assertThat(of("pic", NotificationKind.AGREEMENT_SIGNED)).isEmpty();

        ReviewCommentPosted comment = new ReviewCommentPosted(
                -1,
                -own.unit.id(),
                own.unit.id(),
                YEAR,
                "Triwulan I",
                own.user("reviewer"),
                List.of(own.user("admin"), own.user("pic2"), own.user("reviewer")),
                "/units/" + own.code() + "/review?year=2024");
        publish(comment);
        publish(comment);
        await().atMost(WAIT)
                .until(() -> of("pic2", NotificationKind.REVIEW_COMMENT).size() == 1
                        && of("admin", NotificationKind.REVIEW_COMMENT).size() == 1);
        assertThat(of("admin", NotificationKind.REVIEW_COMMENT).getFirst().args())
                .containsExactly("Evaluator " + own.tag, "Triwulan I", "2024", own.code());
        assertThat(of("reviewer", NotificationKind.REVIEW_COMMENT)).isEmpty();
        assertThat(of("pic2", NotificationKind.REVIEW_COMMENT)).hasSize(1);
    }

    @Test
    void openingANotificationGoesOnlyToAPageOfTheApplication() throws Exception {
        notifications.notify(
                List.of(accounts.findByUsername(own.user("viewer")).orElseThrow()),
                null,
                new NewNotification(
                        NotificationKind.REVIEW_COMMENT,
                        own.unit.id(),
                        own.code(),
                        YEAR,
                        null,
                        null,
                        List.of("Evaluator", "Triwulan I", "2024", own.code()),
                        "//kinerja.example/masuk",
                        "test:hostile/" + own.tag));
        Notification hostile = of("viewer", NotificationKind.REVIEW_COMMENT).getFirst();
        mvc.perform(get("/notifications").with(as("viewer")))
                .andExpect(content().string(containsString("name=\"open\" value=\"1\"")));
        mvc.perform(post("/notifications/{id}/read", hostile.id())
                        .param("open", "1")
                        .with(as("viewer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(current("viewer"))).isZero();
    }
}
