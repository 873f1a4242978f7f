package id.kinerja.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.internal.DeadlineRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.report.ReportKind;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.Tasks;
import id.kinerja.testsupport.OwnUnit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Kirim ke Kanwil" on an office of the test's own: the head sends the Q1 NKO report, its PDF is frozen with its
 * SHA-256 and downloaded byte for byte; the Kanwil's reviewer finds it in "Tugas saya" and acknowledges it once;
 * sending again makes version 2; a draft is not sent; on time or late against the calendar; who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SendingTest {

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
    AuditLog audit;

    @Autowired
    SendingService sending;

    @Autowired
    Tasks tasks;

    @Autowired
    id.kinerja.notify.Notifications notifications;

    @Autowired
    DeadlineRepository deadlines;

    @Autowired
    id.kinerja.consistency.CheckAcceptanceService acceptances;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("s", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        // the Kanwil brings the Q1 report forward to 12 April 2024; for Q2 it sets a later date than headquarters'
        // 15 July 2024, which therefore still applies (the earliest date of the unit and the units above it)
        deadlines.save(own.kanwil.id(), 2024, DeadlineKind.NKO_REPORT, Period.Q1, LocalDate.of(2024, 4, 12), "test");
        deadlines.save(own.kanwil.id(), 2024, DeadlineKind.NKO_REPORT, Period.Q2, LocalDate.of(2024, 9, 30), "test");
        // the office's head accepts what the consistency check finds in the copied data, so its reports are final
        id.kinerja.consistency.CheckAcceptanceService.Status status = acceptances.status(own.code(), 2024);
        if (status.errors() > 0) {
            acceptances.accept(
                    me("head"), own.unit, 2024, status.fingerprint(), "Data uji disalin dari KPP Pratama Kupang");
        }
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    CurrentUser me(String role) {
        return (CurrentUser) users.loadUserByUsername(own.user(role));
    }

    List<Task> receipts() {
        return tasks.forUser(me("reviewer")).stream()
                .filter(t ->
                        t.kind() == TaskKind.ACKNOWLEDGE_RECEIPT && t.unitCode().equals(own.code()))
                .toList();
    }

    @Test
    void theHeadSendsTheReportFrozenAndTheKanwilAcknowledgesItOnce() throws Exception {
        mvc.perform(post("/units/{u}/sent", own.code())
                        .with(as("pic"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "NKO")
                        .param("period", "Q1"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/units/{u}/sent", own.code())
                        .with(as("head"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "NKO")
                        .param("period", "Q1")
                        .param("note", "Laporan NKO triwulan I"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        flash().attribute("message", startsWith("NKO-" + own.code() + "-2024-Q1.pdf versi 1 dikirim")));
        List<SentDocument> sent = sending.history(own.unit.id(), 2024);
        assertThat(sent).hasSize(1);
        SentDocument first = sent.getFirst();
        assertThat(first.kind()).isEqualTo(ReportKind.NKO);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.sentBy()).isEqualTo(own.user("head"));

        // the frozen PDF, byte for byte, with its fingerprint
        byte[] pdf = mvc.perform(
                        get("/units/{u}/sent/{id}/pdf", own.code(), first.id()).with(as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", first.sha256()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(SendingService.sha256(pdf)).isEqualTo(first.sha256());
        assertThat((long) pdf.length).isEqualTo(first.size());

        // both sides see it; late against the Kanwil's 12 April 2024
        mvc.perform(get("/units/{u}/sent", own.code()).param("year", "2024").with(as("reviewer")))
                .andExpect(content().string(containsString(first.sha256())))
                .andExpect(content().string(containsString("terlambat (batas 12 April 2024)")))
                .andExpect(content().string(containsString("Konfirmasi diterima")));
        mvc.perform(get("/units/{u}/sent", own.code()).param("year", "2024").with(as("admin")))
                .andExpect(content().string(containsString("menunggu konfirmasi Kanwil")));

        // the Kanwil's reviewer is told, and has the task; then the receipt, once
        org.awaitility.Awaitility.await("the reviewer's notification")
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> notifications.recent(me("reviewer")).stream()
                        .anyMatch(n -> n.kind() == id.kinerja.notify.NotificationKind.DOCUMENT_SENT
                                && n.href().endsWith("#sent-" + first.id())));
        assertThat(receipts()).hasSize(1);
        assertThat(receipts().getFirst().subject()).isEqualTo(first.fileName() + " (v1)");
        mvc.perform(post("/units/{u}/sent/{id}/acknowledge", own.code(), first.id())
                        .with(as("head"))
                        .with(csrf())
                        .param("year", "2024"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{u}/sent/{id}/acknowledge", own.code(), first.id())
                        .with(as("reviewer"))
                        .with(csrf())
                        .param("year", "2024"))
                .andExpect(flash().attribute("message", "Penerimaan " + first.fileName() + " versi 1 dikonfirmasi."));
        assertThat(receipts()).isEmpty();
        mvc.perform(post("/units/{u}/sent/{id}/acknowledge", own.code(), first.id())
                        .with(as("reviewer"))
                        .with(csrf())
                        .param("year", "2024"))
                .andExpect(
                        flash().attribute("error", "Penerimaan " + first.fileName() + " versi 1 sudah dikonfirmasi."));

        // sending Q2 twice makes version 2, version 1 stays; late against headquarters' 15 July 2024
        sending.send(me("admin"), own.unit, 2024, ReportKind.NKO, Period.Q2, null);
        SentDocument second = sending.send(me("admin"), own.unit, 2024, ReportKind.NKO, Period.Q2, null);
        assertThat(second.version()).isEqualTo(2);
        assertThat(sending.history(own.unit.id(), 2024)).hasSize(3);
        mvc.perform(get("/units/{u}/sent", own.code()).param("year", "2024").with(as("head")))
                .andExpect(content().string(containsString("terlambat (batas 15 Juli 2024)")));
        assertThat(receipts()).hasSize(2);

        List<AuditEvent> history = audit.find(own.unit.id(), SendingService.ENTITY, "2024/");
        assertThat(history).extracting(AuditEvent::action).containsExactly("send", "send", "acknowledge", "send");
        assertThat(history.getLast().reason()).isEqualTo("Laporan NKO triwulan I");
    }

    @Test
    void aDraftIsNotSent() throws Exception {
        OwnUnit draft = OwnUnit.create("sd", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        // an entered semester that contradicts its quarters: an error of the consistency check (take-last)
        realizations.save(
                draft.unit.id(),
                2024,
                new Realization(
                        "04a-CP",
                        Period.S1,
                        new BigDecimal("88.80"),
                        Map.of(),
                        null,
                        "test",
                        RealizationStatus.APPROVED,
                        "test",
                        null));
        mvc.perform(post("/units/{u}/sent", draft.code())
                        .with(user(users.loadUserByUsername(draft.user("head"))))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "LAKIN"))
                .andExpect(flash().attribute("error", containsString("masih DRAF")));
        assertThat(sending.history(draft.unit.id(), 2024)).isEmpty();
        mvc.perform(post("/units/{u}/sent", draft.code())
                        .with(user(users.loadUserByUsername(draft.user("head"))))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "PK"))
                .andExpect(flash().attribute("error", "Pilih dokumen yang dikirim: laporan NKO atau LAKIN."));
    }

    @Test
    void theSameThroughTheApi() throws Exception {
        OwnUnit api = OwnUnit.create("sa", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        CurrentUser head = (CurrentUser) users.loadUserByUsername(api.user("head"));
        var status = acceptances.status(api.code(), 2024);
        if (status.errors() > 0) {
            acceptances.accept(head, api.unit, 2024, status.fingerprint(), "Data uji disalin dari KPP Pratama Kupang");
        }
        mvc.perform(post("/api/v1/units/{u}/sent", api.code())
                        .with(user(head))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024, \"kind\": \"PK\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.message")
                        .value("Pilih dokumen yang dikirim: laporan NKO atau LAKIN."));
        String created = mvc.perform(post("/api/v1/units/{u}/sent", api.code())
                        .with(user(head))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024, \"kind\": \"NKO\", \"period\": \"Q3\", \"note\": \"lewat API\"}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.version")
                        .value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        SentDocument sent = sending.history(api.unit.id(), 2024).getFirst();
        assertThat(created).contains(sent.sha256());
        mvc.perform(post("/api/v1/units/{u}/sent/{id}/acknowledge", api.code(), sent.id())
                        .with(user(users.loadUserByUsername(api.user("reviewer")))))
                .andExpect(status().isOk())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.acknowledgedBy")
                                .value(api.user("reviewer")));
        mvc.perform(post("/api/v1/units/{u}/sent/{id}/acknowledge", api.code(), sent.id())
                        .with(user(users.loadUserByUsername(api.user("reviewer")))))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/units/{u}/sent/{id}/pdf", api.code(), sent.id())
                        .with(user(head)))
                .andExpect(header().string("X-Content-SHA256", sent.sha256()));
        mvc.perform(get("/api/v1/units/{u}/sent", api.code())
                        .param("year", "2024")
                        .with(user(head)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].note")
                        .value("lewat API"));
    }
}
