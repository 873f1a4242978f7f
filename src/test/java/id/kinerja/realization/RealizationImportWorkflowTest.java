package id.kinerja.realization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
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

/**
 * The Excel import goes through the workflow's table (docs/domain.md, "The realization workflow"): it cannot move a
 * realization to a state the workflow forbids, and then nothing is written; an approval, on the web or by an
 * import, publishes {@link RealizationApproved} in its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealizationImportWorkflowTest {

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
    RealizationImports imports;

    @Autowired
    ApplicationEvents events;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create(
                "ri", true, Set.of("04a-CP", "02a-CP"), units, agreements, frameworks, realizations, accounts);
    }

    CurrentUser account(String role) {
        return (CurrentUser) users.loadUserByUsername(own.user(role));
    }

    ImportedRealization row(String iku, Period period, String value) {
        return new ImportedRealization(own.unit.id(), own.code(), iku, period, new BigDecimal(value), null);
    }

    @Test
    void theTableDecidesTheImportedState() {
        assertThat(imports.step(account("admin"), own.unit.id(), false)).contains(RealizationStep.IMPORT_VERIFIED);
        assertThat(imports.step(account("head"), own.unit.id(), false)).isEmpty();
        assertThat(imports.step(null, own.unit.id(), false)).contains(RealizationStep.IMPORT_APPROVED);
    }

    @Test
    void aPerformanceAdministratorCannotImportOverAnApprovedValueAndNothingIsWritten() {
        RealizationEntry approved = realizations.findEntries(own.unit.id(), YEAR).stream()
                .filter(e -> e.status() == RealizationStatus.APPROVED && e.value() != null)
                .findFirst()
                .orElseThrow();
        List<ImportedRealization> rows = List.of(
                row("04a-CP", Period.Q1, "50"),
                row(
                        approved.indicatorCode(),
                        approved.period(),
                        approved.value().add(BigDecimal.ONE).toPlainString()));

        assertThatThrownBy(() ->
                        imports.importAll(account("admin"), own.user("admin"), YEAR, rows, Set.of(), "IMPORT", "test"))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.code()).isEqualTo("realization.error.importForbidden");
                    assertThat(e.args()).startsWith(own.code(), approved.indicatorCode());
                });

        assertThat(realizations.find(own.unit.id(), YEAR, "04a-CP", Period.Q1)).isEmpty();
        RealizationEntry after = realizations
                .find(own.unit.id(), YEAR, approved.indicatorCode(), approved.period())
                .orElseThrow();
        assertThat(after.value()).isEqualByComparingTo(approved.value());
        assertThat(after.status()).isEqualTo(RealizationStatus.APPROVED);
        assertThat(after.rowVersion()).isEqualTo(approved.rowVersion());
        assertThat(events.stream(RealizationApproved.class)).isEmpty();
    }

    @Test
    void aHeadWithoutThePerformanceAdministratorsRoleCannotImportAtAll() {
        assertThatThrownBy(() -> imports.importAll(
                        account("head"),
                        own.user("head"),
                        YEAR,
                        List.of(row("02a-CP", Period.Q2, "10")),
                        Set.of(),
                        "IMPORT",
                        "test"))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.code()).isEqualTo("realization.error.importNotAllowed"));
        assertThat(realizations.find(own.unit.id(), YEAR, "02a-CP", Period.Q2)).isEmpty();
    }

    @Test
    void anImportByThePerformanceAdministratorEntersVerifiedWithoutAnApproval() {
        imports.importAll(
                account("admin"),
                own.user("admin"),
                YEAR,
                List.of(row("02a-CP", Period.Q3, "12")),
                Set.of(),
                "IMPORT",
                "test");
        assertThat(realizations
                        .find(own.unit.id(), YEAR, "02a-CP", Period.Q3)
                        .orElseThrow()
                        .status())
                .isEqualTo(RealizationStatus.VERIFIED);
        assertThat(events.stream(RealizationApproved.class)).isEmpty();
    }

    @Test
    void anImportThatApprovesPublishesTheApproval() {
        imports.importAll(null, "cli:test", YEAR, List.of(row("02a-CP", Period.Q4, "14")), Set.of(), "IMPORT", "test");
        assertThat(events.stream(RealizationApproved.class))
                .containsExactly(new RealizationApproved(
                        own.unit.id(), YEAR, "02a-CP", Period.Q4, new BigDecimal("14"), "cli:test"));
    }

    @Test
    void anApprovalOnTheWebPublishesTheApproval() throws Exception {
        step("pic", "save", "value", "61");
        step("pic", "submit");
        step("admin", "verify");
        assertThat(events.stream(RealizationApproved.class)).isEmpty();
        step("head", "approve");
        RealizationApproved approved =
                events.stream(RealizationApproved.class).findFirst().orElseThrow();
        assertThat(approved.unitId()).isEqualTo(own.unit.id());
        assertThat(approved.indicatorCode()).isEqualTo("04a-CP");
        assertThat(approved.period()).isEqualTo(Period.Q2);
        assertThat(approved.value()).isEqualByComparingTo("61");
        assertThat(approved.approvedBy()).isEqualTo(own.user("head"));
    }

    private void step(String role, String action, String... params) throws Exception {
        var request = post("/units/{u}/realizations/{i}/{p}/{a}", own.code(), "04a-CP", "Q2", action)
                .with(user(users.loadUserByUsername(own.user(role))))
                .with(csrf())
                .param("year", String.valueOf(YEAR));
        RealizationEntry now =
                realizations.find(own.unit.id(), YEAR, "04a-CP", Period.Q2).orElse(null);
        if (now != null) {
            request.param("rowVersion", String.valueOf(now.rowVersion()));
        }
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
