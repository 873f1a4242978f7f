package id.kinerja.kanwil;

import static id.kinerja.web.Html.row;
import static id.kinerja.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.scoring.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Kanwil view. Each test runs in a transaction that is rolled back: the offices it adds under KANWIL-NUSRA
 * (one reporting partly, one without agreement) never reach the shared database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class KanwilPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    FrameworkCatalog frameworks;

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

    /**
     * KPP-UJI-LAPOR agrees 01a-CP, 02a-CP and 05a-CP for 2024; only 01a-CP's Q1 is approved (20 against 16: index
     * 125, capped 120), 02a-CP's Q1 is only submitted, 05a-CP has nothing. KPP-UJI-TANPA has no agreement.
     */
    @BeforeEach
    void offices() {
        Unit office = units.create(new NewUnit(
                "KPP-UJI-LAPOR", "KPP Pratama Uji Lapor", UnitType.KPP, "KANWIL-NUSRA", null, null, null, null, null));
        units.create(new NewUnit(
                "KPP-UJI-TANPA",
                "KPP Pratama Uji Tanpa PK",
                UnitType.KPP,
                "KANWIL-NUSRA",
                null,
                null,
                null,
                null,
                null));
        long version = frameworks.latest("djp-kpp-pratama-2024").orElseThrow().id();
        agreements.create(
                office.id(),
                2024,
                version,
                1,
                "PK-UJI/2024",
                LocalDate.of(2024, 1, 15),
                "Uji",
                AgreementStatus.SIGNED,
                new PerformanceAgreement.Party("Kepala", "Kepala Kantor"),
                new PerformanceAgreement.Party("Kakanwil", "Kepala Kanwil"),
                List.of(
                        indicator("01a-CP", "26", "16", "41", "73", "100"),
                        indicator("02a-CP", "26", "16", "41", "73", "100"),
                        indicator("05a-CP", "14", "90", "90", "90", "90")),
                List.of(),
                "test");
        realizations.save(office.id(), 2024, realization("01a-CP", Period.Q1, "20", RealizationStatus.APPROVED));
        realizations.save(office.id(), 2024, realization("02a-CP", Period.Q1, "10", RealizationStatus.SUBMITTED));
    }

    private static PerformanceAgreement.Indicator indicator(
            String code, String weight, String q1, String q2, String q3, String q4) {
        Map<Period, Target> t = new EnumMap<>(Period.class);
        t.put(Period.Q1, Target.of(q1));
        t.put(Period.Q2, Target.of(q2));
        t.put(Period.Q3, Target.of(q3));
        t.put(Period.Q4, Target.of(q4));
        t.put(Period.Y, Target.of(q4));
        return new PerformanceAgreement.Indicator(code, new BigDecimal(weight), t);
    }

    private static Realization realization(String code, Period period, String value, RealizationStatus status) {
        return new Realization(code, period, new BigDecimal(value), Map.of(), null, null, status, "test", null);
    }

    /** The rank at the start of a ranking row ("2 KPP ..."), or MAX for an unranked "– ...". */
    private static int rank(String row) {
        String first = row.trim().split(" ", 2)[0];
        return first.matches("\\d+") ? Integer.parseInt(first) : Integer.MAX_VALUE;
    }

    private static String unranked(String row) {
        return row.trim().split(" ", 2)[1];
    }

    @Test
    void theReviewerSeesTheOfficesRankedByNko() throws Exception {
        String html = page("nusra.reviewer", "/units/KANWIL-NUSRA/kanwil?year=2024&period=Y");
        String ranking = html.substring(
                html.indexOf("class=\"ranking\""), html.indexOf("</table>", html.indexOf("class=\"ranking\"")));
        // other test classes add offices of their own under the Kanwil: ranks are compared, not fixed
        assertThat(unranked(row(ranking, "KPP-KUPANG")))
                .startsWith("KPP Pratama Kupang KPP-KUPANG 108,38 Istimewa Hijau 20 0");
        assertThat(html).contains("href=\"/units/KPP-KUPANG/dashboard?year=2024&amp;period=Y\"");
        // the test office has nothing approved for Y: no NKO, ranked last, its three IKU not scored
        assertThat(unranked(row(ranking, "KPP-UJI-LAPOR")))
                .startsWith("KPP Pratama Uji Lapor")
                .endsWith("– – 0 3");
        assertThat(rank(row(ranking, "KPP-UJI-LAPOR"))).isGreaterThan(rank(row(ranking, "KPP-KUPANG")));
        // heat map: ECharts data and the table behind it
        assertThat(html)
                .contains("data-chart-for=\"chart-heatmap\"")
                .contains("\"type\":\"heatmap\"")
                .contains("\"visualMap\"");
        String heat = html.substring(html.indexOf("class=\"heat\""));
        assertThat(row(heat, ">KPP Pratama Kupang</a>")).contains("100,50 97,11 100,53 120,00");
        // Kupang has reported everything for Y; the test office nothing
        String missing = html.substring(html.indexOf("id=\"missing-h\""));
        assertThat(missing).doesNotContain("missing-KPP-KUPANG");
        assertThat(text(missing.substring(missing.indexOf("id=\"missing-KPP-UJI-LAPOR\"")))
                        .replace(" ,", ","))
                .contains("KPP Pratama Uji Lapor : 3 IKU belum disetujui: 01a-CP, 02a-CP, 05a-CP");
        // the office without agreement is listed as such
        String without = html.substring(html.indexOf("class=\"without-agreement\""));
        assertThat(without).contains("KPP Pratama Uji Tanpa PK").doesNotContain("KPP Pratama Kupang");
    }

    @Test
    void anOfficeThatReportedPartlyIsListedWithTheMissingIku() throws Exception {
        String html = page("nusra.reviewer", "/units/KANWIL-NUSRA/kanwil?year=2024&period=Q1");
        // Q1: the test office's only scored IKU is 01a (20 / 16 -> 125, capped 120): NKO 120, ahead of Kupang's 93,78
        String ranking = html.substring(
                html.indexOf("class=\"ranking\""), html.indexOf("</table>", html.indexOf("class=\"ranking\"")));
        assertThat(unranked(row(ranking, "KPP-UJI-LAPOR")))
                .startsWith("KPP Pratama Uji Lapor KPP-UJI-LAPOR 120,00 Istimewa Hijau 1 2");
        assertThat(unranked(row(ranking, "KPP-KUPANG"))).startsWith("KPP Pratama Kupang KPP-KUPANG 93,78 Baik");
        assertThat(rank(row(ranking, "KPP-UJI-LAPOR"))).isLessThan(rank(row(ranking, "KPP-KUPANG")));
        String missing = html.substring(html.indexOf("id=\"missing-KPP-UJI-LAPOR\""));
        missing = missing.substring(0, missing.indexOf("</li>"));
        // 02a-CP is only submitted, 05a-CP not entered: both missing; 01a-CP is approved
        assertThat(text(missing).replace(" ,", ","))
                .contains("2 IKU belum disetujui: 02a-CP, 05a-CP")
                .doesNotContain("01a-CP");
        assertThat(missing).contains("href=\"/units/KPP-UJI-LAPOR/realizations?year=2024&amp;period=Q1\"");
        // Kupang's 07b-CP (no quarterly realization) is missing in Q1 too; its 09b-N has no Q1 target: not missing
        String kupang = html.substring(html.indexOf("id=\"missing-KPP-KUPANG\""));
        kupang = kupang.substring(0, kupang.indexOf("</li>"));
        assertThat(text(kupang)).contains("07b-CP").doesNotContain("09b-N");
    }

    @Test
    void officeStaffMayNotOpenTheKanwilView() throws Exception {
        mvc.perform(get("/units/KANWIL-NUSRA/kanwil?year=2024&period=Y").with(as("kupang.pic")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/KANWIL-NUSRA/kanwil").with(as("kupang.head"))).andExpect(status().isForbidden());
        // an office has no offices under it to compare
        mvc.perform(get("/units/KPP-KUPANG/kanwil").with(as("kupang.pic"))).andExpect(status().isNotFound());
        mvc.perform(get("/units/KANWIL-TIDAK-ADA/kanwil").with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void headquartersSeesTheOfficesOfEveryKanwil() throws Exception {
        String html = page("admin", "/units/DJP/kanwil?year=2024&period=Y");
        String ranking = html.substring(html.indexOf("class=\"ranking\""));
        assertThat(row(ranking, "KPP-KUPANG")).contains("Kanwil").contains("108,38");
        assertThat(html).contains("KPP-UJI-LAPOR").contains("KPP Pratama Uji Tanpa PK");
        // KP2KP posts and the Kanwil itself are not ranked
        assertThat(ranking).doesNotContain("KP2KP-KALABAHI").doesNotContain(">KANWIL-NUSRA<");
    }

    @Test
    void defaultsAndEnglish() throws Exception {
        String html = page("nusra.reviewer", "/units/KANWIL-NUSRA/kanwil?lang=en");
        assertThat(html)
                .contains("Office comparison")
                .contains("NKO ranking, period Annual")
                .contains("Heat map of indicator indexes by office")
                .contains("Offices that have not yet reported")
                .contains("108,38");
    }
}
