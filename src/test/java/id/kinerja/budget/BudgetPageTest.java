package id.kinerja.budget;

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
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The budget page: the Kupang 2024 DIPA as the service computes it (read only), access, and ceiling revisions on an
 * office of the test's own (a copy of Kupang's DIPA lines).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetPageTest {

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
    JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("bg", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        List<BudgetLine> lines = budget.findLines(kupang.id(), 2024);
        for (int i = 0; i < lines.size(); i++) {
            budget.saveLine(own.unit.id(), lines.get(i), i);
        }
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

    BigDecimal ceiling(String code) {
        return jdbc.sql("select ceiling from budget_line where unit_id = ? and year = 2024 and code = ?")
                .params(own.unit.id(), code)
                .query(BigDecimal.class)
                .single();
    }

    long revisions() {
        return jdbc.sql("""
                        select count(*) from budget_ceiling_revision r join budget_line l on l.id = r.budget_line_id
                        where l.unit_id = ?""").param(own.unit.id()).query(Long.class).single();
    }

    MockHttpServletRequestBuilder revise(String username) {
        return post("/units/{u}/budget/revisions", own.code())
                .with(as(username))
                .with(csrf())
                .param("year", "2024");
    }

    @Test
    void kupang2024() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/budget?year=2024");
        // DIPA total 13,756,200,083 of 14,577,137,000 = 94.37%
        assertThat(text(html)).contains("94,37%");
        String dipa = html.substring(html.indexOf("id=\"dipa-h\""));
        assertThat(row(dipa, ">Jumlah<")).contains("14.577.137.000 14.577.137.000 13.756.200.083 94,37");
        assertThat(row(dipa, ">Laporan Penilaian<"))
                .contains("CC.4794.BIG.005 Laporan Penilaian 73.962.000 73.962.000 3.941.500 5,33");
        assertThat(row(dipa, "Gaji dan Tunjangan"))
                .contains("WA.4708.EBA.994 Layanan Perkantoran (Gaji dan Tunjangan) 51 1.007.623.000");
        assertThat(dipa).contains("class=\"depth-3\""); // WA.4707.EBB.002 under WA.4707.EBB
        // kinds (report 92.16, 91.89, 97.37) and their total as printed, flagged against the DIPA total
        assertThat(row(html, ">51 Belanja Pegawai<")).contains("1.007.623.000 928.604.000 92,16");
        assertThat(row(html, "52 Belanja Barang")).contains("7.213.919.000 6.629.110.327 91,89");
        assertThat(row(html, ">53 Belanja Modal<")).contains("6.366.135.000 6.198.485.756 97,37");
        assertThat(text(html))
                .contains("Jumlah 14.587.677.000 13.756.200.083 94,30")
                .contains(
                        "Jumlah pagu menurut jenis belanja (Rp 14.587.677.000) berbeda dengan jumlah pagu DIPA menurut program (Rp 14.577.137.000)")
                .contains("Data realisasi bulanan belum tersedia")
                .contains("Belum ada revisi pagu yang dicatat");
        assertThat(html).contains("data-chart-for=\"chart-kinds\"").contains("[1007.62,7213.92,6366.14]");
        assertThat(html).doesNotContain("name=\"ceiling.CC\""); // a PIC may not revise
        assertThat(page("kupang.admin", "/units/KPP-KUPANG/budget?year=2024")).contains("name=\"ceiling.CC\"");
        assertThat(page("kupang.pic", "/units/KPP-KUPANG/budget?year=2024&lang=en"))
                .contains("Budget (DIPA)");
    }

    @Test
    void anotherOfficeIsRefused() throws Exception {
        mvc.perform(get("/units/KPP-KUPANG/budget").with(as(own.user("sibling"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/" + own.code() + "/budget").with(as("kupang.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(revise("kupang.admin")
                        .param("date", "2024-06-30")
                        .param("reason", "x")
                        .param("ceiling.CC", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(revise(own.user("pic"))
                        .param("date", "2024-06-30")
                        .param("reason", "x")
                        .param("ceiling.CC", "1"))
                .andExpect(status().isForbidden());
        assertThat(ceiling("CC")).isEqualByComparingTo("2400023000");
    }

    @Test
    void aRevisionIsValidatedAllOrNothingThenRecordedAndShown() throws Exception {
        String admin = own.user("admin");
        // a negative ceiling on the second line: the first line's valid change is not saved either
        String negative = mvc.perform(revise(admin)
                        .param("date", "2024-06-30")
                        .param("reason", "Revisi DIPA")
                        .param("ceiling.CC", "2.500.000.000")
                        .param("ceiling.CC.4791", "-5"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(negative))
                .contains(
                        "Pagu baru baris CC.4791 (Ekstensifikasi Penerimaan Negara) tidak boleh negatif: “-5”; tidak ada yang disimpan.");
        assertThat(negative).contains("value=\"2.500.000.000\""); // what was typed is kept
        // no reason
        String noReason = mvc.perform(revise(admin)
                        .param("date", "2024-06-30")
                        .param("reason", "  ")
                        .param("ceiling.CC", "2500000000"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(noReason)).contains("Alasan revisi wajib diisi; tidak ada yang disimpan.");
        // text in a number, a date outside the year, nothing changed
        assertThat(text(mvc.perform(revise(admin)
                                .param("date", "2024-06-30")
                                .param("reason", "r")
                                .param("ceiling.CC", "dua"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .contains("Pagu baru baris CC (Program Pengelolaan Penerimaan Negara) bukan angka: “dua”");
        assertThat(text(mvc.perform(revise(admin)
                                .param("date", "2025-01-02")
                                .param("reason", "r")
                                .param("ceiling.CC", "1"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .contains("tidak berada dalam tahun anggaran 2024");
        assertThat(text(mvc.perform(revise(admin)
                                .param("date", "2024-06-30")
                                .param("reason", "r")
                                .param("ceiling.CC", "2.400.023.000"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .contains("Tidak ada pagu baru yang berbeda");
        assertThat(text(mvc.perform(revise(admin)
                                .param("date", "2024-06-30")
                                .param("reason", "r")
                                .param("ceiling.CC", "1,5"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .contains("harus rupiah bulat");
        assertThat(revisions()).isZero();
        assertThat(ceiling("CC")).isEqualByComparingTo("2400023000");
        assertThat(ceiling("CC.4791")).isEqualByComparingTo("1419436000");

        // a valid revision of two lines
        mvc.perform(revise(admin)
                        .param("date", "2024-06-30")
                        .param("reason", "Pergeseran anggaran ekstensifikasi")
                        .param("ceiling.CC", "2.500.023.000")
                        .param("ceiling.CC.4791", "1519436000")
                        .param("ceiling.WA", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(revisions()).isEqualTo(2);
        assertThat(ceiling("CC")).isEqualByComparingTo("2500023000");
        assertThat(ceiling("CC.4791")).isEqualByComparingTo("1519436000");
        assertThat(ceiling("WA")).isEqualByComparingTo("12177114000");
        assertThat(audit.find(own.unit.id(), "budget", "2024/ceiling/CC")).hasSize(2); // CC and CC.4791

        String html = page(own.user("viewer"), "/units/" + own.code() + "/budget?year=2024");
        String dipa = html.substring(html.indexOf("id=\"dipa-h\""));
        // original and current ceiling; absorption against the current one: 2,069,404,726 / 2,500,023,000 = 82.78%
        assertThat(row(dipa, ">Program Pengelolaan Penerimaan Negara<"))
                .contains("2.400.023.000 2.500.023.000")
                .contains("direvisi 1x")
                .contains("82,78");
        assertThat(row(dipa, ">Jumlah<")).contains("14.577.137.000 14.677.137.000");
        String list = html.substring(html.indexOf("id=\"revisions-h\""));
        assertThat(row(list, ">CC.4791<"))
                .contains(
                        "1 30 Juni 2024 CC.4791 Ekstensifikasi Penerimaan Negara 1.419.436.000 1.519.436.000 100.000.000 Pergeseran anggaran ekstensifikasi "
                                + admin);

        // the next one is number 2
        mvc.perform(revise(admin)
                        .param("date", "2024-09-30")
                        .param("reason", "Revisi kedua")
                        .param("ceiling.CC", "2400023000"))
                .andExpect(status().is3xxRedirection());
        String after = page(admin, "/units/" + own.code() + "/budget?year=2024");
        assertThat(row(after.substring(after.indexOf("id=\"dipa-h\"")), ">Program Pengelolaan Penerimaan Negara<"))
                .contains("2.400.023.000 2.400.023.000")
                .contains("direvisi 2x");
        assertThat(after).contains("Catat revisi DIPA ke-3");
    }
}
