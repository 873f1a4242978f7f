package id.kinerja.realization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The realization workflow through the web layer, on a unit of the test's own (KPP-KUPANG is never changed):
 * PIC save -> submit -> verify -> approve moves the official score; returns, locks, unlocks, conflicts,
 * Indonesian numbers, components and who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealizationWorkflowTest {

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
    RealizationRepository entries;

    @Autowired
    AccountService accounts;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    AuditLog audit;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create(
                "r", true, Set.of("01a-CP", "02a-CP", "04a-CP"), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    ResultActions act(String role, String action, String iku, Period period, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(
                        "/units/{u}/realizations/{i}/{p}/{a}", own.code(), iku, period.name(), action)
                .with(as(role))
                .with(csrf())
                .param("year", String.valueOf(YEAR));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    RealizationEntry entry(String iku, Period period) {
        return entries.find(own.unit.id(), YEAR, iku, period).orElse(null);
    }

    String version(String iku, Period period) {
        return String.valueOf(entry(iku, period).rowVersion());
    }

    List<AuditEvent> history(String iku, Period period) {
        return audit.find(own.unit.id(), "realization", YEAR + "/" + iku + "/" + period.name());
    }

    @Test
    void picSavesSubmitsAdminVerifiesHeadApprovesAndTheOfficialScoreChanges() throws Exception {
        Scorecard before = scorecards.score(own.code(), YEAR, Period.Q1).scorecard();
        assertThat(before.indicator("01a-CP").index()).isNull();

        mvc.perform(get("/units/{u}/realizations/{i}/{p}", own.code(), "01a-CP", "Q1")
                        .param("year", "2024")
                        .with(as("pic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"value\"")))
                .andExpect(content().string(containsString("/save")));

        act("pic", "save", "01a-CP", Period.Q1, "value", "15,62", "note", "Dari Appportal")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + own.code() + "/realizations/01a-CP/Q1?year=2024"));
        RealizationEntry saved = entry("01a-CP", Period.Q1);
        assertThat(saved.status()).isEqualTo(RealizationStatus.DRAFT);
        assertThat(saved.value()).isEqualByComparingTo("15.62");
        assertThat(saved.enteredBy()).isEqualTo(own.user("pic"));
        assertThat(scorecards
                        .score(own.code(), YEAR, Period.Q1)
                        .scorecard()
                        .indicator("01a-CP")
                        .index())
                .as("a draft does not count")
                .isNull();

        act("pic", "submit", "01a-CP", Period.Q1, "rowVersion", version("01a-CP", Period.Q1), "from", "list")
                .andExpect(redirectedUrl("/units/" + own.code() + "/realizations?year=2024&period=Q1#row-01a-CP"));
        assertThat(entry("01a-CP", Period.Q1).status()).isEqualTo(RealizationStatus.SUBMITTED);
        assertThat(entry("01a-CP", Period.Q1).submittedBy()).isEqualTo(own.user("pic"));

        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .param("period", "Q1")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/realizations/01a-CP/Q1/verify")));
        act("admin", "verify", "01a-CP", Period.Q1, "rowVersion", version("01a-CP", Period.Q1))
                .andExpect(status().is3xxRedirection());
        assertThat(entry("01a-CP", Period.Q1).status()).isEqualTo(RealizationStatus.VERIFIED);
        assertThat(scorecards
                        .score(own.code(), YEAR, Period.Q1)
                        .scorecard()
                        .indicator("01a-CP")
                        .index())
                .as("verified does not count yet")
                .isNull();

        act("head", "approve", "01a-CP", Period.Q1, "rowVersion", version("01a-CP", Period.Q1))
                .andExpect(status().is3xxRedirection());
        RealizationEntry approved = entry("01a-CP", Period.Q1);
        assertThat(approved.status()).isEqualTo(RealizationStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(own.user("head"));

        Scorecard after = scorecards.score(own.code(), YEAR, Period.Q1).scorecard();
        IndicatorScore iku = after.indicator("01a-CP");
        assertThat(iku.realization()).isEqualByComparingTo("15.62");
        // Q1 target of 01a-CP in the copied agreement is 15 (Kupang's): 15.62 / 15 x 100
        BigDecimal target = iku.target().value();
        assertThat(iku.index())
                .isEqualByComparingTo(new BigDecimal("15.62")
                        .multiply(BigDecimal.valueOf(100))
                        .divide(target, java.math.MathContext.DECIMAL128)
                        .min(new BigDecimal("120")));
        assertThat(after.nko()).isNotEqualByComparingTo(before.nko());

        assertThat(history("01a-CP", Period.Q1))
                .extracting(AuditEvent::action)
                .containsExactly("approve", "verify", "submit", "save");
        AuditEvent approval = history("01a-CP", Period.Q1).getFirst();
        assertThat(approval.username()).isEqualTo(own.user("head"));
        assertThat(approval.oldValue()).isEqualTo("15.62 [VERIFIED]");
        assertThat(approval.newValue()).isEqualTo("15.62 [APPROVED]");

        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .param("period", "Q1")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("status-APPROVED")))
                .andExpect(content().string(not(containsString("/save"))))
                .andExpect(content().string(not(containsString("/approve"))));
    }

    @Test
    void returnNeedsAReasonAndThePicCorrectsAndResubmits() throws Exception {
        act("pic", "save", "01a-CP", Period.Q2, "value", "38,8").andExpect(status().is3xxRedirection());
        act("pic", "submit", "01a-CP", Period.Q2, "rowVersion", version("01a-CP", Period.Q2));

        act("admin", "return", "01a-CP", Period.Q2, "rowVersion", version("01a-CP", Period.Q2), "reason", "  ")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Alasan wajib diisi")));
        assertThat(entry("01a-CP", Period.Q2).status()).isEqualTo(RealizationStatus.SUBMITTED);

        act(
                        "admin",
                        "return",
                        "01a-CP",
                        Period.Q2,
                        "rowVersion",
                        version("01a-CP", Period.Q2),
                        "reason",
                        "Angka belum sesuai Appportal per 30 Juni")
                .andExpect(status().is3xxRedirection());
        RealizationEntry returned = entry("01a-CP", Period.Q2);
        assertThat(returned.status()).isEqualTo(RealizationStatus.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("Angka belum sesuai Appportal per 30 Juni");
        assertThat(history("01a-CP", Period.Q2).getFirst().reason())
                .isEqualTo("Angka belum sesuai Appportal per 30 Juni");

        mvc.perform(get("/units/{u}/realizations/{i}/{p}", own.code(), "01a-CP", "Q2")
                        .param("year", "2024")
                        .with(as("pic")))
                .andExpect(content().string(containsString("Angka belum sesuai Appportal per 30 Juni")));

        act(
                        "pic",
                        "save",
                        "01a-CP",
                        Period.Q2,
                        "value",
                        "38,80",
                        "rowVersion",
                        version("01a-CP", Period.Q2),
                        "note",
                        "Sudah dicocokkan")
                .andExpect(status().is3xxRedirection());
        assertThat(entry("01a-CP", Period.Q2).status()).isEqualTo(RealizationStatus.DRAFT);
        act("pic", "submit", "01a-CP", Period.Q2, "rowVersion", version("01a-CP", Period.Q2))
                .andExpect(status().is3xxRedirection());
        assertThat(entry("01a-CP", Period.Q2).status()).isEqualTo(RealizationStatus.SUBMITTED);
        assertThat(history("01a-CP", Period.Q2))
                .extracting(AuditEvent::action)
                .containsExactly("submit", "save", "return", "submit", "save");
    }

    @Test
    void theHeadApprovesOnlyVerifiedRealizations() throws Exception {
        act("pic", "save", "01a-CP", Period.Q3, "value", "63,03");
        act("head", "approve", "01a-CP", Period.Q3, "rowVersion", version("01a-CP", Period.Q3))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("hanya realisasi yang sudah diverifikasi")));
        act("pic", "submit", "01a-CP", Period.Q3, "rowVersion", version("01a-CP", Period.Q3));
        act("head", "approve", "01a-CP", Period.Q3, "rowVersion", version("01a-CP", Period.Q3))
                .andExpect(status().isConflict());
        assertThat(entry("01a-CP", Period.Q3).status()).isEqualTo(RealizationStatus.SUBMITTED);
        // and the head does not verify, nor the PIC approve
        act("head", "verify", "01a-CP", Period.Q3, "rowVersion", version("01a-CP", Period.Q3))
                .andExpect(status().isForbidden());
        act("pic", "approve", "01a-CP", Period.Q3, "rowVersion", version("01a-CP", Period.Q3))
                .andExpect(status().isForbidden());
        assertThat(entry("01a-CP", Period.Q3).status()).isEqualTo(RealizationStatus.SUBMITTED);
    }

    @Test
    void aPicOfAnotherIkuAndOtherRolesAreRefused() throws Exception {
        act("pic2", "save", "01a-CP", Period.Q4, "value", "100").andExpect(status().isForbidden());
        act("viewer", "save", "01a-CP", Period.Q4, "value", "100").andExpect(status().isForbidden());
        act("head", "save", "01a-CP", Period.Q4, "value", "100").andExpect(status().isForbidden());
        assertThat(entry("01a-CP", Period.Q4)).isNull();
        // the PIC of 02a-CP may enter 02a-CP, and the performance administrator any IKU of the unit
        act("pic2", "save", "02a-CP", Period.Q4, "value", "100,53").andExpect(status().is3xxRedirection());
        act("admin", "save", "01a-CP", Period.Q4, "value", "100,5").andExpect(status().is3xxRedirection());
        assertThat(entry("01a-CP", Period.Q4).enteredBy()).isEqualTo(own.user("admin"));
        // the PIC's table offers no entry for an IKU that is not theirs
        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .param("period", "Q4")
                        .with(as("pic2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/realizations/02a-CP/Q4?year=2024")))
                .andExpect(content().string(not(containsString("/realizations/01a-CP/Q4/submit"))));
    }

    @Test
    void aUserOfASiblingKppSeesAndChangesNothing() throws Exception {
        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .with(as("sibling")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{u}/iku/{i}", own.code(), "01a-CP")
                        .param("year", "2024")
                        .with(as("sibling")))
                .andExpect(status().isForbidden());
        act("sibling", "save", "02a-CP", Period.Q1, "value", "15").andExpect(status().isForbidden());
        assertThat(entry("02a-CP", Period.Q1)).isNull();
        // the Kanwil reviewer above both reads but does not write
        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .with(as("reviewer")))
                .andExpect(status().isOk());
        mvc.perform(post("/units/{u}/realizations/{i}/{p}/save", own.code(), "02a-CP", "Q1")
                        .with(as("reviewer"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("value", "15"))
                .andExpect(status().isForbidden());
        // without CSRF token nothing happens either
        mvc.perform(post("/units/{u}/realizations/{i}/{p}/save", own.code(), "02a-CP", "Q1")
                        .with(as("pic2"))
                        .param("year", "2024")
                        .param("value", "15"))
                .andExpect(status().isForbidden());
        assertThat(entry("02a-CP", Period.Q1)).isNull();
    }

    @Test
    void anApprovedValueIsLockedAndOnlyAnAdministratorUnlocksItWithAReason() throws Exception {
        // 03a-CP Q1 was copied from Kupang as APPROVED
        RealizationEntry approved = entry("03a-CP", Period.Q1);
        assertThat(approved.status()).isEqualTo(RealizationStatus.APPROVED);
        act("admin", "save", "03a-CP", Period.Q1, "value", "99", "rowVersion", String.valueOf(approved.rowVersion()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah disetujui dan terkunci")));
        assertThat(entry("03a-CP", Period.Q1).value()).isEqualByComparingTo(approved.value());

        mvc.perform(post("/units/{u}/realizations/{i}/{p}/unlock", own.code(), "03a-CP", "Q1")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("rowVersion", String.valueOf(approved.rowVersion())))
                .andExpect(status().isBadRequest());
        act("head", "unlock", "03a-CP", Period.Q1, "rowVersion", String.valueOf(approved.rowVersion()), "reason", "x")
                .andExpect(status().isForbidden());
        act("admin", "unlock", "03a-CP", Period.Q1, "rowVersion", String.valueOf(approved.rowVersion()), "reason", "x")
                .andExpect(status().isForbidden());
        assertThat(entry("03a-CP", Period.Q1).status()).isEqualTo(RealizationStatus.APPROVED);

        mvc.perform(post("/units/{u}/realizations/{i}/{p}/unlock", own.code(), "03a-CP", "Q1")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("rowVersion", String.valueOf(approved.rowVersion()))
                        .param("reason", "Koreksi data PKM dari Kanwil"))
                .andExpect(status().is3xxRedirection());
        RealizationEntry unlocked = entry("03a-CP", Period.Q1);
        assertThat(unlocked.status()).isEqualTo(RealizationStatus.DRAFT);
        assertThat(unlocked.approvedBy()).isNull();
        AuditEvent event = history("03a-CP", Period.Q1).getFirst();
        assertThat(event.action()).isEqualTo("unlock");
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.reason()).isEqualTo("Koreksi data PKM dari Kanwil");
        assertThat(event.oldValue()).endsWith("[APPROVED]");
        assertThat(event.newValue()).endsWith("[DRAFT]");
        assertThat(scorecards
                        .score(own.code(), YEAR, Period.Q1)
                        .scorecard()
                        .indicator("03a-CP")
                        .index())
                .as("an unlocked value leaves the official score until approved again")
                .isNull();
        // now the PIC's administrator may correct it
        act("admin", "save", "03a-CP", Period.Q1, "value", "20,5", "rowVersion", version("03a-CP", Period.Q1))
                .andExpect(status().is3xxRedirection());
        assertThat(entry("03a-CP", Period.Q1).value()).isEqualByComparingTo("20.5");
    }

    @Test
    void aStaleRowVersionChangesNothingAndSaysWhoChangedIt() throws Exception {
        act("pic", "save", "01a-CP", Period.S1, "value", "38").andExpect(status().is3xxRedirection());
        String loaded = version("01a-CP", Period.S1);
        act("admin", "save", "01a-CP", Period.S1, "value", "38,8", "rowVersion", loaded)
                .andExpect(status().is3xxRedirection());

        act("pic", "save", "01a-CP", Period.S1, "value", "40", "rowVersion", loaded)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Konflik")))
                .andExpect(content().string(containsString(own.user("admin"))))
                .andExpect(content().string(containsString("38,8")));
        assertThat(entry("01a-CP", Period.S1).value()).isEqualByComparingTo("38.8");
        act("pic", "submit", "01a-CP", Period.S1, "rowVersion", loaded).andExpect(status().isConflict());
        assertThat(entry("01a-CP", Period.S1).status()).isEqualTo(RealizationStatus.DRAFT);

        // htmx gets the message alone, with 409
        mvc.perform(post("/units/{u}/realizations/{i}/{p}/save", own.code(), "01a-CP", "S1")
                        .with(as("pic"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("year", "2024")
                        .param("value", "41")
                        .param("rowVersion", loaded))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Konflik")))
                .andExpect(content().string(not(containsString("<html"))));
        // English
        mvc.perform(post("/units/{u}/realizations/{i}/{p}/save", own.code(), "01a-CP", "S1")
                        .with(as("pic"))
                        .with(csrf())
                        .param("lang", "en")
                        .param("year", "2024")
                        .param("value", "41")
                        .param("rowVersion", loaded))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("was changed by " + own.user("admin"))));
        assertThat(entry("01a-CP", Period.S1).value()).isEqualByComparingTo("38.8");
    }

    @Test
    void indonesianNumbersAreReadAndAWrongOneNamesTheIkuAndSavesNothing() throws Exception {
        // 02a-CP is a percent: 1.234,56 is read exactly, and is implausible (above 1.000) until confirmed
        act("pic2", "save", "02a-CP", Period.Q2, "value", "1.234,56")
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("Realisasi IKU 02a-CP periode Triwulan II tidak wajar: nilai 1.234,56 "
                                + "untuk IKU bersatuan persen melebihi 1.000")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"1.234,56\"")));
        assertThat(entry("02a-CP", Period.Q2)).isNull();
        act("pic2", "save", "02a-CP", Period.Q2, "value", "1.234,56", "confirm", "1.234,56")
                .andExpect(status().is3xxRedirection());
        assertThat(entry("02a-CP", Period.Q2).value()).isEqualByComparingTo("1234.56");

        act("pic2", "save", "02a-CP", Period.Q3, "value", "abc")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Realisasi IKU 02a-CP periode Triwulan III")))
                .andExpect(content().string(containsString("bukan angka")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        assertThat(entry("02a-CP", Period.Q3)).isNull();

        String before = version("02a-CP", Period.Q2);
        act("pic2", "save", "02a-CP", Period.Q2, "value", "12,3,4", "rowVersion", before)
                .andExpect(status().isBadRequest());
        assertThat(entry("02a-CP", Period.Q2).value()).isEqualByComparingTo("1234.56");
        assertThat(version("02a-CP", Period.Q2)).isEqualTo(before);
        assertThat(history("02a-CP", Period.Q3)).isEmpty();
    }

    @Test
    void englishGroupingTypedInIndonesianIsRefusedWithTheExpectedFormatAndNothingIsSaved() throws Exception {
        // before: "1,234.5" was saved as 1,2345 without a word
        act("pic2", "save", "02a-CP", Period.Y, "value", "1,234.5")
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(containsString("\u201c1,234.5\u201d bukan angka. Gunakan format 1.234,56")));
        assertThat(entry("02a-CP", Period.Y)).isNull();
        // in English the same text is 1234.5; the form field is then filled back the English way
        mvc.perform(post("/units/{u}/realizations/{i}/{p}/save", own.code(), "02a-CP", "Y")
                        .with(as("pic2"))
                        .with(csrf())
                        .param("lang", "en")
                        .param("year", "2024")
                        .param("value", "1,234.5")
                        .param("confirm", "1,234.5"))
                .andExpect(status().is3xxRedirection());
        assertThat(entry("02a-CP", Period.Y).value()).isEqualByComparingTo("1234.5");
        mvc.perform(get("/units/{u}/realizations/{i}/{p}", own.code(), "02a-CP", "Y")
                        .param("year", "2024")
                        .param("lang", "en")
                        .with(as("pic2")))
                .andExpect(content().string(containsString("value=\"1234.5\"")));
        // and "1.234,5" in English is refused with the English format
        mvc.perform(post("/units/{u}/realizations/{i}/{p}/save", own.code(), "02a-CP", "Y")
                        .with(as("pic2"))
                        .with(csrf())
                        .param("lang", "en")
                        .param("year", "2024")
                        .param("value", "1.234,5")
                        .param("rowVersion", version("02a-CP", Period.Y)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Use the format 1,234.56")));
        assertThat(entry("02a-CP", Period.Y).value()).isEqualByComparingTo("1234.5");
    }

    @Test
    void theFormEchoesTheValueAsItWillBeSavedOrTheRefusalOrTheDoubt() throws Exception {
        RealizationEntry before = entry("01a-CP", Period.Y);
        mvc.perform(get("/units/{u}/realizations/{i}/{p}", own.code(), "01a-CP", "Y")
                        .param("year", "2024")
                        .with(as("pic")))
                .andExpect(content()
                        .string(containsString(
                                "hx-get=\"/units/" + own.code() + "/realizations/01a-CP/Y/read?year=2024\"")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, load\"")))
                .andExpect(content().string(containsString("id=\"value-read\"")));
        mvc.perform(get("/units/{u}/realizations/{i}/{p}/read", own.code(), "01a-CP", "Y")
                        .param("year", "2024")
                        .param("value", "1234,5")
                        .with(as("pic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dibaca sebagai 1.234,5")));
        mvc.perform(get("/units/{u}/realizations/{i}/{p}/read", own.code(), "01a-CP", "Y")
                        .param("year", "2024")
                        .param("value", "1,234.5")
                        .with(as("pic")))
                .andExpect(content().string(containsString("Gunakan format 1.234,56")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Dibaca sebagai"))));
        mvc.perform(get("/units/{u}/realizations/{i}/{p}/read", own.code(), "02a-CP", "Q1")
                        .param("year", "2024")
                        .param("value", "98.765")
                        .with(as("pic2")))
                .andExpect(content().string(containsString("Dibaca sebagai 98.765")))
                .andExpect(content().string(containsString("nilai 98.765 untuk IKU bersatuan persen melebihi 1.000")));
        mvc.perform(get("/units/{u}/realizations/{i}/{p}/read", own.code(), "01a-CP", "Y")
                        .param("year", "2024")
                        .param("lang", "en")
                        .param("value", "1,234.5")
                        .with(as("pic")))
                .andExpect(content().string(containsString("Read as 1,234.5")));
        RealizationEntry after = entry("01a-CP", Period.Y); // reading saved nothing
        assertThat(after == null ? null : after.rowVersion()).isEqualTo(before == null ? null : before.rowVersion());
    }

    @Test
    void eachComponentFieldEchoesItsValueAsItWillBeSaved() throws Exception {
        RealizationEntry before = entry("04a-CP", Period.Q1);
        mvc.perform(get("/units/{u}/realizations/{i}/{p}", own.code(), "04a-CP", "Q1")
                        .param("year", "2024")
                        .with(as("pic")))
                .andExpect(content()
                        .string(containsString("hx-get=\"/units/" + own.code()
                                + "/realizations/04a-CP/Q1/read?year=2024&amp;component=KEGIATAN\"")))
                .andExpect(content().string(containsString("id=\"component-read-KEGIATAN\"")));
        String read = "/units/{u}/realizations/{i}/{p}/read";
        mvc.perform(get(read, own.code(), "04a-CP", "Q1")
                        .param("year", "2024")
                        .param("component", "KEGIATAN")
                        .param("component.KEGIATAN", "1234,5")
                        .with(as("pic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"component-read-KEGIATAN\"")))
                .andExpect(content().string(containsString("Rasio kegiatan penyuluhan dibaca sebagai 1.234,5")));
        mvc.perform(get(read, own.code(), "04a-CP", "Q1")
                        .param("year", "2024")
                        .param("component", "KEGIATAN")
                        .param("component.KEGIATAN", "1,234.5")
                        .with(as("pic")))
                .andExpect(content().string(containsString("bukan angka. Gunakan format 1.234,56")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("dibaca sebagai"))));
        mvc.perform(get(read, own.code(), "04a-CP", "Q1")
                        .param("year", "2024")
                        .param("component", "TIDAK-ADA")
                        .param("component.TIDAK-ADA", "1")
                        .with(as("pic")))
                .andExpect(status().isNotFound());
        RealizationEntry after = entry("04a-CP", Period.Q1); // reading saved nothing
        assertThat(after == null ? null : after.rowVersion()).isEqualTo(before == null ? null : before.rowVersion());
    }

    @Test
    void aValueAHundredTimesThePreviousPeriodNeedsTheConfirmationOfExactlyThatValue() throws Exception {
        act("admin", "save", "02a-CP", Period.S1, "value", "5,5").andExpect(status().is3xxRedirection());
        act("admin", "save", "02a-CP", Period.SDQ3, "value", "550")
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("tidak wajar: nilai 550 100 kali atau lebih nilai periode "
                                + "Semester I (5,5). Periksa pemisah ribuan")));
        // a confirmation given for another text does not count
        act("admin", "save", "02a-CP", Period.SDQ3, "value", "550", "confirm", "5,5")
                .andExpect(status().isBadRequest());
        assertThat(entry("02a-CP", Period.SDQ3)).isNull();
        act("admin", "save", "02a-CP", Period.SDQ3, "value", "550", "confirm", "550")
                .andExpect(status().is3xxRedirection());
        assertThat(entry("02a-CP", Period.SDQ3).value()).isEqualByComparingTo("550");
    }

    @Test
    void aCompositeIkuMayBeEnteredByComponentsButNotBoth() throws Exception {
        act(
                        "pic",
                        "save",
                        "04a-CP",
                        Period.Q1,
                        "component.KEGIATAN",
                        "100",
                        "component.PERILAKU_LAPOR",
                        "30,5",
                        "component.PERILAKU_BAYAR",
                        "20")
                .andExpect(status().is3xxRedirection());
        RealizationEntry e = entry("04a-CP", Period.Q1);
        assertThat(e.value()).isNull();
        assertThat(e.components()).containsOnlyKeys("KEGIATAN", "PERILAKU_LAPOR", "PERILAKU_BAYAR");
        assertThat(e.components().get("PERILAKU_LAPOR")).isEqualByComparingTo("30.5");
        // the table shows what the components come to (25% x 100 + 30% x 30.5 + 45% x 20 = 43.15)
        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .param("period", "Q1")
                        .with(as("pic")))
                .andExpect(content().string(containsString("43,15")));

        act("pic", "save", "04a-CP", Period.Q2, "value", "80", "component.KEGIATAN", "100")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak keduanya")));
        act("pic", "save", "04a-CP", Period.Q2, "component.KEGIATAN", "100")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rasio perubahan perilaku lapor")));
        assertThat(entry("04a-CP", Period.Q2)).isNull();
    }

    @Test
    void theTableListsEveryAgreedIkuWithTargetAndStatusAndRejectsUnknownOnes() throws Exception {
        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .param("period", "Y")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"row-10a-CP\"")))
                .andExpect(content().string(containsString("id=\"row-09b-N\"")))
                .andExpect(content().string(containsString("table-wrap")));
        act("admin", "save", "99z-XX", Period.Q1, "value", "1").andExpect(status().isNotFound());
        mvc.perform(get("/units/{u}/realizations", own.code())
                        .param("year", "2024")
                        .param("period", "Q9")
                        .with(as("viewer")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/units/{u}/realizations", "KPP-TIDAK-ADA").with(as("viewer")))
                .andExpect(status().isNotFound());
    }
}
