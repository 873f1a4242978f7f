package id.kinerja.budget;

import static id.kinerja.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditLog;
import id.kinerja.consistency.Finding;
import id.kinerja.consistency.internal.BudgetChecks;
import id.kinerja.framework.FrameworkCatalog;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The summary by kind of spending and the monthly budget entry (docs/domain.md §7) on offices of the test's own: the
 * office without a DIPA tree enters its kinds and its months per kind; its sibling carries three DIPA lines and its
 * entered kinds are compared with them (page, budget-kind check). Rules, all or nothing, rights and audit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetEntryTest {

    static final int YEAR = 2024;

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
    BudgetService budget;

    @Autowired
    AuditLog audit;

    @Autowired
    BudgetChecks budgetChecks;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void ownUnits() {
        own = OwnUnit.create("bk", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        // the sibling has a DIPA tree: one program with a 52 and a 53 output, every detail line with its kind
        long s = own.sibling.id();
        budget.saveLine(s, line("P", BudgetLevel.PROGRAM, null, "1000", "600"), 0);
        budget.saveLine(s, line("P.1", BudgetLevel.OUTPUT, 52, "700", "400"), 1);
        budget.saveLine(s, line("P.2", BudgetLevel.OUTPUT, 53, "300", "200"), 2);
    }

    static BudgetLine line(String code, BudgetLevel level, Integer kind, String ceiling, String realization) {
        return new BudgetLine(
                YEAR, code, null, level, "Baris " + code, kind, new BigDecimal(ceiling), new BigDecimal(realization));
    }

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    static BudgetKindEntry kind(int kind, String ceiling, String realization) {
        return new BudgetKindEntry(
                kind, new BigDecimal(ceiling), realization == null ? null : new BigDecimal(realization));
    }

    @Test
    void kindsAreCheckedAllOrNothingAndAudited() {
        CurrentUser admin = me(own.user("admin"));
        var unit = own.unit;
        assertThatThrownBy(
                        () -> budget.saveKinds(admin, unit, YEAR, List.of(kind(51, "100", "50"), kind(54, "1", null))))
                .isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("code", "budget.error.kind.unknown");
        assertThatThrownBy(() -> budget.saveKinds(admin, unit, YEAR, List.of(kind(51, "100", "-1"))))
                .hasFieldOrPropertyWithValue("code", "budget.error.kind.realizationNegative");
        assertThatThrownBy(() -> budget.saveKinds(admin, unit, YEAR, List.of(kind(52, "100.5", null))))
                .hasFieldOrPropertyWithValue("code", "budget.error.kind.ceilingWhole");
        assertThatThrownBy(() -> budget.saveKinds(admin, unit, YEAR, List.of(kind(51, "1", null), kind(51, "2", null))))
                .hasFieldOrPropertyWithValue("code", "budget.error.kind.duplicate");
        assertThatThrownBy(() -> budget.saveKinds(admin, unit, YEAR, List.of()))
                .hasFieldOrPropertyWithValue("code", "budget.error.kind.none");
        assertThat(budget.findKinds(unit.id(), YEAR))
                .as("nothing written by a refusal")
                .isEmpty();
        // only the unit's own performance administrator
        assertThatThrownBy(() -> budget.saveKinds(me(own.user("pic")), unit, YEAR, List.of(kind(51, "1", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budget.saveKinds(me(own.user("sibling")), unit, YEAR, List.of(kind(51, "1", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budget.saveKinds(me("kupang.admin"), unit, YEAR, List.of(kind(51, "1", null))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(budget.saveKinds(admin, unit, YEAR, List.of(kind(51, "900", "850"), kind(52, "600", "500"))))
                .isEqualTo(2);
        assertThatThrownBy(() -> budget.saveKinds(admin, unit, YEAR, List.of(kind(51, "900", "850"))))
                .hasFieldOrPropertyWithValue("code", "budget.error.kind.noChange");
        BudgetYear b = budget.year(unit.id(), YEAR);
        assertThat(b.kinds()).extracting(BudgetYear.Kind::kind).containsExactly(51, 52);
        assertThat(b.kinds().get(0).name()).isEqualTo("Belanja Pegawai");
        assertThat(b.kindsTotal().ceiling()).isEqualByComparingTo("1500");
        assertThat(b.kindChecks()).as("no DIPA lines to compare with").isEmpty();
        assertThat(audit.find(unit.id(), "budget", YEAR + "/kind/51"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("pagu 900, realisasi 850"));
    }

    @Test
    void theBudgetPageTakesTheKindsTypedInIndonesian() throws Exception {
        String admin = own.user("admin");
        String form = mvc.perform(
                        get("/units/{u}/budget?year=2024", own.sibling.code()).with(as(own.user("sibling"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"ceiling53\"").contains("/budget/months");
        // a PIC sees no form
        assertThat(mvc.perform(get("/units/{u}/budget?year=2024", own.code()).with(as(own.user("pic"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("name=\"ceiling51\"");
        // a bad number names the kind and the field; nothing is saved
        String bad = mvc.perform(post("/units/{u}/budget/kinds", own.sibling.code())
                        .with(as(own.user("sibling")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("ceiling52", "700")
                        .param("realization52", "400")
                        .param("ceiling53", "satu"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(bad)).contains("Pagu jenis belanja 53 bukan angka: “satu”");
        assertThat(bad).contains("value=\"satu\"");
        assertThat(budget.findKinds(own.sibling.id(), YEAR)).isEmpty();
        // another office's administrator is refused
        mvc.perform(post("/units/{u}/budget/kinds", own.sibling.code())
                        .with(as(admin))
                        .with(csrf())
                        .param("year", "2024")
                        .param("ceiling52", "700"))
                .andExpect(status().isForbidden());

        // 52 as the lines say, 53 higher than its line: flagged on the page and by the budget-kind check
        mvc.perform(post("/units/{u}/budget/kinds", own.sibling.code())
                        .with(as(own.user("sibling")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("ceiling52", "700")
                        .param("realization52", "400")
                        .param("ceiling53", "1.300")
                        .param("realization53", "200"))
                .andExpect(status().is3xxRedirection());
        BudgetYear b = budget.year(own.sibling.id(), YEAR);
        assertThat(b.kindChecks()).extracting(BudgetYear.KindCheck::kind).containsExactly(52, 53);
        assertThat(b.kindMismatches()).singleElement().satisfies(k -> {
            assertThat(k.kind()).isEqualTo(53);
            assertThat(k.complete()).isTrue();
            assertThat(k.linesCeiling()).isEqualByComparingTo("300");
        });
        String page = mvc.perform(
                        get("/units/{u}/budget?year=2024", own.sibling.code()).with(as(own.user("sibling"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(page))
                .contains(
                        "Jenis belanja 53 (Belanja Modal) yang diisi (pagu Rp 1.300, realisasi Rp 200) berbeda dengan jumlah 1 baris DIPA berjenis 53 (pagu Rp 300, realisasi Rp 200).")
                .doesNotContain("Jenis belanja 52 (Belanja Barang) yang diisi");
        assertThat(page).contains("value=\"1300\""); // typed back without grouping (Formats.input)
        List<Finding> findings = new java.util.ArrayList<>();
        budgetChecks.check(own.sibling, YEAR, findings);
        // the kinds' total (2.000) against the program (1.000), then 53 against its line
        assertThat(findings)
                .filteredOn(f -> f.check().equals("budget-kind"))
                .extracting(f -> f.where().code())
                .containsExactly("check.where.budgetTotal", "check.where.budgetKind");
    }

    @Test
    void monthsAreEnteredPerKindForAnOfficeWithoutATreeAndPerLineOtherwise() throws Exception {
        String admin = own.user("admin");
        String page = mvc.perform(
                        get("/units/{u}/budget/months?year=2024", own.code()).with(as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"m.51.1\"").contains("name=\"m.53.12\"");
        // a bad cell: nothing of the form is saved, the message names the row and the month
        String bad = mvc.perform(post("/units/{u}/budget/months", own.code())
                        .with(as(admin))
                        .with(csrf())
                        .param("year", "2024")
                        .param("m.51.1", "100.000")
                        .param("m.51.2", "-5"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(bad)).contains("Realisasi 51 bulan 2 tidak boleh negatif: “-5”; tidak ada yang disimpan.");
        assertThat(bad).contains("value=\"100.000\"");
        assertThat(budget.findKindMonths(own.unit.id(), YEAR)).isEmpty();

        mvc.perform(post("/units/{u}/budget/months", own.code())
                        .with(as(admin))
                        .with(csrf())
                        .param("year", "2024")
                        .param("m.51.1", "100.000")
                        .param("m.51.2", "150.000")
                        .param("m.52.1", "20.000")
                        .param("m.53.1", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(budget.findKindMonths(own.unit.id(), YEAR)).hasSize(3);
        assertThat(audit.find(own.unit.id(), "budget", YEAR + "/month/51/2"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("150000"));
        // clearing a cell removes the month
        budget.saveMonths(me(admin), own.unit, YEAR, List.of(new BudgetMonthEntry("52", 1, null)));
        assertThat(budget.findKindMonths(own.unit.id(), YEAR)).hasSize(2);
        assertThatThrownBy(() ->
                        budget.saveMonths(me(admin), own.unit, YEAR, List.of(new BudgetMonthEntry("52", 1, null))))
                .hasFieldOrPropertyWithValue("code", "budget.error.month.noChange");
        assertThatThrownBy(() -> budget.saveMonths(
                        me(admin), own.unit, YEAR, List.of(new BudgetMonthEntry("51", 13, BigDecimal.ONE))))
                .hasFieldOrPropertyWithValue("code", "budget.error.month.month");
        assertThatThrownBy(() -> budget.saveMonths(
                        me(admin), own.unit, YEAR, List.of(new BudgetMonthEntry("P", 1, BigDecimal.ONE))))
                .hasFieldOrPropertyWithValue("code", "budget.error.month.unknownKind");
        assertThatThrownBy(() -> budget.saveMonths(
                        me(own.user("pic")), own.unit, YEAR, List.of(new BudgetMonthEntry("51", 3, BigDecimal.ONE))))
                .isInstanceOf(AccessDeniedException.class);

        // the office with a tree enters per DIPA line; a kind is no row of it
        String sibling = own.user("sibling");
        assertThat(mvc.perform(get("/units/{u}/budget/months?year=2024", own.sibling.code())
                                .with(as(sibling)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("name=\"m.P.1.1\"")
                .doesNotContain("name=\"m.51.1\"");
        assertThatThrownBy(() -> budget.saveMonths(
                        me(sibling), own.sibling, YEAR, List.of(new BudgetMonthEntry("51", 1, BigDecimal.ONE))))
                .hasFieldOrPropertyWithValue("code", "budget.error.unknownLine");
        mvc.perform(post("/units/{u}/budget/months", own.sibling.code())
                        .with(as(sibling))
                        .with(csrf())
                        .param("year", "2024")
                        .param("m.P.1.1", "70")
                        .param("m.P.2.1", "30"))
                .andExpect(status().is3xxRedirection());
        BudgetYear b = budget.year(own.sibling.id(), YEAR);
        assertThat(b.months()).singleElement().satisfies(m -> {
            assertThat(m.realization()).isEqualByComparingTo("100");
            assertThat(m.absorption()).isEqualByComparingTo("10"); // 100 / 1000
        });
    }

    @Test
    void theMonthsOfAnOfficeWithoutATreeAddUpItsKinds() {
        var lines = List.<BudgetLine>of();
        var kinds = List.of(
                new BudgetKindTotal(YEAR, 51, "Belanja Pegawai", new BigDecimal("800"), new BigDecimal("0")),
                new BudgetKindTotal(YEAR, 52, "Belanja Barang", new BigDecimal("200"), new BigDecimal("0")));
        var months = List.of(
                new BudgetKindMonth(YEAR, 51, 1, new BigDecimal("60")),
                new BudgetKindMonth(YEAR, 52, 1, new BigDecimal("40")),
                new BudgetKindMonth(YEAR, 51, 2, new BigDecimal("100")));
        BudgetYear b = BudgetService.compute(1, YEAR, lines, kinds, List.of(), months, List.of());
        assertThat(b.months()).hasSize(2);
        assertThat(b.months().get(0).realization()).isEqualByComparingTo("100");
        assertThat(b.months().get(1).cumulative()).isEqualByComparingTo("200");
        assertThat(b.months().get(1).absorption()).isEqualByComparingTo("20"); // 200 / 1000
    }

    @Test
    void kindsAgainstIncompleteLinesOnlyFlagWhatTheLinesPass() {
        // P.1 carries 52, P.2 no kind: the 52 lines may fall short of the entered 52, never pass it
        var lines = BudgetLine.withParents(List.of(
                line("P", BudgetLevel.PROGRAM, null, "1000", "600"),
                line("P.1", BudgetLevel.OUTPUT, 52, "700", "400"),
                line("P.2", BudgetLevel.OUTPUT, null, "300", "200")));
        var under = List.of(new BudgetKindTotal(YEAR, 52, "B", new BigDecimal("800"), new BigDecimal("500")));
        var over = List.of(new BudgetKindTotal(YEAR, 52, "B", new BigDecimal("600"), new BigDecimal("500")));
        var none = List.of(new BudgetKindTotal(YEAR, 53, "M", new BigDecimal("1"), new BigDecimal("0")));
        assertThat(BudgetService.kindChecks(lines, under)).singleElement().satisfies(k -> {
            assertThat(k.complete()).isFalse();
            assertThat(k.matches()).isTrue();
        });
        assertThat(BudgetService.kindChecks(lines, over))
                .singleElement()
                .satisfies(k -> assertThat(k.matches()).isFalse());
        assertThat(BudgetService.kindChecks(lines, none))
                .as("no 53 line to compare with")
                .isEmpty();
    }
}
