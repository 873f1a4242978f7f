package id.kinerja.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.narrative.internal.NarrativeRepository;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 9 §5 and issue 10 items 5 and 7 on the narrative editor: the Narasi tab of units and years without an
 * agreement, concurrent saves, a text sent after the session ended, the keep-alive and the size limit the editor knows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NarrativeLostWorkTest {

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
    NarrativeRepository repository;

    OwnUnit own;

    @BeforeEach
    void ownUnit() {
        own = OwnUnit.create("nl", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    @Test
    void theNarasiTabOfAKanwilDjpAndAYearWithoutAgreementIsAPageNotA500() throws Exception {
        RequestPostProcessor admin = user(users.loadUserByUsername("admin"));
        for (String unit : List.of("KANWIL-NUSRA", "DJP")) {
            mvc.perform(get("/units/{c}/narratives", unit).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kata Pengantar")))
                    .andExpect(content().string(not(containsString("Bab III.A IKU"))));
        }
        mvc.perform(get("/units/{c}/narratives", own.code())
                        .param("year", "2030")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata Pengantar")));
        // the editor of a fixed section of such a year works too
        mvc.perform(get("/units/{c}/narratives/kata-pengantar", own.code())
                        .param("year", "2030")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"content\"")));
    }

    @Test
    void fiftyConcurrentSavesOnTheSameVersionOneWinsTheOthersAreToldOfTheConflictNoneFails() throws Exception {
        String key = "bab1.sistematika";
        mvc.perform(post("/units/{c}/narratives/{k}", own.code(), key)
                        .with(as("admin"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("content", "<p>Versi pertama</p>")
                        .param("baseVersion", "0")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        int editors = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String text = "<p>Penyunting " + i + "</p>";
            String role = i % 2 == 0 ? "admin" : "head";
            answers.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post("/units/{c}/narratives/{k}", own.code(), key)
                                .with(as(role))
                                .with(csrf())
                                .param("year", "2024")
                                .param("content", text)
                                .param("baseVersion", "1")
                                .param("action", "save"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            }));
        }
        start.countDown();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Future<Integer> f : answers) {
            byStatus.merge(f.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();
        assertThat(byStatus).isEqualTo(Map.of(302, 1, 409, editors - 1));
        List<NarrativeVersion> history = repository.history(own.unit.id(), 2024, key);
        assertThat(history).extracting(NarrativeVersion::version).containsExactly(2, 1);
        assertThat(history.get(0).content()).startsWith("<p>Penyunting ");
    }

    @Test
    void aTextSentAfterTheSessionEndedIsKeptAndComesBackAfterSigningInAgain() throws Exception {
        String key = "bab1.tugas-fungsi";
        // the browser still sends the cookie of a session the server has ended: no CSRF token matches any more
        MvcResult refused = mvc.perform(post("/units/{c}/narratives/{k}", own.code(), key)
                        .with(r -> {
                            r.setRequestedSessionId("ended-session");
                            r.setRequestedSessionIdValid(false);
                            return r;
                        })
                        .param("year", "2024")
                        .param("content", "<p>Teks panjang yang diketik selama 40 menit</p>")
                        .param("baseVersion", "0")
                        .param("action", "save")
                        .param("_csrf", "token-of-the-ended-session"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + own.code() + "/narratives/" + key + "?kept&year=2024"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        assertThat(session).isNotNull();
        // not signed in: the page sends to the sign-in page, which says the text is kept
        mvc.perform(get("/units/{c}/narratives/{k}", own.code(), key)
                        .param("year", "2024")
                        .session(session))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/login").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Teks yang Anda kirim disimpan")));
        // signed in again: the editor shows the text, unsaved
        mvc.perform(get("/units/{c}/narratives/{k}", own.code(), key)
                        .param("year", "2024")
                        .param("kept", "")
                        .session(session)
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sesi Anda berakhir sebelum teks terkirim")))
                .andExpect(content()
                        .string(containsString(
                                "&lt;p&gt;Teks panjang yang diketik selama 40 menit&lt;/p&gt;</textarea>")));
        assertThat(repository.latest(own.unit.id(), 2024, key)).isEmpty();
        // shown once: the next visit is the plain editor
        mvc.perform(get("/units/{c}/narratives/{k}", own.code(), key)
                        .param("year", "2024")
                        .session(session)
                        .with(as("admin")))
                .andExpect(content().string(not(containsString("Teks panjang yang diketik"))));
        // a CSRF failure with a live session (or none) is still refused as before, nothing kept
        mvc.perform(post("/units/{c}/narratives/{k}", own.code(), key)
                        .with(as("admin"))
                        .param("year", "2024")
                        .param("content", "<p>x</p>")
                        .param("baseVersion", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theKeepAliveExtendsASignedInSessionAndTheEditorKnowsItsLimits() throws Exception {
        mvc.perform(post("/session/keepalive").with(as("viewer")).with(csrf()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("X-Session-Seconds", "1800"));
        mvc.perform(post("/session/keepalive").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/units/{c}/narratives/kata-pengantar", own.code())
                        .param("year", "2024")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-max-bytes=\"2097152\"")))
                .andExpect(content().string(containsString("data-session-seconds=\"1800\"")))
                .andExpect(content().string(containsString("batasnya 2 MB, teks ini {size} MB")))
                .andExpect(content().string(containsString("data-keepalive=\"/session/keepalive\"")));
    }
}
