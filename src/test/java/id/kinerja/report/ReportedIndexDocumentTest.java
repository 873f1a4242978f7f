package id.kinerja.report;

import static id.kinerja.web.Html.row;
import static id.kinerja.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.realization.internal.ReportedIndexRepository;
import id.kinerja.testsupport.OwnUnit;
import id.kinerja.testsupport.ReportedIndexes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A reported index stored by an import (the workbook's "Indeks dilaporkan") that the engine contradicts is named in
 * the NKO report (a mark on the IKU's row and a sentence under the sheet) and in the LAKIN's NKO sheet (Lampiran 2);
 * nothing is printed for one within the tolerance, of another period, or when none is stored. A unit of the test's
 * own, with Kupang's 2024 agreement and approved realizations (so the engine's indexes are Kupang's). The NKO
 * report's PDF is kept under {@code target/reports/} to look at.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportedIndexDocumentTest {

    static final String NOTE_09C =
            "Indeks dilaporkan kantor untuk 09c-N (105,67) berbeda dari indeks yang dihitung (105,61).";

    @Autowired
    ReportService reports;

    @Autowired
    ReportRenderer renderer;

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
    ReportedIndexRepository reportedIndexes;

    OwnUnit own;

    @BeforeAll
    void unitWithReportedIndexes() {
        own = OwnUnit.create("rd", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        ReportedIndexes.storeFor(own, reportedIndexes);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNkoReportMarksTheRowAndNamesTheIkuUnderTheSheet() throws Exception {
        ReportDocument d = reports.nko(own.code(), 2024, Period.Y);
        assertThat(row(d.xhtml(), ">09c-N<")).contains("105,61").contains("⚠ dilaporkan 105,67");
        assertThat(row(d.xhtml(), ">01a-CP<")).doesNotContain("dilaporkan");
        assertThat(text(d.xhtml()))
                .contains(NOTE_09C)
                .doesNotContain("untuk 01a-CP")
                .doesNotContain("untuk 07b-CP");
        byte[] bytes = renderer.render(d, ReportFormat.PDF);
        Files.createDirectories(ReportDocumentTest.OUT);
        Files.write(ReportDocumentTest.OUT.resolve(d.fileName(ReportFormat.PDF)), bytes);
        String pdf = pdfText(bytes);
        assertThat(pdf).contains(NOTE_09C).contains("dilaporkan 105,67");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.render(d, ReportFormat.DOCX)));
                XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            assertThat(words.getText().replaceAll("\\s+", " "))
                    .contains(NOTE_09C)
                    .contains("dilaporkan 105,67");
        }
    }

    @Test
    void aPeriodTheEngineDoesNotScoreIsNamedToo() {
        String xhtml = reports.nko(own.code(), 2024, Period.Q3).xhtml();
        assertThat(row(xhtml, ">07b-CP<")).contains("⚠ dilaporkan 110,00");
        assertThat(text(xhtml))
                .contains("Indeks dilaporkan kantor untuk 07b-CP (110,00) tidak dapat dibandingkan: "
                        + "IKU ini tidak dinilai pada periode ini.")
                .doesNotContain("untuk 09c-N");
    }

    @Test
    void theLakinsNkoSheetNamesIt() {
        String xhtml = reports.lakin(own.code(), 2024).xhtml();
        String annex = xhtml.substring(xhtml.indexOf("id=\"lampiran2\""));
        assertThat(row(annex, ">09c-N<")).contains("⚠ dilaporkan 105,67");
        assertThat(text(annex))
                .contains(NOTE_09C)
                .doesNotContain("untuk 01a-CP")
                .doesNotContain("untuk 07b-CP");
    }

    @Test
    void withoutAReportedIndexNothingIsPrinted() {
        for (String xhtml : List.of(
                reports.nko("KPP-KUPANG", 2024, Period.Y).xhtml(),
                reports.lakin("KPP-KUPANG", 2024).xhtml())) {
            assertThat(xhtml)
                    .contains(">09c-N<")
                    .doesNotContain("dilaporkan 1")
                    .doesNotContain("Indeks dilaporkan kantor")
                    .doesNotContain("class=\"reported-index\"");
        }
    }
}
