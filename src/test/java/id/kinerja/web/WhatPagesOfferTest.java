package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 9 §5: pages say what the figures leave out and offer only what the user may do: the headline NKO names
 * the IKU left out, derived periods do not look unfilled, a reviewer gets no upload form, a Kanwil no PK,
 * realization or what-if tabs and a year with data, the LAKIN download says it is being prepared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WhatPagesOfferTest {

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

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String page(String path, String username) throws Exception {
        var response = mvc.perform(get(path).with(as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theHeadlineNkoNamesTheIkuLeftOutOfIt() throws Exception {
        OwnUnit own =
                OwnUnit.create("wx", true, Set.of("07b-CP"), units, agreements, frameworks, realizations, accounts);
        String html = page("/units/" + own.code() + "/dashboard?year=2024&period=Q1", own.user("viewer"));
        String card = between(html, "class=\"card nko-card", "</section>");
        assertThat(card)
                .contains("IKU tidak dinilai dan tidak masuk NKO ini")
                .contains("<span>07b-CP</span>:")
                .contains("Tidak ada realisasi untuk periode ini");
    }

    @Test
    void derivedPeriodsAreNotShownAsUnfilled() throws Exception {
        OwnUnit own = OwnUnit.create("wd", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        // Kupang's quarters are copied, S1 is left to the engine for the IKU that have no S1 entry
        String html = page("/units/" + own.code() + "/realizations?year=2024&period=S1", own.user("admin"));
        List<String> rows = rows(html);
        List<String> derived =
                rows.stream().filter(r -> r.contains("status-DERIVED")).toList();
        assertThat(derived).as("IKU whose S1 is derived from Q1 and Q2").hasSizeGreaterThan(5);
        for (String r : derived) {
            assertThat(r)
                    .contains("Turunan dari triwulan")
                    .doesNotContain("status-NONE")
                    .doesNotContain("class=\"button\"")
                    .contains(">Buka<");
        }
        long none = rows.stream().filter(r -> r.contains("status-NONE")).count();
        assertThat(html)
                .contains("Belum diisi</span> <span>" + none + "</span>")
                .contains("Turunan dari triwulan</span>\n        <span>" + derived.size() + "</span>");
    }

    @Test
    void aReviewerGetsNoUploadFormTheOfficeStillDoes() throws Exception {
        String reviewer = page("/units/KPP-KUPANG/iku/01a-CP?year=2024", "nusra.reviewer");
        assertThat(reviewer).doesNotContain("name=\"file\"").doesNotContain("/iku/01a-CP/evidence");
        assertThat(page("/units/KPP-KUPANG/realizations/01a-CP/Q1?year=2024", "nusra.reviewer"))
                .doesNotContain("name=\"file\"");
        OwnUnit own =
                OwnUnit.create("we", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
        assertThat(page("/units/" + own.code() + "/realizations/01a-CP/Q1?year=2024", own.user("pic")))
                .contains("name=\"file\"");
    }

    @Test
    void aKanwilGetsNoTabsItCannotUseAndOpensOnAYearWithData() throws Exception {
        for (String path : List.of(
                "/units/KANWIL-NUSRA/dashboard",
                "/units/KANWIL-NUSRA/narratives",
                "/units/KANWIL-NUSRA/exchange",
                "/units/KANWIL-NUSRA/revenue")) {
            String html = page(path, "nusra.reviewer");
            String nav = between(html, "class=\"unitnav\"", "</nav>");
            assertThat(nav)
                    .as(path)
                    .doesNotContain("/realizations")
                    .doesNotContain("/agreement")
                    .doesNotContain("/whatif")
                    .contains("/kanwil")
                    .contains("year=2024");
        }
        assertThat(between(page("/units/DJP/dashboard", "admin"), "class=\"unitnav\"", "</nav>"))
                .doesNotContain("/realizations")
                .doesNotContain("/whatif")
                .contains("year=2024");
        String office = between(page("/units/KPP-KUPANG/dashboard", "kupang.pic"), "class=\"unitnav\"", "</nav>");
        assertThat(office).contains("/realizations").contains("/agreement").contains("/whatif");
    }

    @Test
    void theLakinDownloadSaysItIsBeingPrepared() throws Exception {
        String html = page("/units/KPP-KUPANG/dashboard?year=2024", "kupang.pic");
        assertThat(html)
                .contains("data-download-busy=\"LAKIN (PDF) sedang disusun, biasanya 3–5 detik:\"")
                .contains("data-download-status=\"lakin-status\"")
                .contains("id=\"lakin-status\"");
    }

    static String between(String html, String start, String end) {
        int i = html.indexOf(start);
        assertThat(i).as("'" + start + "' in the page").isNotNegative();
        return html.substring(i, html.indexOf(end, i));
    }

    static List<String> rows(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<tr id=\"row-[^\"]+\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
