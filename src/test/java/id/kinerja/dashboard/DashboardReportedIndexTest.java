package id.kinerja.dashboard;

import static id.kinerja.web.Html.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.realization.internal.ReportedIndexRepository;
import id.kinerja.testsupport.OwnUnit;
import id.kinerja.testsupport.ReportedIndexes;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reported index stored by an import (the workbook's "Indeks dilaporkan") is marked on the dashboard beside the
 * engine's index of the period shown when the engine contradicts it, and only then. A unit of the test's own, with
 * Kupang's 2024 agreement and approved realizations (so the engine's indexes are Kupang's).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardReportedIndexTest {

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
    ReportedIndexRepository reportedIndexes;

    OwnUnit own;

    @BeforeAll
    void unitWithReportedIndexes() {
        own = OwnUnit.create("ri", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        ReportedIndexes.storeFor(own, reportedIndexes);
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aContradictedReportedIndexIsMarkedBesideTheIndexOfItsPeriod() throws Exception {
        String html = page(own.user("viewer"), "/units/" + own.code() + "/dashboard?year=2024&period=Y");
        assertThat(row(html, ">09c-N</a>")).contains("105,61 ⚠ dilaporkan 105,67");
        assertThat(html)
                .contains("title=\"Indeks yang dilaporkan kantor saat impor berbeda dari indeks hitungan aplikasi");
        // within the tolerance: nothing; a reported index of another period: not on this period's sheet
        assertThat(row(html, ">01a-CP</a>")).contains("100,50").doesNotContain("dilaporkan");
        assertThat(row(html, ">07b-CP</a>")).doesNotContain("dilaporkan");
        assertThat(html.split("class=\"small warn reported-index\"", -1)).hasSize(2);
    }

    @Test
    void aReportedIndexOfAPeriodTheEngineDoesNotScoreIsMarked() throws Exception {
        String html = page(own.user("viewer"), "/units/" + own.code() + "/dashboard?year=2024&period=Q3");
        assertThat(row(html, ">07b-CP</a>")).contains("Tidak dinilai").contains("⚠ dilaporkan 110,00");
        assertThat(row(html, ">09c-N</a>")).doesNotContain("dilaporkan");
    }

    @Test
    void inEnglishTheMarkIsEnglish() throws Exception {
        String html = page(own.user("viewer"), "/units/" + own.code() + "/dashboard?year=2024&period=Y&lang=en");
        assertThat(row(html, ">09c-N</a>")).contains("⚠ reported ");
    }

    @Test
    void withoutAReportedIndexNothingIsMarked() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/dashboard?year=2024&period=Y");
        assertThat(row(html, ">09c-N</a>")).contains("105,61");
        assertThat(html).doesNotContain("reported-index").doesNotContain("⚠ dilaporkan");
    }
}
