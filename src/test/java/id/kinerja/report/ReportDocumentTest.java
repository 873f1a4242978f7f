package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.framework.Period;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.w3c.dom.Document;

/**
 * The NKO report and the PK document of the Kupang 2024 demo (read only), in each format from the same XHTML.
 * The files are kept under {@code target/reports/} to look at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportDocumentTest {

    static final List<String> KUPANG_IKU = List.of(
            "01a-CP", "01b-CP", "02a-CP", "02b-CP", "03a-CP", "04a-CP", "04b-N", "05a-CP", "06a-CP", "06b-N", "06c-N",
            "07a-CP", "07b-CP", "07c-N", "08a-CP", "08b-CP", "09a-N", "09b-N", "09c-N", "10a-CP");
    static final Path OUT = Path.of("target", "reports");

    @Autowired
    ReportService reports;

    @Autowired
    ReportRenderer renderer;

    @BeforeAll
    static void folder() throws IOException {
        Files.createDirectories(OUT);
    }

    private byte[] file(ReportDocument document, ReportFormat format) throws IOException {
        byte[] bytes = renderer.render(document, format);
        Files.write(OUT.resolve(document.fileName(format)), bytes);
        if (format == ReportFormat.PDF) {
            Files.writeString(OUT.resolve(document.fileName(format) + ".txt"), pdfText(bytes));
        }
        return bytes;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theXhtmlIsWellFormedXmlWithoutScript() throws Exception {
        for (ReportDocument d : List.of(reports.nko("KPP-KUPANG", 2024, Period.Y), reports.pk("KPP-KUPANG", 2024))) {
            file(d, ReportFormat.HTML);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document xml = f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(d.xhtml().getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
            assertThat(xml.getElementsByTagName("script").getLength()).isZero();
            assertThat(d.xhtml()).doesNotContain(" hx-").doesNotContain(" th:").doesNotContain("xmlns:th");
        }
    }

    @Test
    void yearlyNkoReportPdf() throws Exception {
        ReportDocument d = reports.nko("KPP-KUPANG", 2024, Period.Y);
        assertThat(d.fileName(ReportFormat.PDF)).isEqualTo("NKO-KPP-KUPANG-2024-Y.pdf");
        byte[] pdf = file(d, ReportFormat.PDF);
        String text = pdfText(pdf);
        assertThat(text)
                .contains("LAPORAN NILAI KINERJA ORGANISASI")
                .contains("KPP Pratama Kupang")
                .contains("Periode Tahunan Tahun 2024")
                .contains("108,38")
                .contains("Istimewa");
        for (String code : KUPANG_IKU) {
            assertThat(text).as(code).contains(code);
        }
        assertThat(line(text, "SS7")).contains("112,69");
        assertThat(line(text, "01a-CP")).contains("100,00 100,50 26,00 57,78 100,50 Hijau");
        // the predicate scale is marked as the assumption the framework says it is
        assertThat(text).contains("Asumsi: ambang resmi predikat NKO tahun 2024 tidak ditemukan");
        // page header and page numbers from the CSS paged media rules
        assertThat(text).contains("Halaman 1 dari");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Halaman " + doc.getNumberOfPages() + " dari " + doc.getNumberOfPages());
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 60);
            ImageIO.write(
                    page, "png", OUT.resolve("NKO-KPP-KUPANG-2024-Y-page1.png").toFile());
            long dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("non-white pixels on page 1").isGreaterThan(page.getWidth() * page.getHeight() / 50);
        }
    }

    @Test
    void thirdQuarterNkoReportPdf() throws Exception {
        String text = pdfText(file(reports.nko("KPP-KUPANG", 2024, Period.Q3), ReportFormat.PDF));
        assertThat(text).contains("Periode Triwulan III Tahun 2024").contains("96,69");
    }

    @Test
    void pkDocumentPdf() throws Exception {
        ReportDocument d = reports.pk("KPP-KUPANG", 2024);
        assertThat(d.fileName(ReportFormat.PDF)).isEqualTo("PK-KPP-KUPANG-2024.pdf");
        String text = pdfText(file(d, ReportFormat.PDF));
        assertThat(text)
                .contains("PERJANJIAN KINERJA TAHUN 2024")
                .contains("PK-13A/WPJ.31/2024")
                .contains("Rimedi Tarigan")
                .contains("Samingun")
                .contains("Kupang, 2 September 2024")
                .contains("14.588.161.000");
        for (String code : KUPANG_IKU) {
            assertThat(text).as(code).contains(code);
        }
        // the seven target columns, and the yearly targets of 01a-CP in them
        assertThat(text)
                .contains("Triwulan")
                .contains("Semester")
                .contains("s.d.")
                .doesNotContain("Smt.");
        assertThat(text.replaceAll("\\s+", " "))
                .contains(
                        "01a-CP Persentase realisasi penerimaan pajak % 26,00 16,00 41,00 41,00 73,00 73,00 100,00 100,00");
    }

    @Test
    void nkoReportDocx() throws Exception {
        byte[] bytes = file(reports.nko("KPP-KUPANG", 2024, Period.Y), ReportFormat.DOCX);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(headings(docx)).contains("LAPORAN NILAI KINERJA ORGANISASI", "Lembar NKO");
            XWPFTable sheet = docx.getTables().stream()
                    .filter(t -> t.getText().contains("01a-CP"))
                    .findFirst()
                    .orElseThrow();
            long ikuRows = sheet.getRows().stream()
                    .filter(r -> KUPANG_IKU.contains(r.getCell(0).getText().trim()))
                    .count();
            assertThat(ikuRows).isEqualTo(20);
            assertThat(docx.getTables().stream().anyMatch(t -> t.getText().contains("108,38")))
                    .isTrue();
        }
        tablesFitThePage(bytes);
    }

    @Test
    void pkDocumentDocx() throws Exception {
        byte[] bytes = file(reports.pk("KPP-KUPANG", 2024), ReportFormat.DOCX);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(headings(docx)).contains("PERJANJIAN KINERJA TAHUN 2024");
            String all =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(all).contains("PK-13A/WPJ.31/2024");
            XWPFTable targets = docx.getTables().stream()
                    .filter(t -> t.getText().contains("s.d. Triwulan III"))
                    .findFirst()
                    .orElseThrow();
            assertThat(targets.getText())
                    .contains("Triwulan I", "Semester I", "Triwulan IV", "Tahunan")
                    .doesNotContain("Smt. 1")
                    .doesNotContain("s.d. Q3");
            assertThat(targets.getRows()).hasSizeGreaterThanOrEqualTo(21);
            assertThat(docx.getTables().stream().anyMatch(t -> t.getText().contains("14.588.161.000")))
                    .isTrue();
        }
        tablesFitThePage(bytes);
    }

    @Test
    void unknownUnitYearOrAgreement() {
        assertThatThrownBy(() -> reports.nko("KPP-TIDAK-ADA", 2024, Period.Y))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> reports.pk("KPP-KUPANG", 1999)).isInstanceOf(ReportNotFoundException.class);
    }

    /** No table's columns are wider than the page's text area (page width minus the left and right margins). */
    private static void tablesFitThePage(byte[] docx) throws IOException {
        String xml;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            do {
                e = zip.getNextEntry();
            } while (e != null && !e.getName().equals("word/document.xml"));
            assertThat(e).isNotNull();
            xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher page = Pattern.compile("<w:pgSz w:w=\"(\\d+)\"").matcher(xml);
        Matcher margins = Pattern.compile("<w:pgMar [^>]*w:right=\"(\\d+)\"[^>]*w:left=\"(\\d+)\"")
                .matcher(xml);
        assertThat(page.find()).isTrue();
        assertThat(margins.find()).isTrue();
        long writable =
                Long.parseLong(page.group(1)) - Long.parseLong(margins.group(1)) - Long.parseLong(margins.group(2));
        Matcher grid =
                Pattern.compile("<w:tblGrid>(.*?)</w:tblGrid>", Pattern.DOTALL).matcher(xml);
        int tables = 0;
        while (grid.find()) {
            tables++;
            long sum = Pattern.compile("w:w=\"(\\d+)\"")
                    .matcher(grid.group(1))
                    .results()
                    .mapToLong(m -> Long.parseLong(m.group(1)))
                    .sum();
            assertThat(sum).as("table %d width", tables).isLessThanOrEqualTo(writable);
        }
        assertThat(tables).isPositive();
    }

    /** The texts of the paragraphs with a Word heading style. */
    private static List<String> headings(XWPFDocument docx) {
        return docx.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().toLowerCase().startsWith("heading"))
                .map(p -> p.getText().trim())
                .toList();
    }

    /** The first line of the PDF text that contains all the parts. */
    private static String line(String text, String... parts) {
        return text.lines()
                .filter(l -> List.of(parts).stream().allMatch(l::contains))
                .findFirst()
                .orElse("");
    }
}
