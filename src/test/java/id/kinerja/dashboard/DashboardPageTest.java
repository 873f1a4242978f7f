package id.kinerja.dashboard;

import static id.kinerja.web.Html.row;
import static id.kinerja.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.framework.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The unit dashboard on the Kupang 2024 demo (read only). */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void yearlyNkoSheetOfKupang() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/dashboard?year=2024&period=Y");
        String big = text(
                html.substring(html.indexOf("class=\"big\""), html.indexOf("</p>", html.indexOf("class=\"big\""))));
        assertThat(big).contains("108,38");
        assertThat(html).contains("<strong class=\"predicate\">Istimewa</strong>");
        assertThat(row(html, ">SS7<"))
                .contains("Penegakan hukum yang efektif")
                .contains("112,69")
                .contains("Hijau");
        assertThat(row(html, ">SS1<")).contains("99,07").contains("Kuning");
        // IKU row: target, realization, weight, normalised weight, index, colour; the code links to the IKU page
        assertThat(row(html, ">01a-CP</a>")).contains("100,00 100,50 26 57,78 100,50 Hijau");
        assertThat(html).contains("href=\"/units/KPP-KUPANG/iku/01a-CP?year=2024\"");
        assertThat(row(html, ">08b-CP</a>")).contains("55,00 87,70 19 57,58 120,00");
        // the predicate scale in force, the current one marked, with the framework's assumption note
        assertThat(row(html, "Baik")).contains("> 90").contains("≤ 100");
        assertThat(row(html, "saat ini")).contains("Istimewa").contains("> 100");
        assertThat(html).contains("Asumsi: ambang resmi predikat NKO tahun 2024 tidak ditemukan");
        assertThat(html).contains("PK-13A/WPJ.31/2024");
        // the chart data come from the engine: NKO per Q1, Q2, Q3, Q4, Y
        assertThat(html)
                .contains("data-chart-for=\"chart-nko\"")
                .contains("[93.78,100.13,96.69,108.38,108.38]")
                .containsPattern("src=\"/webjars/echarts/[0-9.]+/echarts.min.js\"");
        // what changed since s.d. Q3
        assertThat(text(html))
                .contains("NKO s.d. Triwulan III: 96,69 → Tahunan: 108,38")
                .contains("+11,69")
                .contains("Baru dinilai : 07b-CP (120,00), 09b-N (113,20)");
        assertThat(row(html, ">07c-N</a></td>")).isNotBlank();
        // five-year history: past years from the history table, 2024 from the Y realization
        String history = html.substring(html.indexOf("class=\"history\""));
        assertThat(row(history, "2024 (Y)")).contains("2020 2021 2022 2023 2024 (Y)");
        assertThat(row(history, ">01a-CP</a>")).contains("95,48 98,88 136,78 104,90 100,50");
        // the trend table: 07b has no quarterly realization, 09b no target before Q4
        assertThat(html).contains("data-chart-for=\"chart-trend\"");
    }

    @Test
    void thirdQuarterComparedWithTheSecond() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/dashboard?year=2024&period=Q3");
        assertThat(html).contains("96,69").contains("<strong class=\"predicate\">Baik</strong>");
        // SS7 renormalised over 07a and 07c: (120 x 14 + 0 x 19) / 33
        assertThat(row(html, ">SS7<")).contains("50,91").contains("Merah");
        // 07b has no Q3 realization: excluded with the reason
        assertThat(row(html, ">07b-CP</a>")).contains("Tidak dinilai: Tidak ada realisasi untuk periode ini");
        assertThat(row(html, ">09b-N</a>")).contains("Tidak ada target untuk periode ini");
        String change = text(html);
        assertThat(change)
                .contains("NKO Triwulan II: 100,13 → Triwulan III: 96,69")
                .contains("-3,43")
                .contains("(predikat Istimewa → Baik)");
        // 03a fell from 97,46 to 65,35 (the largest move), 01a from 94,63 to 86,34
        String moved = html.substring(html.indexOf("class=\"moved\""));
        assertThat(row(moved, ">03a-CP</a>")).contains("97,46 65,35 -32,11");
        assertThat(row(moved, ">01a-CP</a>")).contains("94,63 86,34 -8,29");
        assertThat(moved.indexOf(">03a-CP<")).isLessThan(moved.indexOf(">01a-CP<"));
    }

    @Test
    void firstQuarterHasNothingToCompareWith() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/dashboard?year=2024&period=Q1");
        assertThat(html).contains("93,78").contains("Triwulan I adalah periode pertama tahun ini");
    }

    @Test
    void defaultsAreTheNewestAgreementYearAndY() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/dashboard");
        assertThat(html)
                .contains("108,38")
                .contains("<option value=\"2024\" selected=\"selected\">2024</option>")
                .containsPattern("<option value=\"Y\"\\s+selected=\"selected\">Tahunan</option>");
        for (Period p : Period.values()) {
            assertThat(html).contains("<option value=\"" + p.name() + "\"");
        }
    }

    @Test
    void aYearWithoutAgreementIsAMessage() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/dashboard?year=2023");
        assertThat(html).contains("belum memiliki perjanjian kinerja untuk tahun 2023");
        assertThat(html).doesNotContain("class=\"sheet\"");
    }

    @Test
    void anotherBranchIsForbiddenAndAnUnknownUnitNotFound() throws Exception {
        mvc.perform(get("/units/KANWIL-NUSRA/dashboard?year=2024&period=Y").with(as("kupang.pic")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/DJP/dashboard").with(as("kupang.head"))).andExpect(status().isForbidden());
        mvc.perform(get("/units/KPP-TIDAK-ADA/dashboard").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/units/KPP-KUPANG/dashboard?period=Q9").with(as("kupang.pic")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/units/KPP-KUPANG/dashboard")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theReviewerAndTheAdministratorMayOpenKupang() throws Exception {
        assertThat(page("nusra.reviewer", "/units/KPP-KUPANG/dashboard?year=2024&period=Y"))
                .contains("108,38");
        assertThat(page("admin", "/units/KPP-KUPANG/dashboard?year=2024&period=Y"))
                .contains("108,38");
    }

    @Test
    void aKanwilDashboardPointsToItsOffices() throws Exception {
        String html = page("nusra.reviewer", "/units/KANWIL-NUSRA/dashboard?year=2024&period=Y");
        assertThat(html)
                .contains("tidak memiliki perjanjian kinerja sendiri")
                .contains("href=\"/units/KANWIL-NUSRA/kanwil?year=2024&amp;period=Y\"");
    }

    @Test
    void theStartPageIsTugasSaya() throws Exception {
        mvc.perform(get("/").with(as("kupang.pic"))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/").with(as("nusra.reviewer"))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/").with(as("admin"))).andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void englishHeadings() throws Exception {
        String html = page("kupang.pic", "/units/KPP-KUPANG/dashboard?year=2024&period=Y&lang=en");
        assertThat(html)
                .contains("Performance dashboard")
                .contains("NKO sheet, period Annual")
                .contains("Predicate scale in force")
                .contains("What changed since the previous period")
                .contains("Five-year comparison")
                .contains("Stakeholder Perspective")
                .contains("Green")
                .contains("108,38");
        assertThat(html).doesNotContain("Lembar NKO");
    }
}
