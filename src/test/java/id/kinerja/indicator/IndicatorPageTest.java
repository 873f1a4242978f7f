package id.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
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

/** The IKU page: the manual, targets, realizations, official index with the engine's trace, notes, history. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorPageTest {

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

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("i", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    @Test
    void kupangsIkuPageShowsTheManualTheIndexAndItsExplanation() throws Exception {
        mvc.perform(get("/units/KPP-KUPANG/iku/01a-CP")
                        .param("year", "2024")
                        .param("period", "Q3")
                        .with(user(users.loadUserByUsername("kupang.pic"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Persentase realisasi penerimaan pajak")))
                .andExpect(content().string(containsString("Appportal DJP (penerimaan pajak neto")))
                .andExpect(content().string(containsString("Sumber data")))
                // Q3: 63.03 / 73 = 86.34 (docs/domain.md), with the engine's trace and the tabs
                .andExpect(content().string(containsString("86,34")))
                .andExpect(content().string(containsString("class=\"trace\"")))
                .andExpect(content().string(containsString("class=\"unitnav\"")))
                .andExpect(content().string(containsString("status-APPROVED")));
        mvc.perform(get("/units/KPP-KUPANG/iku/04a-CP")
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername("nusra.reviewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rasio perubahan perilaku bayar")))
                .andExpect(content().string(not(containsString("name=\"content\""))));
    }

    @Test
    void notesAreAddedByThoseWhoWorkOnTheIkuAndAudited() throws Exception {
        mvc.perform(post("/units/{u}/iku/{i}/notes", own.code(), "01a-CP")
                        .with(as("pic"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("content", "Penerimaan Q1 naik karena PPh 21 THR."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units/{u}/iku/{i}/notes", own.code(), "01a-CP")
                        .with(as("head"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("content", "Dibahas dalam DKO Juli."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units/{u}/iku/{i}/notes", own.code(), "01a-CP")
                        .with(as("viewer"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("content", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{u}/iku/{i}/notes", own.code(), "01a-CP")
                        .with(as("pic2"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("content", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{u}/iku/{i}/notes", own.code(), "01a-CP")
                        .with(as("pic"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("content", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Catatan untuk 01a-CP kosong")));
        mvc.perform(get("/units/{u}/iku/{i}", own.code(), "01a-CP")
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Penerimaan Q1 naik karena PPh 21 THR.")))
                .andExpect(content().string(containsString(own.user("head"))))
                .andExpect(content().string(not(containsString("name=\"content\""))));
        assertThat(audit.find(own.unit.id(), "indicator_note", "2024/01a-CP/"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.action()).isEqualTo("note"));
    }

    @Test
    void anIkuOutsideTheAgreementOrAnotherBranchIsRefused() throws Exception {
        mvc.perform(get("/units/{u}/iku/{i}", own.code(), "99z-XX")
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/{u}/iku/{i}", own.code(), "01a-CP")
                        .param("year", "2023")
                        .with(as("viewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/KPP-KUPANG/iku/01a-CP").param("year", "2024").with(as("viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{u}/iku/{i}", own.code(), "01a-CP")
                        .param("year", "2024")
                        .param("lang", "en")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The scoring engine explains")));
    }
}
