package id.kinerja.consistency;

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
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.report.ReportDocument;
import id.kinerja.report.ReportFormat;
import id.kinerja.report.ReportRenderer;
import id.kinerja.report.ReportService;
import id.kinerja.testsupport.OwnUnit;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A unit's year whose consistency check has errors gets a LAKIN and an NKO report marked "DRAF" on every page (PDF: the
 * top margin of each page; DOCX: the header of every section; HTML: the draft line under the title) until the head
 * accepts those errors with a reason (audited); a new error makes them drafts again. Each test works on an office of
 * its own (a copy of Kupang's agreement and approved realizations) with an error made on purpose: 04a-CP takes its
 * last quarter, so an approved Smt. 1 other than Q2 is a take-last error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraftMarkingTest {

    /** The top margin of the documents' pages (20 mm, fragments.html), where the running header and the mark are. */
    private static final float TOP_MARGIN_POINTS = 20 / 25.4f * 72;

    @Autowired
    CheckAcceptanceService acceptances;

    @Autowired
    ConsistencyCheck check;

    @Autowired
    ReportService reports;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    AuditLog audit;

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
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    OwnUnit own;

    @BeforeEach
    void unitWithATakeLastError() {
        own = OwnUnit.create("d", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        approve("04a-CP", Period.S1, "88.80"); // Q2 is 82,96
        assertThat(check.check(own.code(), 2024).findings())
                .extracting(f -> f.severity() + " " + f.check())
                .contains("ERROR take-last");
    }

    @Test
    void aReportWithAnUnresolvedErrorIsMarkedOnEveryPage() throws IOException {
        long errors = acceptances.status(own.code(), 2024).errors();
        String line = "DRAF: pemeriksaan konsistensi menemukan " + errors + " kesalahan";

        ReportDocument lakin = reports.lakin(own.code(), 2024);
        assertThat(lakin.draft()).isTrue();
        assertThat(lakin.xhtml()).contains(line);
        List<String> lakinTops = topOfEachPage(renderer.render(lakin, ReportFormat.PDF));
        assertThat(lakinTops.size()).isGreaterThan(5);
        assertThat(lakinTops).allSatisfy(top -> assertThat(top).containsOnlyOnce("DRAF"));
        assertDocxHeaderOnEverySection(renderer.render(lakin, ReportFormat.DOCX));

        ReportDocument nko = reports.nko(own.code(), 2024, Period.Y);
        assertThat(nko.draft()).isTrue();
        assertThat(nko.xhtml()).contains(line);
        byte[] nkoPdf = renderer.render(nko, ReportFormat.PDF);
        List<String> nkoTops = topOfEachPage(nkoPdf);
        assertThat(nkoTops).isNotEmpty();
        assertThat(nkoTops).allSatisfy(top -> assertThat(top).containsOnlyOnce("DRAF"));
        assertThat(allText(nkoPdf)).contains(line);
        assertDocxHeaderOnEverySection(renderer.render(nko, ReportFormat.DOCX));

        // the PK is not marked
        assertThat(reports.pk(own.code(), 2024).draft()).isFalse();
    }

    @Test
    void afterTheHeadAcceptsWithAReasonTheReportsAreNotMarkedAndTheAcceptanceIsAudited() throws Exception {
        CheckAcceptanceService.Status before = acceptances.status(own.code(), 2024);
        assertThat(before.draft()).isTrue();
        mvc.perform(get("/units/{u}/reports/check", own.code())
                        .param("year", "2024")
                        .with(head()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ditandai DRAF di setiap halaman")))
                .andExpect(content()
                        .string(containsString("name=\"fingerprint\" value=\"" + before.fingerprint() + "\"")));

        mvc.perform(post("/units/{u}/reports/check/accept", own.code())
                        .with(head())
                        .with(csrf())
                        .param("year", "2024")
                        .param("fingerprint", before.fingerprint())
                        .param("reason", "  Selisih jenis belanja sudah dikonfirmasi ke KPPN.  "))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/units/" + own.code() + "/reports/check?year=2024"));

        CheckAcceptanceService.Status after = acceptances.status(own.code(), 2024);
        assertThat(after.draft()).isFalse();
        assertThat(after.inForce().reason()).isEqualTo("Selisih jenis belanja sudah dikonfirmasi ke KPPN.");
        assertThat(after.inForce().acceptedBy()).isEqualTo(own.user("head"));
        ReportDocument nko = reports.nko(own.code(), 2024, Period.Y);
        assertThat(nko.draft()).isFalse();
        assertThat(nko.xhtml()).doesNotContain("DRAF");
        byte[] pdf = renderer.render(nko, ReportFormat.PDF);
        assertThat(topOfEachPage(pdf)).noneMatch(top -> top.contains("DRAF"));
        assertThat(allText(pdf)).doesNotContain("DRAF");
        assertThat(docxHeaders(renderer.render(nko, ReportFormat.DOCX))).noneMatch(h -> h.contains("DRAF"));
        ReportDocument lakin = reports.lakin(own.code(), 2024);
        assertThat(lakin.draft()).isFalse();
        assertThat(lakin.xhtml()).doesNotContain("DRAF");

        List<AuditEvent> events = audit.find(own.unit.id(), CheckAcceptanceService.ENTITY, "2024/");
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().kind()).isEqualTo(AuditAction.ACCEPT_CHECK_ERRORS);
        assertThat(events.getFirst().username()).isEqualTo(own.user("head"));
        assertThat(events.getFirst().reason()).isEqualTo("Selisih jenis belanja sudah dikonfirmasi ke KPPN.");
        assertThat(events.getFirst().entityKey()).isEqualTo("2024/" + before.fingerprint());

        // the page shows the acceptance in force (who, reason) and no longer offers the form
        mvc.perform(get("/units/{u}/reports/check", own.code())
                        .param("year", "2024")
                        .with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("diterima oleh Kepala " + own.tag + " (" + own.user("head") + ")")))
                .andExpect(content().string(containsString("Selisih jenis belanja sudah dikonfirmasi ke KPPN.")))
                .andExpect(content().string(not(containsString("name=\"fingerprint\""))));
    }

    @Test
    void anAcceptanceWithABlankReasonIsRefusedWithAMessage() throws Exception {
        String fingerprint = acceptances.status(own.code(), 2024).fingerprint();
        for (String blank : new String[] {"", "   \n\t "}) {
            mvc.perform(post("/units/{u}/reports/check/accept", own.code())
                            .with(head())
                            .with(csrf())
                            .param("year", "2024")
                            .param("fingerprint", fingerprint)
                            .param("reason", blank))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Tuliskan alasan menerima kesalahan ini.")));
        }
        mvc.perform(post("/units/{u}/reports/check/accept", own.code())
                        .with(head())
                        .with(csrf())
                        .param("year", "2024")
                        .param("fingerprint", fingerprint)
                        .param("reason", "x".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("paling banyak 1.000 karakter")));
        assertThat(acceptances.status(own.code(), 2024).draft()).isTrue();
        assertThat(audit.find(own.unit.id(), CheckAcceptanceService.ENTITY, "2024/"))
                .isEmpty();
    }

    @Test
    void onlyTheHeadOfTheUnitMayAccept() throws Exception {
        String fingerprint = acceptances.status(own.code(), 2024).fingerprint();
        for (String role : List.of("admin", "pic", "viewer", "sibling")) {
            mvc.perform(post("/units/{u}/reports/check/accept", own.code())
                            .with(user(users.loadUserByUsername(own.user(role))))
                            .with(csrf())
                            .param("year", "2024")
                            .param("fingerprint", fingerprint)
                            .param("reason", "alasan"))
                    .andExpect(status().isForbidden());
        }
        // a head of another office neither
        mvc.perform(post("/units/{u}/reports/check/accept", own.code())
                        .with(user(users.loadUserByUsername("kupang.head")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("fingerprint", fingerprint)
                        .param("reason", "alasan"))
                .andExpect(status().isForbidden());
        // the form is offered to the head only
        mvc.perform(get("/units/{u}/reports/check", own.code())
                        .param("year", "2024")
                        .with(user(users.loadUserByUsername(own.user("admin")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ditandai DRAF di setiap halaman")))
                .andExpect(content().string(not(containsString("name=\"fingerprint\""))));
        assertThat(acceptances.status(own.code(), 2024).draft()).isTrue();
        assertThat(audit.find(own.unit.id(), CheckAcceptanceService.ENTITY, "2024/"))
                .isEmpty();
    }

    @Test
    void aNewErrorAfterTheAcceptanceMarksTheReportsAgain() throws Exception {
        CheckAcceptanceService.Status first = acceptances.status(own.code(), 2024);
        acceptances.accept(headUser(), own.unit, 2024, first.fingerprint(), "Diterima untuk uji.");
        assertThat(reports.nko(own.code(), 2024, Period.Y).draft()).isFalse();

        approve("04a-CP", Period.SDQ3, "1.23"); // s.d. Q3 other than Q3: a second take-last error
        CheckAcceptanceService.Status now = acceptances.status(own.code(), 2024);
        assertThat(now.errors()).isEqualTo(first.errors() + 1);
        assertThat(now.draft()).isTrue();
        assertThat(now.superseded().reason()).isEqualTo("Diterima untuk uji.");
        ReportDocument nko = reports.nko(own.code(), 2024, Period.Y);
        assertThat(nko.draft()).isTrue();
        assertThat(topOfEachPage(renderer.render(nko, ReportFormat.PDF)))
                .allSatisfy(top -> assertThat(top).contains("DRAF"));
        assertThat(reports.lakin(own.code(), 2024).xhtml())
                .contains("DRAF: pemeriksaan konsistensi menemukan " + now.errors() + " kesalahan");
        mvc.perform(get("/units/{u}/reports/check", own.code())
                        .param("year", "2024")
                        .with(head()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak berlaku lagi: kesalahannya sudah berubah")))
                .andExpect(
                        content().string(containsString("name=\"fingerprint\" value=\"" + now.fingerprint() + "\"")));

        // the errors shown before the new one can no longer be accepted: the head must look again
        mvc.perform(post("/units/{u}/reports/check/accept", own.code())
                        .with(head())
                        .with(csrf())
                        .param("year", "2024")
                        .param("fingerprint", first.fingerprint())
                        .param("reason", "alasan"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah berubah sejak halaman ini dibuka")));
        assertThat(acceptances.status(own.code(), 2024).draft()).isTrue();

        // fixing the new error brings the accepted set back: no longer a draft
        approve(
                "04a-CP",
                Period.SDQ3,
                realizations.findByUnitAndYear(own.unit.id(), 2024).stream()
                        .filter(r -> r.indicatorCode().equals("04a-CP") && r.period() == Period.Q3)
                        .findFirst()
                        .orElseThrow()
                        .value()
                        .toPlainString());
        assertThat(acceptances.status(own.code(), 2024).draft()).isFalse();
    }

    private void approve(String code, Period period, String value) {
        realizations.save(
                own.unit.id(),
                2024,
                new Realization(
                        code,
                        period,
                        new BigDecimal(value),
                        Map.of(),
                        null,
                        "test",
                        RealizationStatus.APPROVED,
                        "test",
                        null));
    }

    private id.kinerja.account.CurrentUser headUser() {
        return (id.kinerja.account.CurrentUser) users.loadUserByUsername(own.user("head"));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor head() {
        return user(users.loadUserByUsername(own.user("head")));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
        return user(users.loadUserByUsername(own.user("viewer")));
    }

    /** The text in the top margin of each page of a PDF. */
    static List<String> topOfEachPage(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion("top", new Rectangle2D.Float(0, 0, box.getWidth(), TOP_MARGIN_POINTS));
                stripper.extractRegions(page);
                out.add(stripper.getTextForRegion("top"));
            }
        }
        return out;
    }

    private static String allText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private static List<String> docxHeaders(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getHeaderList().stream().map(XWPFHeader::getText).toList();
        }
    }

    /** A header saying DRAF, referenced by every section of the document. */
    private static void assertDocxHeaderOnEverySection(byte[] docx) throws IOException {
        assertThat(docxHeaders(docx)).anyMatch(h -> h.contains("DRAF"));
        String xml = part(docx, "word/document.xml");
        long sections = Pattern.compile("<w:sectPr[ >]").matcher(xml).results().count();
        long headers = Pattern.compile("<w:headerReference [^>]*w:type=\"default\"")
                .matcher(xml)
                .results()
                .count();
        assertThat(sections).isPositive();
        assertThat(headers).isEqualTo(sections);
    }

    private static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no part " + name);
    }
}
