package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kinerja.agreement.Agreements;
import id.kinerja.organisation.Units;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Kanwil's or DJP's page opened without {@code ?year=} shows the newest year its offices have data for, not an
 * empty current year: every page they have a tab for, as the demo's Kanwil reviewer and DJP administrator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DefaultYearTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    Agreements agreements;

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
        "KANWIL-NUSRA, budget, nusra.reviewer",
        "KANWIL-NUSRA, revenue, nusra.reviewer",
        "KANWIL-NUSRA, dashboard, nusra.reviewer",
        "KANWIL-NUSRA, kanwil, nusra.reviewer",
        "KANWIL-NUSRA, narratives, nusra.reviewer",
        "DJP, budget, admin",
        "DJP, revenue, admin",
        "DJP, dashboard, admin",
        "DJP, kanwil, admin",
        "DJP, narratives, admin"
    })
    void opensOnTheNewestYearItsOfficesHaveDataFor(String unit, String page, String account) throws Exception {
        List<Integer> years =
                agreements.yearsOfOrBelow(units.findByCode(unit).orElseThrow().id());
        assertThat(years).as("the demo's offices have agreements").isNotEmpty();
        int newest = Collections.max(years);
        var response = mvc.perform(get("/units/" + unit + "/" + page).with(user(users.loadUserByUsername(account))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        // the tabs carry the year shown; the year selector has it chosen
        String nav = WhatPagesOfferTest.between(html, "class=\"unitnav\"", "</nav>");
        Matcher tab = Pattern.compile("year=(\\d{4})").matcher(nav);
        assertThat(tab.find()).as("a year in the tabs").isTrue();
        assertThat(Integer.parseInt(tab.group(1))).isEqualTo(newest);
        assertThat(html).containsPattern("<option[^>]*value=\"" + newest + "\"[^>]*selected");
    }
}
