package id.kinerja.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.risk.RiskMeeting;
import id.kinerja.risk.RiskMeetingSource;
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.Tasks;
import id.kinerja.testsupport.OwnUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The performance dialogue on a unit of the test's own: a DKO recorded with its follow-ups, all or nothing; the
 * follow-ups in their owners' "Tugas saya" until done; the meetings as IKU 09c reads them; who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialogueTest {

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
    DialogueService dialogues;

    @Autowired
    Tasks tasks;

    @Autowired
    id.kinerja.notify.Notifications notifications;

    @Autowired
    List<RiskMeetingSource> riskMeetings;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("d", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    CurrentUser me(String role) {
        return (CurrentUser) users.loadUserByUsername(own.user(role));
    }

    MockHttpServletRequestBuilder meeting(String role, String heldOn, String... followUps) {
        MockHttpServletRequestBuilder b = post("/units/{u}/dialogue", own.code())
                .with(as(role))
                .with(csrf())
                .param("year", "2024")
                .param("kind", "DKO")
                .param("quarter", "Q1")
                .param("heldOn", heldOn)
                .param("participants", "Kepala Kantor, para Kepala Seksi, Pengelola Kinerja")
                .param("minutes", "Capaian Q1 dibahas per IKU; risiko penerimaan dipantau.")
                .param("decisions", "Percepat pengawasan wajib pajak strategis.")
                .param("riskMonitoringDiscussed", "true");
        for (int i = 0; i < followUps.length; i += 3) {
            b.param("followUpText", followUps[i])
                    .param("followUpOwner", followUps[i + 1])
                    .param("followUpDue", followUps[i + 2]);
        }
        return b;
    }

    List<Task> followUpsOf(String role) {
        return tasks.forUser(me(role)).stream()
                .filter(t -> t.kind() == TaskKind.FOLLOW_UP)
                .toList();
    }

    @Test
    void aDkoWithFollowUpsIsRecordedWholeAndItsFollowUpsWaitForTheirOwnersUntilDone() throws Exception {
        // a follow-up row without an owner refuses the whole meeting, naming the row
        mvc.perform(meeting(
                        "admin",
                        "2024-04-15",
                        "Susun rencana pengawasan",
                        own.user("pic"),
                        "2024-05-15",
                        "Evaluasi SP2DK",
                        "",
                        "2024-05-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "Tindak lanjut baris 2: penanggung jawab wajib dipilih dari pegawai unit ini")))
                // what was typed is kept
                .andExpect(content().string(containsString("Susun rencana pengawasan")));
        assertThat(dialogues.meetings(own.unit.id(), 2024)).isEmpty();

        mvc.perform(meeting("admin", "15/04/2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "Tanggal pelaksanaan bukan tanggal yang valid: &quot;15/04/2024&quot;")));
        mvc.perform(meeting("admin", "2026-04-15"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("di luar tahun 2024 atau awal 2025")));
        // a PIC does not record dialogues
        mvc.perform(meeting("pic", "2024-04-15")).andExpect(status().isForbidden());
        assertThat(dialogues.meetings(own.unit.id(), 2024)).isEmpty();

        mvc.perform(meeting(
                        "admin",
                        "2024-04-15",
                        "Susun rencana pengawasan",
                        own.user("pic"),
                        "2024-05-15",
                        "Evaluasi SP2DK",
                        own.user("head"),
                        "2024-05-31",
                        "",
                        "",
                        ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "DKO Q1 dicatat dengan 2 tindak lanjut."));
        List<Meeting> meetings = dialogues.meetings(own.unit.id(), 2024);
        assertThat(meetings).hasSize(1);
        Meeting m = meetings.getFirst();
        assertThat(m.followUps())
                .extracting(FollowUp::text)
                .containsExactly("Susun rencana pengawasan", "Evaluasi SP2DK");
        assertThat(m.minutesRecorded()).isTrue();

        // IKU 09c reads the meeting
        assertThat(riskMeetings).hasSize(1);
        assertThat(riskMeetings.getFirst().meetings(own.unit.id(), 2024))
                .containsExactly(new RiskMeeting(LocalDate.of(2024, 4, 15), Period.Q1, true, true));

        mvc.perform(get("/units/{u}/dialogue", own.code()).param("year", "2024").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15 April 2024")))
                .andExpect(content().string(containsString("Susun rencana pengawasan")));
        mvc.perform(get("/units/{u}/dialogue", own.code()).param("year", "2024").with(as("sibling")))
                .andExpect(status().isForbidden());

        // the owner is told (the listener runs after the commit, asynchronously)
        org.awaitility.Awaitility.await("the PIC's notification")
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> notifications.recent(me("pic")).stream()
                        .anyMatch(n -> n.kind() == id.kinerja.notify.NotificationKind.FOLLOW_UP
                                && n.args().contains("Susun rencana pengawasan")));

        List<Task> pic = followUpsOf("pic");
        assertThat(pic).hasSize(1);
        assertThat(pic.getFirst().subject()).isEqualTo("Susun rencana pengawasan");
        assertThat(pic.getFirst().dueDate()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(pic.getFirst().detail()).isEqualTo("Percepat pengawasan wajib pajak strategis.");
        assertThat(pic.getFirst().period()).isEqualTo(Period.Q1);
        assertThat(followUpsOf("head")).extracting(Task::subject).containsExactly("Evaluasi SP2DK");
        mvc.perform(get("/tasks").with(as("pic")))
                .andExpect(content().string(containsString("Tindak lanjut DKO")))
                .andExpect(content().string(containsString("Keputusan: Percepat pengawasan")));

        long picFollowUp = m.followUps().getFirst().id();
        // the viewer neither owns it nor administers
        mvc.perform(post("/units/{u}/dialogue/follow-ups/{id}/done", own.code(), picFollowUp)
                        .with(as("viewer"))
                        .with(csrf())
                        .param("year", "2024"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{u}/dialogue/follow-ups/{id}/done", own.code(), picFollowUp)
                        .with(as("pic"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("note", "Rencana disampaikan ke seksi pengawasan"))
                .andExpect(flash().attribute("message", "Tindak lanjut selesai: Susun rencana pengawasan"));
        assertThat(followUpsOf("pic")).isEmpty();
        mvc.perform(post("/units/{u}/dialogue/follow-ups/{id}/done", own.code(), picFollowUp)
                        .with(as("admin"))
                        .with(csrf())
                        .param("year", "2024"))
                .andExpect(flash().attribute("error", "Tindak lanjut baris 1 sudah ditandai selesai."));
        // the performance administrator may close another's follow-up
        mvc.perform(post(
                                "/units/{u}/dialogue/follow-ups/{id}/done",
                                own.code(),
                                m.followUps().get(1).id())
                        .with(as("admin"))
                        .with(csrf())
                        .param("year", "2024"))
                .andExpect(flash().attribute("message", "Tindak lanjut selesai: Evaluasi SP2DK"));
        assertThat(followUpsOf("head")).isEmpty();

        List<AuditEvent> history = audit.find(own.unit.id(), DialogueService.ENTITY, "2024/");
        assertThat(history)
                .extracting(AuditEvent::action)
                .containsExactly("follow-up-done", "follow-up-done", "create");
        assertThat(history.getLast().newValue()).contains("DKO Q1 2024-04-15").contains("Susun rencana pengawasan");

        // removing: a stale version changes nothing, the current one removes it with its follow-ups
        mvc.perform(post("/units/{u}/dialogue/{id}/delete", own.code(), m.id())
                        .with(as("head"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("rowVersion", String.valueOf(m.rowVersion() + 1)))
                .andExpect(flash().attribute(
                                "error", "Catatan dialog ini telah berubah sejak halaman dibuka; muat ulang halaman."));
        assertThat(dialogues.meetings(own.unit.id(), 2024)).hasSize(1);
        mvc.perform(post("/units/{u}/dialogue/{id}/delete", own.code(), m.id())
                        .with(as("pic"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("rowVersion", String.valueOf(m.rowVersion())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{u}/dialogue/{id}/delete", own.code(), m.id())
                        .with(as("head"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("rowVersion", String.valueOf(m.rowVersion())))
                .andExpect(flash().attribute("message", "Catatan dialog dihapus."));
        assertThat(dialogues.meetings(own.unit.id(), 2024)).isEmpty();
        assertThat(audit.find(own.unit.id(), DialogueService.ENTITY, "2024/")
                        .getFirst()
                        .action())
                .isEqualTo("delete");
    }

    @Test
    void theSameThroughTheApi() throws Exception {
        OwnUnit api = OwnUnit.create("da", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        RequestPostProcessor head = user(users.loadUserByUsername(api.user("head")));
        String base = "/api/v1/units/" + api.code() + "/dialogue";
        mvc.perform(post(base)
                        .with(head)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024, \"kind\": \"DKO\", \"quarter\": \"Q2\", \"heldOn\": \"2024-07-20\","
                                + " \"participants\": \"Kepala Kantor\", \"followUps\": [{\"text\": \"Evaluasi\","
                                + " \"owner\": \"tidak.ada\", \"dueOn\": \"2024-08-01\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.message")
                        .value(org.hamcrest.Matchers.startsWith("Tindak lanjut baris 1: penanggung jawab wajib")));
        mvc.perform(post(base)
                        .with(head)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024, \"kind\": \"DKO\", \"quarter\": \"Q2\", \"heldOn\": \"2024-07-20\","
                                + " \"participants\": \"Kepala Kantor\", \"minutes\": \"Dibahas\","
                                + " \"riskMonitoringDiscussed\": true, \"followUps\": [{\"text\": \"Evaluasi\","
                                + " \"owner\": \"" + api.user("pic") + "\", \"dueOn\": \"2024-08-01\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.followUps[0].ownerId")
                        .isNumber());
        Meeting m = dialogues.meetings(api.unit.id(), 2024).getFirst();
        mvc.perform(post(base + "/follow-ups/" + m.followUps().getFirst().id() + "/done")
                        .with(user(users.loadUserByUsername(api.user("pic"))))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Selesai\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.doneNote")
                        .value("Selesai"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(base + "/" + m.id())
                        .param("rowVersion", String.valueOf(m.rowVersion()))
                        .with(head))
                .andExpect(status().isNoContent());
        assertThat(dialogues.meetings(api.unit.id(), 2024)).isEmpty();
    }
}
