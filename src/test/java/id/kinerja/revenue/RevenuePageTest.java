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
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The revenue page: the Kupang 2024 figures the service computes (read only), access, and on an office of the
 * test's own: months, the prognosis, and 01a taken from the revenue data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenuePageTest {

    static final long B = 1_000_000_000L;

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
    RealizationRepository entries;

    @Autowired
    AccountService accounts;

    @Autowired
    RevenueService revenue;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;

    /**
     * The office of the test's own: 01a-CP left open; revenue months of 2022 and 2023 (complete) and January to
     * March 2024 in billions (the synthetic series of RevenuePrognosisTest), a 2024 net target of 625 billion; and
     * 01a Q2 approved, to be refused.
     */
    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("pn", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
        long id = own.unit.id();
        int[][] series = {
            {10, 20, 30, 20, 20, 20, 20, 20, 20, 20, 20, 20},
            {20, 20, 20, 40, 40, 40, 40, 40, 40, 40, 40, 40},
            {30, 30, 40}
        };
        for (int i = 0; i < series.length; i++) {
            for (int m = 0; m < series[i].length; m++) {
                revenue.saveMonth(id, new RevenueMonth(2022 + i, "A1", m + 1, BigDecimal.valueOf(series[i][m] * B)));
            }
        }
        revenue.saveTotal(id, new RevenueTotal(2024, BigDecimal.valueOf(625 * B), null));
        realizations.save(
                id,
                2024,
                new Realization(
                        "01a-CP",
                        Period.Q2,
                        new BigDecimal("41"),
                        Map.of(),
                        null,
                        "test",
                        RealizationStatus.APPROVED,
                        "test",
                        null));
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

    @Test
    void kupang2024() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/revenue?year=2024");
        // the net figures: reported, exact
        assertThat(row(html, ">Jumlah<"))
                .contains("1.719.188.387.000 1.609.110.000.000 1.727.817.621.290 – 7,38 – 100,50");
        assertThat(text(html))
                .contains("Penjumlahan baris per jenis pajak (angka laporan yang dibulatkan) = Rp 1.727.800.500.000; "
                        + "selisih dengan angka neto yang dilaporkan Rp 17.121.290");
        // a type and a group (report: 108.77 / 28.23; 100.53 / 15.33)
        assertThat(row(html, ">PPh Pasal 21<"))
                .contains("A1 PPh Pasal 21 397.440.000.000 337.140.000.000 432.310.000.000 – 28,23 – 108,77");
        assertThat(row(html, ">PPh Non Migas<"))
                .contains("937.050.000.000 816.820.000.000 942.060.000.000 – 15,33 – 100,53");
        // five-year history
        String history = html.substring(html.indexOf("id=\"history-h\""));
        assertThat(row(history, ">2024<"))
                .contains("2024 1.719.188.387.000 1.727.817.621.290 100,50 dilaporkan (neto)");
        assertThat(row(history, ">2023<")).contains("2023 – 1.609.110.000.000 – dilaporkan (neto)");
        assertThat(row(history, ">2020<")).contains("2020 – – – tidak ada data");
        // charts (billions)
        assertThat(html)
                .contains("data-chart-for=\"chart-groups\"")
                .contains("data-chart-for=\"chart-history\"")
                .contains("[null,null,null,1609.11,1727.82]")
                .doesNotContain("data-chart-for=\"chart-months\"");
        // no months in the demo: said, nothing invented
        assertThat(text(html)).contains("Data bulanan belum tersedia");
        // 01a from the revenue data: Y from the reported net figure; Q1 needs months
        String fill = html.substring(html.indexOf("id=\"fill-h\""));
        assertThat(row(fill, "fill-Y")).contains("12 100,50 100,50 Disetujui");
        assertThat(row(fill, "fill-Q1"))
                .contains("Data bulanan Januari s.d. bulan ke-3 tahun 2024 belum lengkap")
                .contains("15,62");
        assertThat(fill).contains("Ambil realisasi IKU dari data penerimaan"); // kupang.pic is the PIC of 01a
        // 02a and 03a from the PPM / PKM figures: the demo has the year's (PPM 100,53 as approved; PKM's
        // realization is not in the report), the quarters are said to be missing
        assertThat(row(fill, "fill-02a-CP-Y")).contains("12 100,53 100,53 Disetujui");
        assertThat(text(row(fill, "fill-02a-CP-Q1")))
                .contains("Realisasi penerimaan PPM s.d. Triwulan I tahun 2024 belum ada");
        assertThat(text(row(fill, "fill-03a-CP-Y")))
                .contains("Realisasi penerimaan PKM s.d. Triwulan IV tahun 2024 belum ada");
        // the tab
        assertThat(html)
                .contains("href=\"/units/KPP-KUPANG/revenue?year=2024\"")
                .contains("href=\"/units/KPP-KUPANG/budget?year=2024\"");
    }

    @Test
    void readersSeeNoButtonAnotherOfficeIsRefusedAndEnglishWorks() throws Exception {
        assertThat(page("nusra.reviewer", "/units/KPP-KUPANG/revenue?year=2024"))
                .doesNotContain("Ambil realisasi IKU dari data penerimaan")
                .contains("1.727.817.621.290");
        mvc.perform(get("/units/KPP-KUPANG/revenue").with(as(own.user("sibling"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/" + own.code() + "/revenue").with(as("kupang.pic")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/NOPE/revenue").with(as("admin"))).andExpect(status().isNotFound());
        assertThat(page("kupang.pic", "/units/KPP-KUPANG/revenue?year=2024&lang=en"))
                .contains("Tax revenue")
                .contains("No monthly data yet");
    }

    @Test
    void monthsAndThePrognosisOfAnOfficeWithMonths() throws Exception {
        String html = page(own.user("viewer"), "/units/" + own.code() + "/revenue?year=2024");
        assertThat(row(html, ">Maret<")).contains("40.000.000.000 100.000.000.000 16,00"); // 100 / 625
        assertThat(html).contains("data-chart-for=\"chart-months\"");
        assertThat(text(html))
                .contains("Prognosis akhir tahun dari data s.d. bulan ke-3 (Maret)")
                .contains("Realisasi kumulatif sampai bulan itu: Rp 100.000.000.000");
        // average share (1/4 + 1/7) / 2 -> 100 / (11/56) = 509.09 billion, 81.45% of 625; backtest 2023: -42.86%
        assertThat(row(html, "method-AVERAGE_SHARE"))
                .contains("(2022, 2023)")
                .contains("509.090.909.091")
                .contains("81,45")
                .contains("42,86")
                .contains("> 8%")
                .contains("2023: Rp 240.000.000.000 / Rp 420.000.000.000 / -42,86%");
        // last year's total x this year's growth through March: 420 x 100 / 60 = 700
        assertThat(row(html, "method-LAST_YEAR_GROWTH"))
                .contains("700.000.000.000")
                .contains("112,00");
        // linear trend of 30, 60, 100: 413.33 billion; backtests 2022 +18.06%, 2023 -42.86%, MAPE 30.46
        assertThat(row(html, "method-LINEAR_TREND"))
                .contains("413.333.333.333")
                .contains("30,46")
                .contains("2022: Rp 283.333.333.333 / Rp 240.000.000.000 / 18,06%");
        // 01a per period: Q1 from the months; Q2 needs June
        String fill = html.substring(html.indexOf("id=\"fill-h\""));
        assertThat(row(fill, "fill-Q1")).contains("3 16,00");
        assertThat(fill).doesNotContain("Ambil realisasi IKU dari data penerimaan"); // a viewer
    }

    @Test
    void realizationFromTheRevenueDataIsADraftThenTheUsualWorkflow() throws Exception {
        // a viewer and the sibling office may not
        mvc.perform(post("/units/{u}/revenue/realizations", own.code())
                        .with(as(own.user("viewer")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("period", "Q1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{u}/revenue/realizations", own.code())
                        .with(as(own.user("pic2")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("period", "Q1"))
                .andExpect(status().isForbidden()); // PIC of 02a only
        assertThat(entries.find(own.unit.id(), 2024, "01a-CP", Period.Q1)).isEmpty();

        // the PIC of 01a: Q1 = 100 / 625 x 100 = 16, DRAFT, source REVENUE, audited
        mvc.perform(post("/units/{u}/revenue/realizations", own.code())
                        .with(as(own.user("pic")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("period", "Q1"))
                .andExpect(status().is3xxRedirection());
        RealizationEntry q1 =
                entries.find(own.unit.id(), 2024, "01a-CP", Period.Q1).orElseThrow();
        assertThat(q1.value()).isEqualByComparingTo("16");
        assertThat(q1.status()).isEqualTo(RealizationStatus.DRAFT);
        assertThat(q1.note()).contains("Rp 100.000.000.000").contains("Rp 625.000.000.000");
        assertThat(jdbc.sql("select source from realization where id = ?")
                        .param(q1.id())
                        .query(String.class)
                        .single())
                .isEqualTo("REVENUE");
        assertThat(audit.find(own.unit.id(), "realization", "2024/01a-CP/Q1"))
                .extracting(e -> e.action())
                .contains("save");
        assertThat(audit.find(own.unit.id(), "revenue", "2024/Q1/realization")).hasSize(1);
        // the normal workflow follows: submit
        mvc.perform(post("/units/{u}/realizations/01a-CP/Q1/submit", own.code())
                        .with(as(own.user("pic")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("rowVersion", String.valueOf(q1.rowVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(entries.find(own.unit.id(), 2024, "01a-CP", Period.Q1)
                        .orElseThrow()
                        .status())
                .isEqualTo(RealizationStatus.SUBMITTED);
        // submitted: not refilled
        String inReview = mvc.perform(post("/units/{u}/revenue/realizations", own.code())
                        .with(as(own.user("pic")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("period", "Q1"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(inReview))
                .contains("Realisasi 01a-CP periode Triwulan I tahun 2024 sedang diajukan atau diverifikasi");

        // an approved period is refused, unchanged
        String approved = mvc.perform(post("/units/{u}/revenue/realizations", own.code())
                        .with(as(own.user("admin")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("period", "Q2"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(approved))
                .contains("Realisasi 01a-CP periode Triwulan II tahun 2024 sudah disetujui: tidak diubah.");
        assertThat(entries.find(own.unit.id(), 2024, "01a-CP", Period.Q3)).isEmpty();
        RealizationEntry q2 =
                entries.find(own.unit.id(), 2024, "01a-CP", Period.Q2).orElseThrow();
        assertThat(q2.value()).isEqualByComparingTo("41");
        assertThat(q2.status()).isEqualTo(RealizationStatus.APPROVED);

        // Q3 needs the months through September: refused, nothing saved
        String noMonths = mvc.perform(post("/units/{u}/revenue/realizations", own.code())
                        .with(as(own.user("admin")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("period", "Q3"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(noMonths)).contains("Data bulanan Januari s.d. bulan ke-9 tahun 2024 belum lengkap");
        assertThat(entries.find(own.unit.id(), 2024, "01a-CP", Period.Q3)).isEmpty();
    }
}
