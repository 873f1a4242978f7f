package id.kinerja.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The onboarding page of a new office: every step's state comes from the data (docs/user-guide.md "A new office in
 * ten minutes"). Each test runs in a rolled-back transaction on a unit of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OnboardingPageTest {

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
    OnboardingService onboarding;

    private OwnUnit own(boolean withAgreement) {
        return OwnUnit.create("onb", withAgreement, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    private static Map<OnboardingStep.Kind, OnboardingStep.State> states(List<OnboardingStep> steps) {
        return steps.stream().collect(Collectors.toMap(OnboardingStep::kind, OnboardingStep::state));
    }

    @Test
    void anOfficeWithoutAgreementIsToldWhatComesFirstAndTheLaterStepsWait() throws Exception {
        OwnUnit own = own(false);
        List<OnboardingStep> steps = onboarding.steps(own.unit, OwnUnit.YEAR, Locale.forLanguageTag("id"));
        assertThat(steps).extracting(OnboardingStep::kind).containsExactly(OnboardingStep.Kind.values());
        assertThat(states(steps))
                .containsEntry(OnboardingStep.Kind.UNIT, OnboardingStep.State.OPEN)
                .containsEntry(OnboardingStep.Kind.ACCOUNTS, OnboardingStep.State.DONE)
                .containsEntry(OnboardingStep.Kind.AGREEMENT, OnboardingStep.State.OPEN)
                .containsEntry(OnboardingStep.Kind.TARGETS, OnboardingStep.State.WAITING)
                .containsEntry(OnboardingStep.Kind.SIGNED, OnboardingStep.State.WAITING)
                .containsEntry(OnboardingStep.Kind.REALIZATIONS, OnboardingStep.State.WAITING)
                .containsEntry(OnboardingStep.Kind.SCORED, OnboardingStep.State.WAITING);
        // the unit facts still missing, by the unit form's labels (the test unit has a head but no official code,
        // address, area or head position)
        assertThat(steps.getFirst().args())
                .containsExactly("Kode resmi, Alamat, Wilayah kerja (kabupaten/kota), Jabatan kepala");

        String html = mvc.perform(get("/units/" + own.code() + "/onboarding?year=2024")
                        .with(user(users.loadUserByUsername(own.user("admin")))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("1 dari 7 langkah selesai untuk tahun 2024")
                .contains("Belum diisi: Kode resmi, Alamat, Wilayah kerja (kabupaten/kota), Jabatan kepala.")
                .contains("href=\"/units/" + own.code() + "/edit\"")
                .contains("href=\"/units/" + own.code() + "/agreement?year=2024\"")
                .contains("menunggu langkah sebelumnya");
        // a waiting step offers no button yet
        String realizations = html.substring(html.indexOf("id=\"step-realizations\""));
        assertThat(realizations.substring(0, realizations.indexOf("</li>"))).doesNotContain("class=\"button\"");
    }

    @Test
    void aSignedAgreementWithApprovedFirstQuarterIsScoredAndTheEnglishPageSaysSo() throws Exception {
        OwnUnit own = own(true);
        List<OnboardingStep> steps = onboarding.steps(own.unit, OwnUnit.YEAR, Locale.ENGLISH);
        assertThat(states(steps))
                .containsEntry(OnboardingStep.Kind.AGREEMENT, OnboardingStep.State.DONE)
                .containsEntry(OnboardingStep.Kind.TARGETS, OnboardingStep.State.DONE)
                .containsEntry(OnboardingStep.Kind.SIGNED, OnboardingStep.State.DONE)
                .containsEntry(OnboardingStep.Kind.SCORED, OnboardingStep.State.DONE);
        // the first quarter: the IKU with a Q1 target, and how many of them are approved (the copy of Kupang's
        // approved realizations); done exactly when all are
        OnboardingStep quarter = steps.get(OnboardingStep.Kind.REALIZATIONS.ordinal());
        long approved = ((Number) quarter.args().get(0)).longValue();
        long measured = ((Number) quarter.args().get(1)).longValue();
        assertThat(measured).isPositive();
        assertThat(approved).isPositive().isLessThanOrEqualTo(measured);
        assertThat(quarter.state())
                .isEqualTo(approved == measured ? OnboardingStep.State.DONE : OnboardingStep.State.OPEN);
        long done = steps.stream().filter(OnboardingStep::done).count();
        String nko = (String) steps.getLast().args().getFirst();
        assertThat(nko).matches("\\d{2,3}\\.\\d{2}");

        String html = mvc.perform(get("/units/" + own.code() + "/onboarding?year=2024&lang=en")
                        .with(user(users.loadUserByUsername(own.user("viewer")))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(done + " of 7 steps done for 2024")
                .contains("NKO of the first quarter: " + nko + ".")
                .contains("href=\"/units/" + own.code() + "/dashboard?year=2024&amp;period=Q1\"");
    }

    @Test
    void anotherKanwilsOfficeIsRefused() throws Exception {
        OwnUnit own = own(false);
        OwnUnit other = own(false);
        mvc.perform(get("/units/" + own.code() + "/onboarding?year=2024")
                        .with(user(users.loadUserByUsername(other.user("admin")))))
                .andExpect(status().isForbidden());
    }
}
