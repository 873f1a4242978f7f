package id.kinerja.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Kanwil's review through the API: open, answer, close, the quarter marked and unmarked, a stale version. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewApiTest {

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

    @Test
    void aThreadFromOpenToClosedAndTheQuarterReviewed() throws Exception {
        OwnUnit own = OwnUnit.create("ra", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        RequestPostProcessor reviewer = user(users.loadUserByUsername(own.user("reviewer")));
        RequestPostProcessor office = user(users.loadUserByUsername(own.user("admin")));
        String base = "/api/v1/units/" + own.code() + "/review";

        mvc.perform(post(base + "/threads")
                        .with(office)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024, \"scope\": \"PERIOD\", \"period\": \"Q1\", \"comment\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/threads")
                        .with(reviewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024, \"scope\": \"PERIOD\", \"period\": \"Q1\", \"comment\": \"Mohon"
                                + " penjelasan capaian 01a-CP.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.comments[0].body").value("Mohon penjelasan capaian 01a-CP."));
        ReviewThread t = reviews.threads(own.unit, 2024).getFirst();

        mvc.perform(put(base + "/periods/Q1").param("year", "2024").with(reviewer))
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/threads/" + t.id() + "/answer")
                        .with(office)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rowVersion\": " + (t.rowVersion() + 5) + ", \"comment\": \"Sudah.\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/threads/" + t.id() + "/answer")
                        .with(office)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rowVersion\": " + t.rowVersion() + ", \"comment\": \"Sesuai Appportal.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ANSWERED"));
        ReviewThread answered = reviews.threads(own.unit, 2024).getFirst();
        mvc.perform(post(base + "/threads/" + t.id() + "/close")
                        .with(reviewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rowVersion\": " + answered.rowVersion() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));

        mvc.perform(put(base + "/periods/Q1").param("year", "2024").with(reviewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewedBy").value(own.user("reviewer")));
        mvc.perform(get(base + "/periods").param("year", "2024").with(office))
                .andExpect(jsonPath("$.Q1.reviewedBy").value(own.user("reviewer")));
        mvc.perform(delete(base + "/periods/Q1").param("year", "2024").with(reviewer))
                .andExpect(status().isNoContent());
        assertThat(reviews.reviewed(own.unit, 2024)).doesNotContainKey(Period.Q1);
        mvc.perform(get(base + "/threads").param("year", "2024").with(office))
                .andExpect(jsonPath("$[0].comments.length()").value(2));
    }
}
