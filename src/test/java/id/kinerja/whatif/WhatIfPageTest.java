package id.kinerja.whatif;

import static id.kinerja.web.Html.row;
import static id.kinerja.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.framework.Period;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.GoalSeek;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The what-if sandbox and goal seek on the Kupang 2024 demo. Deliberately NOT transactional: a write would stay in
 * the database, and the tests check that none happens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WhatIfPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    Formats formats;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String ok(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The NKO with some realizations of a period replaced, computed here directly with the engine. */
    private Scorecard expected(Period period, Map<String, String> values) {
        ScoringContext context = scorecards.context("KPP-KUPANG", 2024);
        List<IndicatorInput> inputs = new ArrayList<>();
        for (IndicatorInput in : context.inputs()) {
            inputs.add(
                    values.containsKey(in.code())
                            ? in.withRealization(period, new BigDecimal(values.get(in.code())))
                            : in);
        }
        return scorecards.engine().score(context.framework(), inputs, period);
    }

    /** Everything a write would touch: realization rows and versions, audit events, agreements. */
    private String databaseState() {
        return jdbc.sql("""
                select (select count(*) || '/' || coalesce(sum(row_version), 0) || '/' || coalesce(sum(value), 0)
                        from realization)
                    || ' ' || (select count(*) from audit_event)
                    || ' ' || (select count(*) from performance_agreement)
                    || ' ' || (select count(*) from agreement_target)""").query(String.class).single();
    }

    @Test
    void theFormListsEachAgreedIkuWithTargetAndApprovedRealization() throws Exception {
        String html = ok(get("/units/KPP-KUPANG/whatif?year=2024&period=Y").with(as("kupang.pic")));
        assertThat(row(html, ">01a-CP</a>")).contains("Persentase realisasi penerimaan pajak 100,00 100,50");
        assertThat(html)
                .contains("name=\"v_01a-CP\" value=\"100,5\"")
                .contains("<label class=\"visually-hidden\" for=\"v-01a-CP\"");
        assertThat(html).contains("hx-post=\"/units/KPP-KUPANG/whatif\"").contains("name=\"_csrf\"");
        assertThat(html).contains("Simulasi: nilai di sini hanya dihitung, tidak disimpan");
        assertThat(html).contains("hx-post=\"/units/KPP-KUPANG/whatif/goal\"");
    }

    @Test
    void aPlainPostRecomputesTheNkoAndSavesNothing() throws Exception {
        Scorecard before = scorecards.score("KPP-KUPANG", 2024, Period.Y).scorecard();
        String state = databaseState();

        String html = ok(post("/units/KPP-KUPANG/whatif")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("v_01a-CP", "110")
                .param("v_07c-N", "90,5")
                .param("v_02a-CP", "100,53"));
        Scorecard sandbox = expected(Period.Y, Map.of("01a-CP", "110", "07c-N", "90.5"));
        assertThat(sandbox.nko()).isNotEqualByComparingTo(before.nko());
        String nko = formats.index(sandbox.nko());
        assertThat(html)
                .contains("<html")
                .contains("<p class=\"big whatif-nko\">" + nko + "</p>")
                .contains("<p class=\"big muted official-nko\">108,38</p>");
        assertThat(row(html, "id=\"cmp-01a-CP\"")).contains("01a-CP diubah 100,50 110,00 100,50 110,00 +9,50");
        // 02a-CP typed as its official value: unchanged
        assertThat(row(html, "id=\"cmp-02a-CP\"")).doesNotContain("diubah");
        assertThat(row(html, "id=\"cmp-07c-N\"")).contains("diubah").contains("90,50");
        // the engine's trace for the changed IKU
        assertThat(html)
                .contains("01a-CP Tahunan: indeks = 110,00 / 100,00 x 100 = 110,00")
                .doesNotContain("110.00");
        // the typed values stay in the form
        assertThat(html).contains("name=\"v_07c-N\" value=\"90,5\"");

        Scorecard after = scorecards.score("KPP-KUPANG", 2024, Period.Y).scorecard();
        assertThat(after.nko()).isEqualByComparingTo(before.nko());
        assertThat(after.indicator("01a-CP").realization()).isEqualByComparingTo("100.50");
        assertThat(databaseState()).isEqualTo(state);
    }

    @Test
    void anHtmxPostGetsTheResultFragment() throws Exception {
        String state = databaseState();
        String html = ok(post("/units/KPP-KUPANG/whatif")
                .with(as("nusra.reviewer"))
                .with(csrf())
                .header("HX-Request", "true")
                .param("year", "2024")
                .param("period", "Q3")
                .param("v_03a-CP", "75"));
        assertThat(html.strip()).startsWith("<div id=\"whatif-result\"").doesNotContain("<html");
        Scorecard sandbox = expected(Period.Q3, Map.of("03a-CP", "75"));
        assertThat(html).contains(formats.index(sandbox.nko())).contains("96,69");
        assertThat(text(html))
                .contains("+"
                        + formats.index(sandbox.nko()
                                .subtract(scorecards
                                        .score("KPP-KUPANG", 2024, Period.Q3)
                                        .scorecard()
                                        .nko())));
        assertThat(databaseState()).isEqualTo(state);
    }

    @Test
    void aBadNumberNamesTheIkuAndComputesNothing() throws Exception {
        String html = ok(post("/units/KPP-KUPANG/whatif")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("v_01a-CP", "110")
                .param("v_02a-CP", "12,3,4x"));
        assertThat(html).contains("role=\"alert\"").contains("id=\"err-02a-CP\"");
        assertThat(text(html))
                .contains("02a-CP (Persentase realisasi penerimaan pajak dari kegiatan Pengawasan "
                        + "Pembayaran Masa (PPM)): “12,3,4x” bukan angka");
        assertThat(html)
                .doesNotContain("whatif-nko")
                .contains("aria-invalid=\"true\"")
                .contains("name=\"v_02a-CP\" value=\"12,3,4x\"")
                .contains("name=\"v_01a-CP\" value=\"110\"");
    }

    @Test
    void englishGroupingIsRefusedInIndonesianAndReadInEnglish() throws Exception {
        // before: "1,234.5" was computed as 1,2345 without a word
        String html = ok(post("/units/KPP-KUPANG/whatif")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("v_02a-CP", "1,234.5"));
        assertThat(text(html)).contains("\u201c1,234.5\u201d bukan angka. Gunakan format 1.234,56 atau 12,5.");
        assertThat(html).doesNotContain("whatif-nko");
        String en = ok(post("/units/KPP-KUPANG/whatif")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("lang", "en")
                .param("year", "2024")
                .param("period", "Y")
                .param("v_02a-CP", "1.234,5"));
        assertThat(text(en)).contains("\u201c1.234,5\u201d is not a number. Use the format 1,234.56 or 12.5.");
        String read = ok(post("/units/KPP-KUPANG/whatif")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("lang", "en")
                .param("year", "2024")
                .param("period", "Y")
                .param("v_01a-CP", "110.5"));
        assertThat(read).contains("whatif-nko").doesNotContain("aria-invalid=\"true\"");
        assertThat(text(read))
                .contains(formats.index(
                        expected(Period.Y, Map.of("01a-CP", "110.5")).nko()));
    }

    @Test
    void thePostNeedsTheCsrfTokenAndAccessToTheUnit() throws Exception {
        mvc.perform(post("/units/KPP-KUPANG/whatif")
                        .with(as("kupang.pic"))
                        .param("year", "2024")
                        .param("v_01a-CP", "110"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/KANWIL-NUSRA/whatif")
                        .with(as("kupang.pic"))
                        .with(csrf())
                        .param("year", "2024"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/KANWIL-NUSRA/whatif").with(as("kupang.pic"))).andExpect(status().isForbidden());
        mvc.perform(post("/units/KPP-NIHIL/whatif/goal").with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void goalSeekAnswersWithTheEngine() throws Exception {
        String state = databaseState();
        String html = ok(post("/units/KPP-KUPANG/whatif/goal")
                .with(as("kupang.head"))
                .with(csrf())
                .header("HX-Request", "true")
                .param("year", "2024")
                .param("period", "Y")
                .param("indicator", "01a-CP")
                .param("goal", "108,5"));
        ScoringContext context = scorecards.context("KPP-KUPANG", 2024);
        GoalSeek.Result r = new GoalSeek(scorecards.engine())
                .seek(context.framework(), context.inputs(), Period.Y, "01a-CP", new BigDecimal("108.5"));
        assertThat(r.outcome()).isEqualTo(GoalSeek.Outcome.FOUND);
        assertThat(html.strip()).startsWith("<div id=\"goal-result\"");
        assertThat(text(html))
                .contains("Realisasi 01a-CP paling sedikit " + formats.index(r.realization()) + " memberi NKO "
                        + formats.index(r.nko()) + " (paling sedikit 108,50)");
        assertThat(text(html)).contains("realisasi 100,50, NKO 108,38");

        String unreachable = text(ok(post("/units/KPP-KUPANG/whatif/goal")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("indicator", "01a-CP")
                .param("goal", "115")));
        assertThat(unreachable)
                .contains("Tidak tercapai dengan 01a-CP saja: bahkan pada realisasi 120,00, saat "
                        + "indeksnya mencapai batas 120");
        String cannot = text(ok(post("/units/KPP-KUPANG/whatif/goal")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Q3")
                .param("indicator", "09b-N")
                .param("goal", "100")));
        assertThat(cannot).contains("09b-N tidak dinilai pada periode ini (Tidak ada target untuk periode ini)");
        String met = text(ok(post("/units/KPP-KUPANG/whatif/goal")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("indicator", "01a-CP")
                .param("goal", "100")));
        assertThat(met).contains("Sudah tercapai").contains("Realisasi saat ini sudah cukup");
        String bad = text(ok(post("/units/KPP-KUPANG/whatif/goal")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("indicator", "01a-CP")
                .param("goal", "banyak")));
        assertThat(bad).contains("NKO yang dicari harus berupa angka");
        String unknown = text(ok(post("/units/KPP-KUPANG/whatif/goal")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("indicator", "99z")
                .param("goal", "110")));
        assertThat(unknown).contains("Pilih IKU yang ada dalam perjanjian kinerja");
        assertThat(databaseState()).isEqualTo(state);
    }

    @Test
    void english() throws Exception {
        String html =
                ok(get("/units/KPP-KUPANG/whatif?year=2024&period=Y&lang=en").with(as("kupang.pic")));
        assertThat(html)
                .contains("What-if")
                .contains("Change realizations")
                .contains("Find the realization for an NKO")
                .contains("Sandbox: the values here are only computed, never saved");
        // the engine's trace in English, numbers with a decimal point
        String changed = ok(post("/units/KPP-KUPANG/whatif?lang=en")
                .with(as("kupang.pic"))
                .with(csrf())
                .param("year", "2024")
                .param("period", "Y")
                .param("v_01a-CP", "110"));
        assertThat(changed)
                .contains("01a-CP Annual: index = 110.00 / 100.00 x 100 = 110.00")
                .doesNotContain("indeks = 110");
    }
}
