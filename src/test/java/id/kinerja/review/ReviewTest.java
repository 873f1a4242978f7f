package id.kinerja.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import id.kinerja.tasks.Task;
import id.kinerja.tasks.TaskKind;
import id.kinerja.tasks.Tasks;
import id.kinerja.testsupport.OwnUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Kanwil's review through the web layer, on offices of the test's own under a Kanwil of its own: the reviewer
 * opens a thread on an IKU, the office's PIC answers, the reviewer replies and closes, the quarter is marked reviewed
 * (refused while a thread of it is pending) and un-marked; who may do what, empty and stale forms, the events and the
 * tasks of {@link ReviewTasks}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewTest {

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
    ReviewService reviews;

    @Autowired
    Tasks tasks;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("rv", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    ResultActions send(String username, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/units/{u}/review" + path, own.code())
                .with(user(me(username)))
                .with(csrf())
                .param("year", String.valueOf(YEAR));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    ReviewThread thread(long id) {
        return reviews.threads(own.unit, YEAR).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
    }

    List<Task> tasksOf(String username, TaskKind kind) {
        return tasks.forUser(me(username)).stream()
                .filter(t -> t.kind() == kind)
                .toList();
    }

    List<ReviewCommentPosted> posted() {
        return events.stream(ReviewCommentPosted.class).toList();
    }

    @Test
    void reviewerOpensOfficeAnswersReviewerRepliesAndClosesAndMarksTheQuarterReviewed() throws Exception {
        String reviewer = own.user("reviewer");
        mvc.perform(get("/units/{u}/review", own.code()).param("year", "2024").with(user(me(reviewer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/units/" + own.code() + "/review/threads")))
                .andExpect(content().string(containsString("Tandai telah ditelaah")));
        mvc.perform(get("/units/{u}/review", own.code()).param("year", "2024").with(user(me(own.user("admin")))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/review/threads\""))))
                .andExpect(content().string(not(containsString("Tandai telah ditelaah"))));

        // the reviewer opens a thread on an IKU of Q1
        send(
                        reviewer,
                        "/threads",
                        "scope",
                        "INDICATOR",
                        "iku",
                        "01a-CP",
                        "period",
                        "Q1",
                        "content",
                        "Mohon jelaskan " + "penurunan capaian penerimaan pada triwulan I.")
                .andExpect(status().is3xxRedirection());
        ReviewThread opened = reviews.threads(own.unit, YEAR).getFirst();
        long id = opened.id();
        assertThat(opened.state()).isEqualTo(ThreadState.OPEN);
        assertThat(opened.subject()).isEqualTo("01a-CP Q1");
        assertThat(opened.openedBy()).isEqualTo(reviewer);
        assertThat(opened.comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(reviewer);
            assertThat(c.fromReviewer()).isTrue();
        });
        ReviewCommentPosted first = posted().getLast();
        assertThat(first.threadId()).isEqualTo(id);
        assertThat(first.author()).isEqualTo(reviewer);
        assertThat(first.recipients())
                .as("the office's performance administrator and the IKU's PIC; not the other PIC, not the head")
                .containsExactlyInAnyOrder(own.user("admin"), own.user("pic"));
        assertThat(first.href()).isEqualTo("/units/" + own.code() + "/review?year=2024#thread-" + id);

        // the office's tasks: the PIC of the IKU and the performance administrator, not the other PIC
        assertThat(tasksOf(own.user("pic"), TaskKind.ANSWER_COMMENT))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.href()).isEqualTo(first.href());
                    assertThat(t.indicatorCode()).isEqualTo("01a-CP");
                    assertThat(t.period()).isEqualTo(Period.Q1);
                    assertThat(t.subject()).startsWith("01a-CP Q1: Mohon jelaskan");
                });
        assertThat(tasksOf(own.user("admin"), TaskKind.ANSWER_COMMENT)).hasSize(1);
        assertThat(tasksOf(own.user("pic2"), TaskKind.ANSWER_COMMENT)).isEmpty();
        assertThat(tasksOf(reviewer, TaskKind.ANSWER_COMMENT))
                .as("waits for the office")
                .isEmpty();
        // the reviewer's quarters to review: every quarter of the office's 2024 (a past year), not the sibling's
        // (no agreement)
        assertThat(tasksOf(reviewer, TaskKind.REVIEW_PERIOD))
                .extracting(Task::unitCode, Task::year, Task::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(own.code(), YEAR, Period.Q1),
                        org.assertj.core.groups.Tuple.tuple(own.code(), YEAR, Period.Q2),
                        org.assertj.core.groups.Tuple.tuple(own.code(), YEAR, Period.Q3),
                        org.assertj.core.groups.Tuple.tuple(own.code(), YEAR, Period.Q4));

        // Q1 is not marked while the thread of it is open
        send(reviewer, "/periods/Q1/reviewed")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("masih ada 1 utas terbuka atau dijawab")));

        // who may not answer: the other PIC, a PIC of another office, the sibling office, the reviewer
        String version = String.valueOf(thread(id).rowVersion());
        send(own.user("pic2"), "/threads/" + id + "/answer", "rowVersion", version, "content", "jawaban")
                .andExpect(status().isForbidden());
        send("kupang.pic", "/threads/" + id + "/answer", "rowVersion", version, "content", "jawaban")
                .andExpect(status().isForbidden());
        send(own.user("sibling"), "/threads/" + id + "/answer", "rowVersion", version, "content", "jawaban")
                .andExpect(status().isForbidden());
        send(reviewer, "/threads/" + id + "/answer", "rowVersion", version, "content", "jawaban")
                .andExpect(status().isForbidden());
        // nor may the office open, reply or close
        send(own.user("admin"), "/threads", "scope", "LAKIN", "content", "x").andExpect(status().isForbidden());
        send(own.user("head"), "/threads/" + id + "/close", "rowVersion", version)
                .andExpect(status().isForbidden());

        // an empty answer is refused with the message, nothing changes
        send(own.user("pic"), "/threads/" + id + "/answer", "rowVersion", version, "content", "   ")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Komentar kosong; tidak ada yang disimpan.")));
        assertThat(thread(id).state()).isEqualTo(ThreadState.OPEN);
        assertThat(thread(id).comments()).hasSize(1);

        // the PIC answers
        send(
                        own.user("pic"),
                        "/threads/" + id + "/answer",
                        "rowVersion",
                        version,
                        "content",
                        "Penurunan karena " + "restitusi besar pada bulan Maret.")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + own.code() + "/review?year=2024#thread-" + id));
        assertThat(thread(id).state()).isEqualTo(ThreadState.ANSWERED);
        ReviewCommentPosted answer = posted().getLast();
        assertThat(answer.author()).isEqualTo(own.user("pic"));
        assertThat(answer.recipients()).containsExactly(reviewer);
        assertThat(tasksOf(own.user("pic"), TaskKind.ANSWER_COMMENT)).isEmpty();
        assertThat(tasksOf(reviewer, TaskKind.ANSWER_COMMENT))
                .singleElement()
                .satisfies(t -> assertThat(t.detail()).isEqualTo("Penurunan karena restitusi besar pada bulan Maret."));

        // a form of before the answer is stale: 409 with who changed it, the text kept on the page
        send(own.user("admin"), "/threads/" + id + "/answer", "rowVersion", version, "content", "Jawaban lama")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("telah diubah oleh " + own.user("pic"))))
                .andExpect(content().string(containsString("Jawaban lama")));

        // the reviewer replies (back to the office), then closes
        send(
                        reviewer,
                        "/threads/" + id + "/reply",
                        "rowVersion",
                        String.valueOf(thread(id).rowVersion()),
                        "content",
                        "Lampirkan data restitusi.")
                .andExpect(status().is3xxRedirection());
        assertThat(thread(id).state()).isEqualTo(ThreadState.OPEN);
        assertThat(tasksOf(own.user("pic"), TaskKind.ANSWER_COMMENT)).hasSize(1);
        send(
                        reviewer,
                        "/threads/" + id + "/close",
                        "rowVersion",
                        String.valueOf(thread(id).rowVersion()))
                .andExpect(status().is3xxRedirection());
        ReviewThread closed = thread(id);
        assertThat(closed.state()).isEqualTo(ThreadState.CLOSED);
        assertThat(closed.comments()).extracting(ReviewComment::fromReviewer).containsExactly(true, false, true);
        assertThat(tasksOf(own.user("pic"), TaskKind.ANSWER_COMMENT)).isEmpty();
        send(
                        own.user("pic"),
                        "/threads/" + id + "/answer",
                        "rowVersion",
                        String.valueOf(closed.rowVersion()),
                        "content",
                        "terlambat")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah ditutup oleh " + reviewer)));
        assertThat(audit.find(own.unit.id(), ReviewService.THREAD_ENTITY, YEAR + "/" + id))
                .extracting(AuditEvent::action)
                .contains("review-open", "review-answer", "review-reply", "review-close", "note");

        // now Q1 is marked reviewed; again is stale; un-marked; marked again
        send(reviewer, "/periods/Q1/reviewed")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + own.code() + "/review?year=2024#periods"));
        assertThat(reviews.reviewed(own.unit, YEAR).get(Period.Q1).reviewedBy()).isEqualTo(reviewer);
        assertThat(tasksOf(reviewer, TaskKind.REVIEW_PERIOD))
                .extracting(Task::period)
                .containsExactly(Period.Q2, Period.Q3, Period.Q4);
        send(reviewer, "/periods/Q1/reviewed").andExpect(status().isConflict());
        send(own.user("head"), "/periods/Q1/unmark").andExpect(status().isForbidden());
        send(reviewer, "/periods/S1/reviewed")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hanya triwulan")));
        mvc.perform(get("/units/{u}/review", own.code()).param("year", "2024").with(user(me(own.user("head")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ditelaah oleh " + reviewer)))
                .andExpect(content().string(containsString("Lampirkan data restitusi.")));
        send(reviewer, "/periods/Q1/unmark").andExpect(status().is3xxRedirection());
        assertThat(reviews.reviewed(own.unit, YEAR)).isEmpty();
        send(reviewer, "/periods/Q1/unmark").andExpect(status().isConflict());
        assertThat(audit.find(own.unit.id(), ReviewService.PERIOD_ENTITY, YEAR + "/Q1"))
                .extracting(AuditEvent::action)
                .containsExactly("period-unreviewed", "period-reviewed");
        send(reviewer, "/periods/Q1/reviewed").andExpect(status().is3xxRedirection());

        // the Kanwil's overview
        mvc.perform(get("/units/{u}/reviews", own.kanwil.code())
                        .param("year", "2024")
                        .param("period", "Q1")
                        .with(user(me(reviewer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("office-" + own.code())))
                .andExpect(content().string(containsString("office-" + own.sibling.code())))
                .andExpect(content().string(containsString("tanpa perjanjian kinerja")));
        assertThat(reviews.overview(own.kanwil, YEAR, Period.Q1))
                .filteredOn(r -> r.office().unit().id() == own.unit.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.open()).isZero();
                    assertThat(r.reviewed()).containsOnlyKeys(Period.Q1);
                    assertThat(r.withoutAgreement()).isFalse();
                });
    }

    @Test
    void periodAndLakinThreadsAndWhoSeesThePages() throws Exception {
        String reviewer = own.user("reviewer");
        send(reviewer, "/threads", "scope", "PERIOD", "content", "tanpa periode")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("memerlukan periode")));
        send(reviewer, "/threads", "scope", "INDICATOR", "iku", "99z-XX", "content", "IKU tidak dikenal")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("IKU 99z-XX tidak ada")));
        send(reviewer, "/threads", "scope", "LAKIN", "content", "x".repeat(ReviewService.MAX_COMMENT + 1))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("maksimal 4.000 karakter")));
        send(reviewer, "/threads", "scope", "PERIOD", "period", "Q2", "content", "Realisasi Q2 belum lengkap.")
                .andExpect(status().is3xxRedirection());
        send(reviewer, "/threads", "scope", "LAKIN", "content", "Bab III perlu analisis capaian.")
                .andExpect(status().is3xxRedirection());
        List<ReviewThread> threads = reviews.threads(own.unit, YEAR);
        ReviewThread lakin = threads.getFirst();
        assertThat(lakin.scope()).isEqualTo(ReviewScope.LAKIN);
        assertThat(lakin.period()).isNull();
        assertThat(posted().getLast().recipients())
                .as("not the PIC for a thread that is not about an IKU")
                .containsExactly(own.user("admin"));
        // a PIC answers only threads of its IKU; the head answers any
        send(own.user("pic"), "/threads/" + lakin.id() + "/answer", "rowVersion", "0", "content", "jawaban")
                .andExpect(status().isForbidden());
        assertThat(tasksOf(own.user("pic"), TaskKind.ANSWER_COMMENT))
                .noneMatch(t -> t.reference().equals(String.valueOf(lakin.id())));
        assertThat(tasksOf(own.user("head"), TaskKind.ANSWER_COMMENT))
                .anyMatch(t -> t.reference().equals(String.valueOf(lakin.id())));
        send(own.user("head"), "/threads/" + lakin.id() + "/answer", "rowVersion", "0", "content", "Akan dilengkapi.")
                .andExpect(status().is3xxRedirection());
        // Q2 is pending while its period thread is open
        send(reviewer, "/periods/Q2/reviewed").andExpect(status().isConflict());
        // an unknown thread
        send(reviewer, "/threads/999999999/reply", "rowVersion", "0", "content", "x")
                .andExpect(status().isNotFound());
        // the review page: the office's staff and its Kanwil's reviewer; not another Kanwil's reviewer
        mvc.perform(get("/units/{u}/review", own.code()).param("year", "2024").with(user(me(own.user("viewer")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bab III perlu analisis capaian.")))
                .andExpect(content().string(not(containsString("name=\"rowVersion\""))));
        mvc.perform(get("/units/{u}/review", own.code()).param("year", "2024").with(user(me("nusra.reviewer"))))
                .andExpect(status().isForbidden());
        send("nusra.reviewer", "/threads", "scope", "LAKIN", "content", "x").andExpect(status().isForbidden());
        mvc.perform(get("/units/{u}/reviews", own.code()).with(user(me(reviewer))))
                .andExpect(status().isNotFound());
    }
}
