package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.agreement.PlanningReferences;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.api.ApiTokenService;
import id.kinerja.audit.AuditLog;
import id.kinerja.consistency.ConsistencyCheck;
import id.kinerja.consistency.Finding;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.IndicatorHistory;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import id.kinerja.web.UserError;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The LAKIN's own references entered by an office (docs/domain.md §8): the Renstra / RPJMN targets and national
 * standard of every IKU, the past years of every IKU, the place and date of the LAKIN and NKO report, and the
 * signer. Entered through the services, the IKU page, the documents' page and the API by the office's own
 * performance administrator, validated all or nothing and audited; then printed, with none of the markers of a
 * missing figure, and the consistency check no longer names them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LakinReferencesTest {

    static final int YEAR = OwnUnit.YEAR;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreementRepository;

    @Autowired
    Agreements agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    PlanningReferences planning;

    @Autowired
    IndicatorHistory history;

    @Autowired
    DocumentSettings documents;

    @Autowired
    ReportService reports;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    ConsistencyCheck check;

    @Autowired
    AuditLog audit;

    @Autowired
    ApiTokenService tokens;

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    OwnUnit create(String prefix) {
        return OwnUnit.create(prefix, true, Set.of(), units, agreementRepository, frameworks, realizations, accounts);
    }

    List<String> codes(OwnUnit own) {
        PerformanceAgreement pk = agreements.findCurrent(own.unit.id(), YEAR).orElseThrow();
        return pk.indicators().stream()
                .map(PerformanceAgreement.Indicator::code)
                .toList();
    }

    @Test
    void anOfficeWithItsReferencesEnteredGetsALakinWithoutMarkers() throws IOException {
        OwnUnit own = create("lr");
        CurrentUser admin = me(own.user("admin"));
        // nothing recorded: the check names the IKU page, and the LAKIN says so and is a draft
        assertThat(check.check(own.code(), YEAR).findings())
                .filteredOn(f -> f.check().equals("planning"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
                    assertThat(f.link()).startsWith("/units/" + own.code() + "/iku/");
                });
        ReportDocument before = reports.lakin(own.code(), YEAR);
        assertThat(before.draft()).isTrue();
        assertThat(before.xhtml()).contains("belum dicatat");

        List<PlanningReference> refs = new ArrayList<>();
        List<IndicatorHistoryEntry> past = new ArrayList<>();
        for (String code : codes(own)) {
            refs.add(new PlanningReference(
                    code,
                    new BigDecimal("100"),
                    code.equals("01a-CP") ? null : new BigDecimal("95"),
                    new BigDecimal("98.50"),
                    "Renstra DJP 2020-2024"));
            for (int y = YEAR - 4; y < YEAR; y++) {
                past.add(new IndicatorHistoryEntry(
                        code, y, new BigDecimal(90 + y - 2020), new BigDecimal(100 + y - 2020), null));
            }
        }
        planning.save(admin, own.unit, YEAR, refs);
        history.save(admin, own.unit, past);
        documents.save(
                admin,
                own.unit,
                YEAR,
                List.of(
                        new DocumentSetting(ReportKind.LAKIN, Period.Y, "Atambua", LocalDate.of(YEAR + 1, 1, 20)),
                        new DocumentSetting(ReportKind.NKO, Period.Y, null, LocalDate.of(YEAR + 1, 1, 10))));

        assertThat(check.check(own.code(), YEAR).findings())
                .noneMatch(f -> f.check().equals("planning") || f.check().equals("signing"));
        ReportDocument lakin = reports.lakin(own.code(), YEAR);
        String text = pdfText(renderer.render(lakin, ReportFormat.PDF));
        assertThat(text)
                .contains("Atambua, 20 Januari 2025")
                .contains("Kepala Uji " + own.tag)
                .contains("Renstra DJP 100,00 · RPJMN tidak ditetapkan")
                .contains("Renstra DJP 100,00 · RPJMN 95,00")
                .contains("98,50")
                .doesNotContain("belum dicatat")
                .doesNotContain("tidak ditetapkan dalam data")
                .doesNotContain("tahun lainnya tidak tersedia dalam data")
                .doesNotContain("Data realisasi tahun sebelumnya yang tercatat")
                .doesNotContain("......");
        assertThat(lakin.xhtml()).doesNotContain("<strong>–</strong>");
        // every IKU's five-year table: the four years entered and the report's year
        assertThat(lakin.xhtml().split(">2020<", -1).length - 1)
                .isGreaterThanOrEqualTo(codes(own).size());
        String nko = reports.nko(own.code(), YEAR, Period.Y).xhtml();
        assertThat(nko).contains("Kupang, 10 Januari 2025").contains("Kepala Uji " + own.tag);
        assertThat(audit.find(own.unit.id(), "planning-reference", YEAR + "/"))
                .hasSize(codes(own).size());
        assertThat(audit.find(own.unit.id(), "indicator-history", "")).hasSize(past.size());
        assertThat(audit.find(own.unit.id(), "document-setting", YEAR + "/")).hasSize(2);
    }

    @Test
    void theServicesRefuseBadInputWholeAndCheckRights() {
        OwnUnit own = create("lv");
        CurrentUser admin = me(own.user("admin"));
        List<PlanningReference> oneBad = List.of(
                new PlanningReference("01a-CP", BigDecimal.TEN, null, null, null),
                new PlanningReference("99z-X", BigDecimal.TEN, null, null, null));
        assertThatThrownBy(() -> planning.save(admin, own.unit, YEAR, oneBad))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("planning.error.indicator")
                .hasMessageContaining("99z-X");
        assertThat(planning.of(own.unit.id(), YEAR)).isEmpty();
        assertThatThrownBy(() -> history.save(
                        admin,
                        own.unit,
                        List.of(
                                new IndicatorHistoryEntry("01a-CP", 2023, BigDecimal.ONE, null, null),
                                new IndicatorHistoryEntry("01a-CP", 1999, BigDecimal.ONE, null, null))))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("history.error.year");
        assertThat(history.of(own.unit.id())).isEmpty();
        assertThatThrownBy(() -> documents.save(
                        admin,
                        own.unit,
                        YEAR,
                        List.of(new DocumentSetting(ReportKind.LAKIN, Period.Y, "Kupang", LocalDate.of(2030, 1, 1)))))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("document.error.date");
        // the sibling office's administrator, a viewer and the PIC may not write
        for (String other : List.of("sibling", "viewer", "pic")) {
            assertThatThrownBy(() -> planning.save(me(own.user(other)), own.unit, YEAR, oneBad.subList(0, 1)))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
        // a head with neither a PK first party nor a unit head: no name printed, an error naming where to enter it
        assertThat(ReportTexts.signer(null, own.sibling).name()).isNull();
        assertThat(ReportTexts.signer(null, own.sibling).position()).isEqualTo("Kepala " + own.sibling.name());
        var office = new id.kinerja.organisation.Unit(
                1,
                "X",
                "KPP Pratama X",
                null,
                null,
                null,
                "Nama Kepala",
                "197001011990031001",
                "Kepala Kantor Pelayanan Pajak Pratama X",
                List.of("Kota Kupang", "Kabupaten Kupang", "Kabupaten Alor"),
                null,
                null,
                true,
                null,
                null);
        assertThat(DocumentSettings.city(office)).isEqualTo("Kupang");
        // the unit's own head position when the PK's first party has none
        assertThat(ReportTexts.signer(null, office))
                .isEqualTo(new PkReport.Party("Nama Kepala", "Kepala Kantor Pelayanan Pajak Pratama X"));
    }

    @Test
    void theIkuPageAndTheDocumentsPageWriteThroughTheSameRules() throws Exception {
        OwnUnit own = create("lw");
        String iku = "/units/" + own.code() + "/iku/01a-CP";
        var admin = user(users.loadUserByUsername(own.user("admin")));
        mvc.perform(post(iku + "/planning")
                        .with(admin)
                        .with(csrf())
                        .param("year", "2024")
                        .param("renstra", "abc"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(400))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Target Renstra DJP IKU 01a-CP bukan angka"));
        mvc.perform(post(iku + "/planning")
                        .with(user(users.loadUserByUsername(own.user("viewer"))))
                        .with(csrf())
                        .param("year", "2024")
                        .param("renstra", "100"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(post(iku + "/planning")
                        .with(admin)
                        .with(csrf())
                        .param("year", "2024")
                        .param("renstra", "101,5")
                        .param("nationalStandard", "100,46")
                        .param("source", "Renstra DJP 2020-2024"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(planning.of(own.unit.id(), YEAR).get("01a-CP").renstraTarget())
                .isEqualByComparingTo("101.5");
        mvc.perform(post(iku + "/history")
                        .with(admin)
                        .with(csrf())
                        .param("year", "2024")
                        .param("pastYear", "23"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(400))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Tahun harus empat angka"));
        mvc.perform(post(iku + "/history")
                        .with(admin)
                        .with(csrf())
                        .param("year", "2024")
                        .param("pastYear", "2023")
                        .param("realization", "104,90")
                        .param("index", "104,90"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        mvc.perform(get(iku).with(admin).param("year", "2024"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("101,50")
                        .contains("100,46")
                        .contains("104,90"));
        mvc.perform(post(iku + "/history/2023/delete").with(admin).with(csrf()).param("year", "2024"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(history.of(own.unit.id())).isEmpty();

        String settings = "/units/" + own.code() + "/reports/settings";
        mvc.perform(get(settings)
                        .with(user(users.loadUserByUsername(own.user("viewer"))))
                        .param("year", "2024"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Kupang")
                        .doesNotContain("name=\"place.LAKIN.Y\""));
        mvc.perform(post(settings)
                        .with(admin)
                        .with(csrf())
                        .param("year", "2024")
                        .param("place.LAKIN.Y", "Atambua")
                        .param("date.LAKIN.Y", "2030-01-01"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(400))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Tanggal LAKIN harus pada tahun 2024 atau 2025"));
        assertThat(documents.of(own.unit.id(), YEAR)).allMatch(s -> s.place() == null && s.date() == null);
        mvc.perform(post(settings)
                        .with(admin)
                        .with(csrf())
                        .param("year", "2024")
                        .param("place.LAKIN.Y", "Atambua")
                        .param("date.LAKIN.Y", "2025-01-20")
                        .param("date.NKO.Q3", "2024-10-05"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(documents
                        .find(own.unit.id(), YEAR, ReportKind.NKO, Period.Q3)
                        .date())
                .isEqualTo(LocalDate.of(2024, 10, 5));
        assertThat(reports.lakin(own.code(), YEAR).xhtml()).contains("Atambua, 20 Januari 2025");
    }

    @Test
    void theApiWritesAllOrNothing() throws Exception {
        OwnUnit own = create("la");
        String admin = tokens.create(me(own.user("admin")), "test", null, ZoneId.of("Asia/Makassar"))
                .secret();
        String viewer = tokens.create(me(own.user("viewer")), "test", null, ZoneId.of("Asia/Makassar"))
                .secret();
        String base = "/api/v1/units/" + own.code();
        MockHttpServletResponse r = call(
                put(base + "/planning-references?year=2024")
                        .content("{\"references\":[{\"indicator\":\"01a-CP\",\"renstraTarget\":100},"
                                + "{\"indicator\":\"99z-X\",\"renstraTarget\":100}]}"),
                admin);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("99z-X");
        assertThat(planning.of(own.unit.id(), YEAR)).isEmpty();
        r = call(
                put(base + "/planning-references?year=2024")
                        .content(
                                "{\"references\":[{\"indicator\":\"01a-CP\",\"renstraTarget\":100,\"nationalStandard\":100.46}]}"),
                admin);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("100.46");
        r = call(
                put(base + "/indicator-history")
                        .content(
                                "{\"entries\":[{\"indicator\":\"02a-CP\",\"year\":2023,\"realization\":97.5,\"index\":97.5}]}"),
                admin);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(history.of(own.unit.id(), "02a-CP")).hasSize(1);
        r = call(get(base + "/indicator-history?iku=02a-CP"), viewer);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"year\":2023");
        r = call(
                put(base + "/document-settings?year=2024")
                        .content("{\"documents\":[{\"document\":\"LAKIN\",\"period\":\"Y\",\"place\":\"Atambua\"}]}"),
                viewer);
        assertThat(r.getStatus()).isEqualTo(403);
        r = call(
                put(base + "/document-settings?year=2024")
                        .content("{\"documents\":[{\"document\":\"LAKIN\",\"period\":\"Y\",\"place\":\"Atambua\","
                                + "\"date\":\"2025-01-20\"}]}"),
                admin);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"printedPlace\":\"Atambua\"");
        r = call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                        base + "/indicator-history/02a-CP/2023"),
                admin);
        assertThat(r.getStatus()).isEqualTo(204);
        assertThat(history.of(own.unit.id())).isEmpty();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(request).andReturn().getResponse();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
