package id.kinerja.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Tugas saya" on a unit of the test's own: the PIC's quarters to fill, the administrator's values to verify, the
 * returned value with its reason, the head's values to approve, the narratives not written, the due dates from the
 * calendar; the filters and the search; the bulk verification and approval (one confirmation, each value audited on
 * its own, all or nothing); the same list through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasksTest {

    static final int YEAR = OwnUnit.YEAR;

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
    Tasks tasks;

    @Autowired
    DeadlineRepository deadlines;

    @Autowired
    Clock clock;

    @Autowired
    id.kinerja.agreement.Agreements agreementReads;

    @Autowired
    id.kinerja.agreement.AgreementCommands agreementCommands;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create(
                "t", true, Set.of("01a-CP", "02a-CP", "04a-CP"), units, agreements, frameworks, realizations, accounts);
        // the Kanwil above the office sets the realization dates of 2024: they apply to its offices
        deadlines.save(own.kanwil.id(), YEAR, DeadlineKind.REALIZATION, Period.Q1, LocalDate.of(2024, 4, 10), "test");
        deadlines.save(own.kanwil.id(), YEAR, DeadlineKind.REALIZATION, Period.Q2, LocalDate.of(2024, 7, 10), "test");
    }

    CurrentUser me(String role) {
        return (CurrentUser) users.loadUserByUsername(own.user(role));
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    List<Task> tasksOf(String role, TaskKind kind) {
        return tasks.forUser(me(role)).stream().filter(t -> t.kind() == kind).toList();
    }

    void step(String role, String action, String iku, Period period, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(
                        "/units/{u}/realizations/{i}/{p}/{a}", own.code(), iku, period.name(), action)
                .with(as(role))
                .with(csrf())
                .param("year", String.valueOf(YEAR));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    RealizationEntry entry(String iku, Period period) {
        return realizations.find(own.unit.id(), YEAR, iku, period).orElseThrow();
    }

    String version(String iku, Period period) {
        return String.valueOf(entry(iku, period).rowVersion());
    }

    String ref(String iku, Period period) {
        return String.join("|", own.code(), String.valueOf(YEAR), iku, period.name(), version(iku, period));
    }

    @Test
    @Order(1)
    void thePicIsAskedToFillTheQuartersOfTheOwnIkuOnlyWithTheirDueDates() throws Exception {
        List<Task> fill = tasksOf("pic", TaskKind.FILL);
        assertThat(fill)
                .extracting(t -> t.indicatorCode() + "/" + t.period())
                .contains("01a-CP/Q1", "01a-CP/Q4", "04a-CP/Q1")
                .doesNotContain("02a-CP/Q1", "03a-CP/Q1");
        Task q1 = fill.stream()
                .filter(t -> t.indicatorCode().equals("01a-CP") && t.period() == Period.Q1)
                .findFirst()
                .orElseThrow();
        assertThat(q1.dueDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(q1.href()).isEqualTo("/units/" + own.code() + "/realizations/01a-CP/Q1?year=2024");
        // due dates first, the nearest first
        assertThat(tasks.forUser(me("pic")).getFirst().dueDate()).isEqualTo(LocalDate.of(2024, 4, 10));

        long late = ChronoUnit.DAYS.between(LocalDate.of(2024, 4, 10), LocalDate.now(clock));
        mvc.perform(get("/tasks").with(as("pic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tugas saya")))
                .andExpect(content().string(containsString("Isi realisasi")))
                .andExpect(content().string(containsString("Triwulan I 2024")))
                .andExpect(content().string(containsString("batas 10 April 2024, terlambat " + late + " hari")))
                .andExpect(content().string(not(containsString("02a-CP"))));
        mvc.perform(get("/tasks").param("lang", "en").with(as("pic")))
                .andExpect(content().string(containsString("due 10 April 2024, " + late + " days overdue")));
        // the other PIC has 02a-CP
        assertThat(tasksOf("pic2", TaskKind.FILL))
                .allMatch(t -> t.indicatorCode().equals("02a-CP"));
        // the head fills nothing
        assertThat(tasksOf("head", TaskKind.FILL)).isEmpty();
    }

    @Test
    @Order(2)
    void theLakinSectionsNotWrittenAreAskedOfWhoWritesThem() {
        List<Task> pic = tasksOf("pic", TaskKind.WRITE_NARRATIVE);
        assertThat(pic).extracting(Task::indicatorCode).containsOnly("01a-CP", "04a-CP");
        assertThat(pic.getFirst().subject()).contains("Analisis capaian").contains("Rencana aksi tahun berikutnya");
        List<Task> admin = tasksOf("admin", TaskKind.WRITE_NARRATIVE);
        assertThat(admin).extracting(Task::subject).contains("Kata Pengantar", "Penutup");
        assertThat(admin.size()).isGreaterThan(pic.size());
        assertThat(tasksOf("head", TaskKind.WRITE_NARRATIVE)).isEmpty();
        assertThat(tasksOf("viewer", TaskKind.WRITE_NARRATIVE)).isEmpty();
    }

    @Test
    @Order(3)
    void submittedValuesWaitForTheAdministratorAndAReturnedOneShowsItsReasonToThePic() throws Exception {
        for (Period p : List.of(Period.Q1, Period.Q2, Period.Q3)) {
            step("pic", "save", "01a-CP", p, "value", "40,5");
            step("pic", "submit", "01a-CP", p, "rowVersion", version("01a-CP", p));
        }
        assertThat(tasksOf("pic", TaskKind.FILL))
                .extracting(t -> t.indicatorCode() + "/" + t.period())
                .doesNotContain("01a-CP/Q1", "01a-CP/Q2", "01a-CP/Q3")
                .contains("01a-CP/Q4");
        assertThat(tasksOf("admin", TaskKind.VERIFY))
                .extracting(Task::period)
                .containsExactly(Period.Q1, Period.Q2, Period.Q3);

        step(
                "admin",
                "return",
                "01a-CP",
                Period.Q3,
                "rowVersion",
                version("01a-CP", Period.Q3),
                "reason",
                "Angka belum sesuai laporan SIDJP per 30 September");
        List<Task> returned = tasksOf("pic", TaskKind.RETURNED);
        assertThat(returned).hasSize(1);
        assertThat(returned.getFirst().detail()).isEqualTo("Angka belum sesuai laporan SIDJP per 30 September");
        mvc.perform(get("/tasks").with(as("pic")))
                .andExpect(content()
                        .string(containsString(
                                "Alasan pengembalian: Angka belum sesuai laporan SIDJP per 30 September")));

        // filters and search
        mvc.perform(get("/tasks").param("kind", "RETURNED").with(as("pic")))
                .andExpect(content().string(containsString("1 dari")))
                .andExpect(content().string(not(containsString("Isi realisasi</span></a>"))));
        mvc.perform(get("/api/v1/me/tasks").param("q", "SIDJP").with(as("pic")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(1))
                .andExpect(jsonPath("$.tasks[0].kind").value("RETURNED"))
                .andExpect(jsonPath("$.tasks[0].label").value("Dikembalikan"))
                .andExpect(jsonPath("$.counts.RETURNED").value(1));
        mvc.perform(get("/api/v1/me/tasks")
                        .param("period", "Q4")
                        .param("kind", "FILL")
                        .with(as("pic")))
                .andExpect(jsonPath("$.tasks[*].period")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Q4"))))
                .andExpect(
                        jsonPath("$.tasks[*].indicatorCode").value(org.hamcrest.Matchers.hasItems("01a-CP", "04a-CP")));
        mvc.perform(get("/api/v1/me/tasks")
                        .param("kind", "FILL")
                        .param("mine", "true")
                        .with(as("admin")))
                .andExpect(jsonPath("$.tasks.length()").value(0));
    }

    @Test
    @Order(4)
    void theAdministratorVerifiesTwoValuesInOneConfirmedBulkActionEachAuditedOnItsOwn() throws Exception {
        String q1 = ref("01a-CP", Period.Q1);
        String q2 = ref("01a-CP", Period.Q2);
        mvc.perform(post("/tasks/bulk")
                        .with(as("admin"))
                        .with(csrf())
                        .param("step", "VERIFY")
                        .param("ref", q1, q2))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verifikasi 2 nilai")))
                .andExpect(content().string(containsString("Ya, verifikasi 2 nilai")));
        // nothing changed before the confirmation
        assertThat(entry("01a-CP", Period.Q1).status()).isEqualTo(RealizationStatus.SUBMITTED);

        // the head may not verify
        mvc.perform(post("/tasks/bulk/confirm")
                        .with(as("head"))
                        .with(csrf())
                        .param("step", "VERIFY")
                        .param("ref", q1, q2))
                .andExpect(status().isForbidden());
        // the sibling's administrator may not even name the office
        mvc.perform(post("/tasks/bulk/confirm")
                        .with(as("sibling"))
                        .with(csrf())
                        .param("step", "VERIFY")
                        .param("ref", q1, q2))
                .andExpect(status().isForbidden());
        assertThat(entry("01a-CP", Period.Q1).status()).isEqualTo(RealizationStatus.SUBMITTED);

        mvc.perform(post("/tasks/bulk/confirm")
                        .with(as("admin"))
                        .with(csrf())
                        .param("step", "VERIFY")
                        .param("note", "Sesuai SIDJP")
                        .param("ref", q1, q2))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("message", "2 nilai diverifikasi, masing-masing tercatat di riwayatnya."));
        for (Period p : List.of(Period.Q1, Period.Q2)) {
            assertThat(entry("01a-CP", p).status()).isEqualTo(RealizationStatus.VERIFIED);
            assertThat(entry("01a-CP", p).reviewNote()).isEqualTo("Sesuai SIDJP");
            List<AuditEvent> history = audit.find(own.unit.id(), "realization", YEAR + "/01a-CP/" + p.name());
            assertThat(history.getFirst().action()).isEqualTo("verify");
            assertThat(history.getFirst().username()).isEqualTo(own.user("admin"));
        }
        assertThat(tasksOf("admin", TaskKind.VERIFY)).isEmpty();
        assertThat(tasksOf("head", TaskKind.APPROVE)).extracting(Task::period).containsExactly(Period.Q1, Period.Q2);
    }

    @Test
    @Order(5)
    void aBulkApprovalWithOneStaleValueApprovesNoneAndSaysWhichThenApprovesAll() throws Exception {
        String q1 = ref("01a-CP", Period.Q1);
        String staleQ2 = String.join("|", own.code(), String.valueOf(YEAR), "01a-CP", "Q2", "0");
        mvc.perform(post("/tasks/bulk/confirm")
                        .with(as("head"))
                        .with(csrf())
                        .param("step", "APPROVE")
                        .param("ref", q1, staleQ2))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute(
                                "error",
                                org.hamcrest.Matchers.startsWith(
                                        "Tidak ada yang diubah: IKU 01a-CP Triwulan II 2024 ditolak.")));
        assertThat(entry("01a-CP", Period.Q1).status()).isEqualTo(RealizationStatus.VERIFIED);
        assertThat(entry("01a-CP", Period.Q2).status()).isEqualTo(RealizationStatus.VERIFIED);

        mvc.perform(post("/tasks/bulk/confirm")
                        .with(as("head"))
                        .with(csrf())
                        .param("step", "APPROVE")
                        .param("ref", q1, ref("01a-CP", Period.Q2)))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("message", "2 nilai disetujui, masing-masing tercatat di riwayatnya."));
        assertThat(entry("01a-CP", Period.Q1).status()).isEqualTo(RealizationStatus.APPROVED);
        assertThat(entry("01a-CP", Period.Q2).status()).isEqualTo(RealizationStatus.APPROVED);
        assertThat(tasksOf("head", TaskKind.APPROVE)).isEmpty();
    }

    @Test
    @Order(6)
    void nothingSelectedOrAForgedReferenceIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/tasks/bulk").with(as("admin")).with(csrf()).param("step", "VERIFY"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("error", "Pilih sedikitnya satu nilai."));
        mvc.perform(post("/tasks/bulk")
                        .with(as("admin"))
                        .with(csrf())
                        .param("step", "VERIFY")
                        .param("ref", own.code() + "|2024|01a-CP|Q9|1"))
                .andExpect(flash().attribute("error", "Pilihan tidak dikenal: " + own.code() + "|2024|01a-CP|Q9|1."));
        mvc.perform(post("/tasks/bulk")
                        .with(as("admin"))
                        .with(csrf())
                        .param("step", "UNLOCK")
                        .param("ref", "x"))
                .andExpect(flash().attribute("error", "Tindakan massal hanya verifikasi atau persetujuan."));
    }

    @Test
    @Order(7)
    void theStartPageIsTugasSayaAndAnEmptyListSaysSo() throws Exception {
        mvc.perform(get("/").with(as("viewer"))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/tasks").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada yang menunggu Anda saat ini.")));
        mvc.perform(get("/tasks").param("lang", "en").with(as("viewer")))
                .andExpect(content().string(containsString("Nothing is waiting for you right now.")));
    }

    @Test
    @Order(8)
    void aRevisedPkWaitsForTheHeadsSignatureUntilSigned() {
        id.kinerja.agreement.AgreementVersion signed =
                agreementReads.versions(own.unit.id(), YEAR).getFirst();
        id.kinerja.agreement.AgreementVersion draft =
                agreementCommands.revise(me("admin"), own.unit, signed.id(), signed.rowVersion());
        List<Task> sign = tasksOf("head", TaskKind.SIGN_AGREEMENT);
        assertThat(sign).hasSize(1);
        assertThat(sign.getFirst().unitCode()).isEqualTo(own.code());
        assertThat(sign.getFirst().subject()).endsWith("(v2)");
        assertThat(sign.getFirst().href()).isEqualTo("/units/" + own.code() + "/agreement?year=2024");
        assertThat(tasksOf("admin", TaskKind.SIGN_AGREEMENT)).isEmpty();

        agreementCommands.sign(
                me("head"),
                own.unit,
                draft.id(),
                draft.rowVersion(),
                id.kinerja.agreement.AgreementParty.FIRST,
                true,
                "Target 01a-CP direvisi");
        assertThat(tasksOf("head", TaskKind.SIGN_AGREEMENT)).isEmpty();
    }
}
