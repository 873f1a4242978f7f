package id.kinerja.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The search beside "Tugas saya" on the Kupang demo: units the user may see, the IKU, the narratives, by name. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Search search;

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    List<String> hits(String username, String query) {
        return search.find(me(username), query).stream()
                .map(h -> h.kind() + " " + h.name() + " -> " + h.href())
                .toList();
    }

    @Test
    void unitsOnlyThoseTheUserMaySee() {
        assertThat(hits("kupang.pic", "kupang")).contains("UNIT KPP Pratama Kupang -> /units/KPP-KUPANG/dashboard");
        assertThat(hits("kupang.pic", "nusa tenggara")).noneMatch(h -> h.startsWith("UNIT"));
        assertThat(hits("nusra.reviewer", "nusa tenggara"))
                .anyMatch(h -> h.startsWith("UNIT Kanwil DJP Nusa Tenggara"));
        assertThat(hits("nusra.reviewer", "KPP-KUPANG")).anyMatch(h -> h.startsWith("UNIT KPP Pratama Kupang"));
    }

    @Test
    void theIkuOfTheOwnAgreementByCodeOrNameEveryWordRequired() {
        assertThat(hits("kupang.pic", "penerimaan 01a"))
                .anyMatch(
                        h -> h.startsWith("INDICATOR 01a-CP") && h.endsWith("/units/KPP-KUPANG/iku/01a-CP?year=2024"));
        assertThat(hits("kupang.pic", "penerimaan zzzz")).isEmpty();
        // a Kanwil without an agreement of its own finds the IKU of the newest framework
        assertThat(hits("nusra.reviewer", "01a-CP")).anyMatch(h -> h.startsWith("INDICATOR 01a-CP"));
    }

    @Test
    void narrativesByTitleAndByWhatIsWritten() {
        assertThat(hits("kupang.admin", "kata pengantar"))
                .contains("NARRATIVE Kata Pengantar -> /units/KPP-KUPANG/narratives/kata-pengantar?year=2024");
        assertThat(hits("kupang.admin", "mitigasi 01a"))
                .anyMatch(h -> h.startsWith("NARRATIVE 01a-CP · Mitigasi risiko"));
        assertThat(hits("kupang.admin", "")).isEmpty();
    }

    @Test
    void thePage() throws Exception {
        mvc.perform(get("/search").param("q", "kupang").with(user(me("kupang.pic"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("KPP Pratama Kupang")))
                .andExpect(content().string(containsString("hasil untuk &quot;kupang&quot;")));
        mvc.perform(get("/search")
                        .param("q", "tidakadayangcocok")
                        .param("lang", "en")
                        .with(user(me("kupang.pic"))))
                .andExpect(content().string(containsString("No unit, IKU or narrative contains")));
        mvc.perform(get("/tasks").param("q", "kupang").with(user(me("kupang.pic"))))
                .andExpect(content().string(containsString("href=\"/search?q=kupang\"")));
    }
}
