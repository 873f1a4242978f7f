package id.kinerja.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The year's calendar (issue 13 item 1): headquarters sets the dates, a Kanwil earlier ones for its offices (a later
 * one is refused naming the field, and nothing of the form is saved), an office sees the date that applies and where
 * it comes from, "N hari lagi" by the clock, bad dates refused naming the field, who may do what. On a Kanwil and
 * offices of the test's own, and on a year no other test uses for headquarters' dates.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarTest {

    /** Headquarters' dates of this year are the test's own. */
    static final int YEAR = 2031;

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
    Deadlines deadlines;

    @Autowired
    AuditLog audit;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    OwnUnit own;
    String kanwilAdmin;
    Unit djp;

    @BeforeAll
    void ownUnits() {
        own = OwnUnit.create("cal", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        kanwilAdmin = own.tag + ".kadmin";
        accounts.create(
                kanwilAdmin,
                "Administrator Kanwil " + own.tag,
                "rahasia-uji-kinerja",
                own.kanwil.code(),
                Set.of(Role.ADMINISTRATOR),
                Set.of(),
                "test");
        djp = units.findByCode("DJP").orElseThrow();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    ResultActions save(String username, String unitCode, int year, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/units/{u}/calendar", unitCode)
                .with(as(username))
                .with(csrf())
                .param("year", String.valueOf(year));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    LocalDate due(Unit unit, DeadlineKind kind, Period period) {
        return deadlines.due(unit.id(), YEAR, kind, period).map(Deadline::dueOn).orElse(null);
    }

    @Test
    void headquartersSetsAKanwilBringsForwardALaterDateIsRefusedAndTheOfficeSeesWhatApplies() throws Exception {
        save(
                        "admin",
                        "DJP",
                        YEAR,
                        "due.REALIZATION.Q1",
                        "10/04/2031",
                        "due.REALIZATION.Q2",
                        "2031-07-10",
                        "due.AGREEMENT.Y",
                        "28/02/2031")
                .andExpect(status().is3xxRedirection());
        assertThat(due(own.unit, DeadlineKind.REALIZATION, Period.Q1)).isEqualTo(LocalDate.of(2031, 4, 10));
        // an aggregate column has the date of its last quarter
        assertThat(due(own.unit, DeadlineKind.REALIZATION, Period.S1)).isEqualTo(LocalDate.of(2031, 7, 10));
        assertThat(audit.find(djp.id(), Deadlines.AUDIT_ENTITY, "2031/REALIZATION/Q1"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("2031-04-10"));

        // the Kanwil brings the first quarter forward for its offices
        save(kanwilAdmin, own.kanwil.code(), YEAR, "due.REALIZATION.Q1", "5/4/2031")
                .andExpect(status().is3xxRedirection());
        Deadline q1 = deadlines
                .due(own.unit.id(), YEAR, DeadlineKind.REALIZATION, Period.Q1)
                .orElseThrow();
        assertThat(q1.dueOn()).isEqualTo(LocalDate.of(2031, 4, 5));
        assertThat(q1.setByUnitCode()).isEqualTo(own.kanwil.code());
        // the other offices keep headquarters' date
        assertThat(deadlines
                        .due(
                                units.findByCode("KPP-KUPANG").orElseThrow().id(),
                                YEAR,
                                DeadlineKind.REALIZATION,
                                Period.Q1)
                        .map(Deadline::dueOn))
                .contains(LocalDate.of(2031, 4, 10));

        // a later date than headquarters' is refused naming the field; with it nothing of the form is saved
        save(kanwilAdmin, own.kanwil.code(), YEAR, "due.REALIZATION.Q1", "01/04/2031", "due.AGREEMENT.Y", "15/03/2031")
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "Penandatanganan PK: tanggal 15 Maret 2031 lebih lambat dari batas 28 Februari 2031 yang"
                                        + " ditetapkan Direktorat Jenderal Pajak")))
                // the form keeps what was typed
                .andExpect(content().string(containsString("value=\"15/03/2031\"")));
        assertThat(due(own.unit, DeadlineKind.REALIZATION, Period.Q1)).isEqualTo(LocalDate.of(2031, 4, 5));
        assertThat(due(own.unit, DeadlineKind.AGREEMENT, Period.Y)).isEqualTo(LocalDate.of(2031, 2, 28));

        // the office sees each date that applies and where it comes from
        mvc.perform(get("/units/{u}/calendar", own.code()).param("year", "2031").with(as(own.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 April 2031")))
                .andExpect(content().string(containsString("ditetapkan " + own.kanwil.name())))
                .andExpect(content().string(containsString("28 Februari 2031")))
                .andExpect(content().string(containsString("ditetapkan Direktorat Jenderal Pajak")))
                // a viewer gets no form
                .andExpect(content().string(not(containsString("name=\"due.REALIZATION.Q1\""))));

        // the API says the same, and refuses as the page does
        mvc.perform(get("/api/v1/units/{u}/calendar/{y}", own.code(), YEAR).with(as(own.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("REALIZATION"))
                .andExpect(jsonPath("$[0].period").value("Q1"))
                .andExpect(jsonPath("$[0].effective").value("2031-04-05"))
                .andExpect(jsonPath("$[0].setBy").value(own.kanwil.code()))
                // for the office the date from above is the Kanwil's, which applies; it has none of its own
                .andExpect(jsonPath("$[0].above").value("2031-04-05"))
                .andExpect(jsonPath("$[0].own").doesNotExist());
        mvc.perform(get("/api/v1/units/{u}/calendar/{y}", own.kanwil.code(), YEAR)
                        .with(as(kanwilAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].own").value("2031-04-05"))
                .andExpect(jsonPath("$[0].above").value("2031-04-10"))
                .andExpect(jsonPath("$[0].aboveSetBy").value("DJP"));
        mvc.perform(put("/api/v1/units/{u}/calendar/{y}", own.kanwil.code(), YEAR)
                        .with(as(kanwilAdmin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dates": [{"kind": "REALIZATION", "period": "Q1", "date": "2031-04-20"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("lebih lambat dari batas 10 April 2031")));
        assertThat(due(own.unit, DeadlineKind.REALIZATION, Period.Q1)).isEqualTo(LocalDate.of(2031, 4, 5));

        // headquarters brings the date forward past the Kanwil's: its date applies; the Kanwil's form saved again as
        // it is (its own date unchanged) is not refused for the date it no longer brings forward
        save(
                        "admin",
                        "DJP",
                        YEAR,
                        "due.REALIZATION.Q1",
                        "03/04/2031",
                        "due.REALIZATION.Q2",
                        "10/07/2031",
                        "due.AGREEMENT.Y",
                        "28/02/2031")
                .andExpect(status().is3xxRedirection());
        assertThat(deadlines
                        .due(own.unit.id(), YEAR, DeadlineKind.REALIZATION, Period.Q1)
                        .map(Deadline::setByUnitCode))
                .contains("DJP");
        save(kanwilAdmin, own.kanwil.code(), YEAR, "due.REALIZATION.Q1", "05/04/2031")
                .andExpect(status().is3xxRedirection());
        assertThat(due(own.unit, DeadlineKind.REALIZATION, Period.Q1)).isEqualTo(LocalDate.of(2031, 4, 3));
    }

    @Test
    void aDateThatIsNoDateOrOutsideTheYearIsRefusedNamingTheField() throws Exception {
        save(kanwilAdmin, own.kanwil.code(), YEAR, "due.NKO_REPORT.Q3", "31/09/2031")
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "Laporan NKO triwulanan Triwulan III: &#39;31/09/2031&#39; bukan tanggal")));
        save(kanwilAdmin, own.kanwil.code(), YEAR, "due.LAKIN.Y", "2031/01/31")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Penyampaian LAKIN: &#39;2031/01/31&#39; bukan tanggal")));
        save(kanwilAdmin, own.kanwil.code(), YEAR, "due.DKO.Q1", "30/04/2040")
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "Dialog Kinerja Organisasi (DKO) Triwulan I: tanggal 30 April 2040 harus antara 1 Januari"
                                        + " 2031 dan 31 Desember 2032")));
        assertThat(due(own.unit, DeadlineKind.NKO_REPORT, Period.Q3)).isNull();
        assertThat(due(own.unit, DeadlineKind.DKO, Period.Q1)).isNull();
    }

    @Test
    void onlyAnAdministratorOfTheUnitOrAboveSetsItsDates() throws Exception {
        // the office's performance administrator, head and the Kanwil's reviewer see the Kanwil's page but set nothing
        for (String who : new String[] {own.user("reviewer")}) {
            mvc.perform(get("/units/{u}/calendar", own.kanwil.code()).with(as(who)))
                    .andExpect(status().isOk());
            save(who, own.kanwil.code(), YEAR, "due.LAKIN.Y", "01/01/2032").andExpect(status().isForbidden());
        }
        for (String who : new String[] {own.user("admin"), own.user("head")}) {
            save(who, own.code(), YEAR, "due.LAKIN.Y", "01/01/2032").andExpect(status().isForbidden());
            // the Kanwil above is not theirs to see
            mvc.perform(get("/units/{u}/calendar", own.kanwil.code()).with(as(who)))
                    .andExpect(status().isForbidden());
        }
        // the Kanwil's administrator may not set headquarters' dates, nor another Kanwil's
        save(kanwilAdmin, "DJP", YEAR, "due.LAKIN.Y", "01/01/2032").andExpect(status().isForbidden());
        save(kanwilAdmin, "KANWIL-NUSRA", YEAR, "due.LAKIN.Y", "01/01/2032").andExpect(status().isForbidden());
        // another Kanwil's reviewer does not see the office
        mvc.perform(get("/units/{u}/calendar", own.code()).with(as("nusra.reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{u}/calendar", "NO-SUCH-UNIT").with(as("admin")))
                .andExpect(status().isNotFound());
        // the Kanwil's administrator sets a date of one of its offices (only earlier, as its own)
        save(kanwilAdmin, own.sibling.code(), YEAR, "due.LAKIN.Y", "15/01/2032").andExpect(status().is3xxRedirection());
        assertThat(deadlines
                        .due(own.sibling.id(), YEAR, DeadlineKind.LAKIN, Period.Y)
                        .map(Deadline::setByUnitCode))
                .contains(own.sibling.code());
        assertThat(deadlines.due(own.unit.id(), YEAR, DeadlineKind.LAKIN, Period.Y))
                .isEmpty();
    }

    @Test
    void theDaysLeftAreCountedFromTheClock() {
        Deadline d = new Deadline(DeadlineKind.REALIZATION, Period.Q1, LocalDate.of(2024, 4, 10), "DJP");
        Locale id = Locale.forLanguageTag("id");
        DueDate before = DueDate.of(d, LocalDate.of(2024, 4, 7));
        assertThat(before.daysLeft()).isEqualTo(3);
        assertThat(text(before, id)).isEqualTo("batas 10 April 2024, 3 hari lagi");
        assertThat(text(before, Locale.ENGLISH)).isEqualTo("due 10 April 2024, 3 days left");
        DueDate on = DueDate.of(d, LocalDate.of(2024, 4, 10));
        assertThat(text(on, id)).isEqualTo("batas 10 April 2024, hari ini");
        assertThat(text(on, Locale.ENGLISH)).isEqualTo("due 10 April 2024, today");
        DueDate after = DueDate.of(d, LocalDate.of(2024, 4, 12));
        assertThat(after.overdue()).isTrue();
        assertThat(text(after, id)).isEqualTo("batas 10 April 2024, terlambat 2 hari");
        assertThat(text(after, Locale.ENGLISH)).isEqualTo("due 10 April 2024, 2 days overdue");

        // the demo's headquarters calendar for Kupang, on a fixed day
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        Clock april7 = Clock.fixed(
                LocalDate.of(2024, 4, 7)
                        .atStartOfDay(ZoneId.of("Asia/Makassar"))
                        .toInstant(),
                ZoneId.of("Asia/Makassar"));
        DueDate q1 = deadlines
                .dueDate(kupang.id(), 2024, DeadlineKind.REALIZATION, Period.Q1, april7)
                .orElseThrow();
        assertThat(q1.date()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(q1.daysLeft()).isEqualTo(3);
        assertThat(q1.setByUnitCode()).isEqualTo("DJP");
        assertThat(deadlines
                        .dueDate(kupang.id(), 2024, DeadlineKind.LAKIN, Period.Y, april7)
                        .map(DueDate::date))
                .contains(LocalDate.of(2025, 1, 31));
    }

    String text(DueDate d, Locale locale) {
        return messages.getMessage(
                d.key(), new Object[] {new id.kinerja.web.Formats().date(d.date()), d.days()}, locale);
    }

    @Test
    void theOfficeSeesHowManyDaysAreLeftOnItsPages() throws Exception {
        LocalDate inThreeDays = LocalDate.now(clock).plusDays(3);
        int year = inThreeDays.getYear();
        save(
                        kanwilAdmin,
                        own.kanwil.code(),
                        year,
                        "due.RISK_CHARTER.Y",
                        inThreeDays.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .andExpect(status().is3xxRedirection());
        String expected = "batas " + new id.kinerja.web.Formats().date(inThreeDays) + ", 3 hari lagi";
        mvc.perform(get("/units/{u}/calendar", own.code())
                        .param("year", String.valueOf(year))
                        .with(as(own.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expected)));
        mvc.perform(get("/units/{u}/dashboard", own.code())
                        .param("year", String.valueOf(year))
                        .with(as(own.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Batas waktu berikutnya:")))
                .andExpect(content().string(containsString(expected)));
    }

    @Test
    void theDemoOfficesPagesShowTheirDeadlines() throws Exception {
        mvc.perform(get("/units/KPP-KUPANG/realizations/01a-CP/Q1")
                        .param("year", "2024")
                        .with(as("kupang.pic")))
                .andExpect(status().isOk())
                // approved: only the date
                .andExpect(content().string(containsString(">batas 10 April 2024<")));
        // the period's table: the days count while an IKU of the period is not approved (the demo's Q2 has such)
        mvc.perform(get("/units/KPP-KUPANG/realizations")
                        .param("year", "2024")
                        .param("period", "Q2")
                        .with(as("kupang.pic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("batas 10 Juli 2024, ")));
        mvc.perform(get("/units/KPP-KUPANG/agreement").param("year", "2024").with(as("kupang.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">batas 29 Februari 2024<")));
        mvc.perform(get("/units/KPP-KUPANG/narratives").param("year", "2024").with(as("kupang.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("batas 31 Januari 2025")));
        mvc.perform(get("/units/KPP-KUPANG/calendar").param("year", "2024").with(as("kupang.pic")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15 Januari 2025")))
                .andExpect(content().string(containsString("/units/KPP-KUPANG/calendar")));
    }
}
