package id.kinerja.revenue;

import static id.kinerja.web.Html.row;
import static id.kinerja.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The revenue entry screens on an office of the test's own: the net revenue (gross - refunds), the PPM and PKM
 * quarters with 02a taken from them, and the monthly grid; all or nothing, audited, refused to a reader.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueEntryPageTest {

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
    RevenueService revenue;

    @Autowired
    RevenueFigures figures;

    @Autowired
    AuditLog audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create(
                "rf",
                true,
                Set.of("01a-CP", "02a-CP", "03a-CP"),
                units,
                agreements,
                frameworks,
                realizations,
                accounts);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder form(String path, String username) {
        return post(path, own.code()).with(as(username)).with(csrf()).param("year", "2024");
    }

    @Test
    void theNetRevenueIsGrossMinusRefundsAndADifferentNetIsRefusedWithNothingSaved() throws Exception {
        // a reader sees the form disabled and may not post
        assertThat(page(own.user("viewer"), "/units/" + own.code() + "/revenue/figures?year=2024"))
                .contains("Anda hanya dapat melihat angka ini")
                .doesNotContain("Simpan penerimaan neto</button>");
        mvc.perform(form("/units/{u}/revenue/figures/net", own.user("viewer")).param("target", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(form("/units/{u}/revenue/figures/net", own.user("sibling")).param("target", "1"))
                .andExpect(status().isForbidden());

        // the performance administrator: typed in Indonesian, the net left blank is computed
        mvc.perform(form("/units/{u}/revenue/figures/net", own.user("admin"))
                        .param("target", "1.719.188.387.000")
                        .param("gross", "1.900.000.000.000")
                        .param("refunds", "172.182.378.710")
                        .param("net", ""))
                .andExpect(status().is3xxRedirection());
        RevenueTotal saved = figures.net(own.unit.id(), 2024).orElseThrow();
        assertThat(saved.realization()).isEqualByComparingTo("1727817621290");
        assertThat(saved.gross()).isEqualByComparingTo("1900000000000");
        assertThat(audit.find(own.unit.id(), "revenue", "2024/net"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(AuditAction.REVENUE_NET);
                    assertThat(e.username()).isEqualTo(own.user("admin"));
                    assertThat(e.newValue()).contains("neto=1727817621290");
                });

        // the revenue page and its achievement use it (100,50 %)
        String revenuePage = page(own.user("admin"), "/units/" + own.code() + "/revenue?year=2024");
        assertThat(row(revenuePage, "fill-Y")).contains("12 100,50");
        assertThat(revenuePage).contains("/units/" + own.code() + "/revenue/figures?year=2024");

        // a net that is not gross - refunds: refused, the message names the figures, nothing changed
        String refused = mvc.perform(form("/units/{u}/revenue/figures/net", own.user("admin"))
                        .param("target", "1")
                        .param("gross", "1.000")
                        .param("refunds", "100")
                        .param("net", "901"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(refused))
                .contains("Penerimaan neto tahun 2024 (901) tidak sama dengan penerimaan bruto dikurangi restitusi "
                        + "(1000 − 100 = 900)")
                .contains("Tidak ada yang disimpan");
        // the form comes back with what was typed
        assertThat(refused).contains("value=\"901\"");
        assertThat(figures.net(own.unit.id(), 2024).orElseThrow().target()).isEqualByComparingTo("1719188387000");

        // a number that is not one, and gross without refunds: named
        String notANumber = mvc.perform(form("/units/{u}/revenue/figures/net", own.user("admin"))
                        .param("gross", "1.00,0"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(notANumber)).contains("Penerimaan bruto (Rp) tahun 2024: “1.00,0” bukan angka");
        String pair = mvc.perform(form("/units/{u}/revenue/figures/net", own.user("admin"))
                        .param("gross", "1.000"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(pair))
                .contains("Penerimaan bruto dan restitusi tahun 2024 diisi berdua atau dikosongkan berdua: "
                        + "Penerimaan bruto (Rp) terisi, Restitusi (Rp) kosong");
        assertThat(audit.find(own.unit.id(), "revenue", "2024/net")).hasSize(1);
    }

    @Test
    void ppmQuartersAreSavedAnd02aIsTakenFromThemThroughTheWorkflow() throws Exception {
        mvc.perform(form("/units/{u}/revenue/figures/activity", own.user("admin"))
                        .param("activity", "PPM")
                        .param("PPM.target.Q1", "253.388.053.920")
                        .param("PPM.realization.Q1", "300.000.000.000")
                        .param("PPM.target.Q4", "1.583.675.337.000")
                        .param("PPM.realization.Q4", "1.592.070.348.159"))
                .andExpect(status().is3xxRedirection());
        assertThat(figures.activities(own.unit.id(), 2024).get(RevenueActivity.PPM))
                .containsOnlyKeys(Period.Q1, Period.Q4);
        assertThat(audit.find(own.unit.id(), "revenue", "2024/PPM"))
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(AuditAction.REVENUE_ACTIVITY));
        String shown = page(own.user("admin"), "/units/" + own.code() + "/revenue/figures?year=2024");
        assertThat(shown).contains("value=\"1592070348159\"");

        // a wrong figure refuses the whole activity: Q1 stays as it was
        String refused = mvc.perform(form("/units/{u}/revenue/figures/activity", own.user("admin"))
                        .param("activity", "PPM")
                        .param("PPM.target.Q1", "1")
                        .param("PPM.realization.Q2", "12,5"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(refused))
                .contains("Realisasi (Rp) PPM Q2 tahun 2024 harus rupiah bulat dan tidak negatif: 12.5");
        assertThat(figures.activities(own.unit.id(), 2024)
                        .get(RevenueActivity.PPM)
                        .get(Period.Q1)
                        .target())
                .isEqualByComparingTo("253388053920");

        // the revenue page: 02a from the PPM figures, the PIC of 02a may take it (pic2), the PIC of 01a may not
        String revenuePage = page(own.user("pic2"), "/units/" + own.code() + "/revenue?year=2024");
        assertThat(row(revenuePage, "fill-02a-CP-Y")).contains("12 100,53");
        assertThat(row(revenuePage, "fill-02a-CP-Q1")).contains("3 18,94");
        assertThat(text(row(revenuePage, "fill-02a-CP-S1")))
                .contains("Realisasi penerimaan PPM s.d. Triwulan II tahun 2024 belum ada");
        assertThat(text(row(revenuePage, "fill-03a-CP-Y"))).contains("Target tahunan penerimaan PKM tahun 2024");
        mvc.perform(form("/units/{u}/revenue/realizations", own.user("pic"))
                        .param("indicator", "02a-CP")
                        .param("period", "Y"))
                .andExpect(status().isForbidden());
        mvc.perform(form("/units/{u}/revenue/realizations", own.user("pic2"))
                        .param("indicator", "02a-CP")
                        .param("period", "Y"))
                .andExpect(status().is3xxRedirection());
        RealizationEntry y =
                realizations.find(own.unit.id(), 2024, "02a-CP", Period.Y).orElseThrow();
        assertThat(y.status()).isEqualTo(RealizationStatus.DRAFT);
        assertThat(jdbc.sql("select source from realization where id = ?")
                        .param(y.id())
                        .query(String.class)
                        .single())
                .isEqualTo(RevenueRealizations.SOURCE);
        assertThat(y.value().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("100.53");
        assertThat(y.note()).contains("realisasi penerimaan PPM Rp 1.592.070.348.159");
        assertThat(audit.find(own.unit.id(), "revenue", "2024/Y/realization/02a-CP"))
                .hasSize(1);

        // a quarter not yet there: refused with the reason, nothing saved
        String missing = mvc.perform(form("/units/{u}/revenue/realizations", own.user("pic2"))
                        .param("indicator", "02a-CP")
                        .param("period", "S1"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(missing)).contains("Realisasi penerimaan PPM s.d. Triwulan II tahun 2024 belum ada");
        assertThat(realizations.find(own.unit.id(), 2024, "02a-CP", Period.S1)).isEmpty();
    }

    @Test
    void theMonthlyGridIsSavedWholeAndABadCellChangesNothing() throws Exception {
        String grid = page(own.user("admin"), "/units/" + own.code() + "/revenue/months?year=2023");
        assertThat(grid).contains("name=\"m.A1.1\"").contains("name=\"m.C.12\"").doesNotContain("name=\"m.A.1\"");
        assertThat(text(grid)).contains("Januari").contains("Desember");

        mvc.perform(post("/units/{u}/revenue/months", own.code())
                        .with(as(own.user("admin")))
                        .with(csrf())
                        .param("year", "2023")
                        .param("m.A1.1", "10.000.000")
                        .param("m.A1.2", "20.000.000")
                        .param("m.C.1", "-500"))
                .andExpect(status().is3xxRedirection());
        assertThat(revenue.findMonths(own.unit.id()))
                .extracting(
                        RevenueMonth::taxTypeCode,
                        RevenueMonth::month,
                        m -> m.realization().longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A1", 1, 10_000_000L),
                        org.assertj.core.groups.Tuple.tuple("A1", 2, 20_000_000L),
                        org.assertj.core.groups.Tuple.tuple("C", 1, -500L));
        assertThat(audit.find(own.unit.id(), "revenue", "2023/A1/months"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("1=10000000, 2=20000000"));
        assertThat(row(page(own.user("admin"), "/units/" + own.code() + "/revenue/months?year=2023"), "months-total"))
                .contains("9.999.500 20.000.000");

        // one bad cell: refused, named, and the changed A1 January is not saved either
        String refused = mvc.perform(post("/units/{u}/revenue/months", own.code())
                        .with(as(own.user("admin")))
                        .with(csrf())
                        .param("year", "2023")
                        .param("m.A1.1", "11.000.000")
                        .param("m.A1.2", "20.000.000")
                        .param("m.D.5", "sepuluh"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(refused)).contains("Jenis pajak D Pajak Lainnya bulan Mei tahun 2023: “sepuluh” bukan angka");
        assertThat(refused).contains("value=\"sepuluh\"");
        assertThat(revenue.findMonths(own.unit.id()))
                .filteredOn(m -> m.taxTypeCode().equals("A1") && m.month() == 1)
                .singleElement()
                .satisfies(m -> assertThat(m.realization()).isEqualByComparingTo(BigDecimal.valueOf(10_000_000)));

        // clearing C and saving again: C's month removed, A1 unchanged is not audited again
        mvc.perform(post("/units/{u}/revenue/months", own.code())
                        .with(as(own.user("admin")))
                        .with(csrf())
                        .param("year", "2023")
                        .param("m.A1.1", "10.000.000")
                        .param("m.A1.2", "20.000.000"))
                .andExpect(status().is3xxRedirection());
        assertThat(revenue.findMonths(own.unit.id()))
                .noneMatch(m -> m.taxTypeCode().equals("C"));
        assertThat(audit.find(own.unit.id(), "revenue", "2023/A1/months")).hasSize(1);
        assertThat(audit.find(own.unit.id(), "revenue", "2023/C/months")).hasSize(2);

        // a reader: 403
        mvc.perform(post("/units/{u}/revenue/months", own.code())
                        .with(as(own.user("viewer")))
                        .with(csrf())
                        .param("year", "2023"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theScreensWorkInEnglish() throws Exception {
        String html = mvc.perform(get("/units/{u}/revenue/figures", own.code())
                        .param("year", "2024")
                        .param("lang", "en")
                        .with(as(own.user("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(html))
                .contains("Revenue figures")
                .contains("Gross revenue (Rp)")
                .contains("Refunds (Rp)");
    }
}
