package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.report.PdfGeometry.Box;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.Formats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The layout of the Kupang 2024 documents as a reader sees it: amounts never split across lines (PDF and DOCX);
 * column headers and DIPA codes fit their columns (PDFBox: the glyphs of a word lie inside the header cell of
 * their column); table headers repeat on every page a table continues on (PDF and DOCX); the executive summary
 * states the NKO sheet's colours and shortfalls and the revenue and DIPA totals. The files are kept under
 * {@code target/reports/} to look at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentLayoutTest {

    static final Path OUT = Path.of("target", "reports");
    /** The header cells' background (fragments.html: th). */
    static final int HEADER_BLUE = 0x1f3864;
    /** A DIPA code with at least its activity: WA.4707, WA.4707.EBB, WA.4707.EBB.002. */
    static final Pattern DIPA_CODE = Pattern.compile("[A-Z]{2}\\.\\d{4}(?:\\.[A-Z]{3}(?:\\.\\d{3})?)?");

    /** Made once for all tests of the class: a LAKIN takes seconds. */
    private static ReportDocument lakin;

    private static byte[] lakinPdf;
    private static byte[] lakinDocx;
    private static byte[] nkoPdf;
    private static byte[] pkPdf;

    @Autowired
    ReportService reports;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    BudgetService budget;

    @Autowired
    Units units;

    @Autowired
    RevenueService revenue;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    Formats formats;

    @BeforeEach
    void documents() throws IOException {
        if (lakin != null) {
            return;
        }
        lakin = reports.lakin("KPP-KUPANG", 2024);
        lakinPdf = renderer.render(lakin, ReportFormat.PDF);
        lakinDocx = renderer.render(lakin, ReportFormat.DOCX);
        nkoPdf = renderer.render(reports.nko("KPP-KUPANG", 2024, Period.Y), ReportFormat.PDF);
        pkPdf = renderer.render(reports.pk("KPP-KUPANG", 2024), ReportFormat.PDF);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("layout-LAKIN-KPP-KUPANG-2024.pdf"), lakinPdf);
        Files.write(OUT.resolve("layout-LAKIN-KPP-KUPANG-2024.docx"), lakinDocx);
        Files.write(OUT.resolve("layout-NKO-KPP-KUPANG-2024-Y.pdf"), nkoPdf);
        Files.write(OUT.resolve("layout-PK-KPP-KUPANG-2024.pdf"), pkPdf);
    }

    /** The last word of a line that ends inside a number: "Rp1." or "1.234," (a thousands dot or decimal comma). */
    private static final Pattern CUT_NUMBER =
            Pattern.compile("(?:^|\\s|\\()(?:Rp\\.?)?[-\\u2212]?\\d{1,3}(?:\\.\\d{3})*([.,])$");

    /** The places where a line of the PDF ends inside an amount or between "Rp" or a number and the rest. */
    static List<String> splitFigures(String text) {
        List<String> lines = text.replace("\r", "")
                .replace('\f', '\n')
                .lines()
                .map(String::strip)
                .toList();
        List<String> cuts = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            Matcher cut = CUT_NUMBER.matcher(line);
            boolean split = line.matches(".*(?:^|[\\s(])Rp\\.?$")
                    || (cut.find()
                            && (cut.group(1).equals(".") ? next.matches("^\\d{3}(?!\\d).*") : next.matches("^\\d.*")))
                    || (line.matches(".*\\d$") && next.startsWith("%"));
            if (split) {
                cuts.add(line.substring(Math.max(0, line.length() - 40)) + " / "
                        + next.substring(0, Math.min(40, next.length())));
            }
        }
        return cuts;
    }

    @Test
    void theSplitCheckFindsWhatTheKupangLakinUsedToPrint() {
        assertThat(splitFigures("realisasi penerimaan pajak Rp1.\n727.817.621.290 dari target"))
                .hasSize(1);
        assertThat(splitFigures("ditetapkan sebesar Rp\n1.583.675.337.000 atau"))
                .hasSize(1);
        assertThat(splitFigures("tercapai 100,\n50% dari")).hasSize(1);
        // list numbers, a sentence ending in a number and SPT form numbers are not amounts cut in two
        assertThat(splitFigures("1.\n2.  Kedua\ntarget 85.\n4. Analisis\n(SPT 1771,\n1770, 1770S)"))
                .isEmpty();
    }

    @Test
    void noAmountSplitsAcrossLinesInTheLakinAndNkoPdf() throws IOException {
        assertThat(splitFigures(text(lakinPdf))).as("LAKIN").isEmpty();
        assertThat(splitFigures(text(nkoPdf))).as("NKO report").isEmpty();
        // the amounts typed by the office with a space after "Rp" keep it as a no-break space
        assertThat(lakin.xhtml()).contains("Rp\u00A01.583.675.337.000").doesNotContain("Rp 1.583.675.337.000");
    }

    @Test
    void theWordVersionKeepsRpAndTheAmountTogether() throws IOException {
        String xml = part(lakinDocx, "word/document.xml");
        List<String> texts = new ArrayList<>();
        Matcher t = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
        while (t.find()) {
            texts.add(t.group(1));
        }
        String all = String.join("", texts);
        // every amount after "Rp" follows it directly or after a no-break space, never an ordinary one
        assertThat(Pattern.compile("Rp\\.?[ \\t]+\\d").matcher(all).find())
                .as("'Rp' and a breakable space")
                .isFalse();
        assertThat(all).contains("Rp\u00A01.583.675.337.000").contains("Rp1.727.817.621.290");
        // a figure stays in one run: the importer made no run boundary inside it
        assertThat(texts).anyMatch(s -> s.contains("Rp\u00A01.583.675.337.000"));
    }

    @Test
    void headerWordsFitTheirColumns() throws IOException {
        try (PDDocument doc = Loader.loadPDF(lakinPdf)) {
            int sheets = fitsItsHeaderCell(doc, "ternormalisasi");
            assertThat(sheets)
                    .as("the NKO sheet in chapter III and the appendix, each on two pages")
                    .isGreaterThanOrEqualTo(2);
            assertThat(fitsItsHeaderCell(doc, "Penyerapan"))
                    .as("DIPA, kinds of spending")
                    .isGreaterThanOrEqualTo(2);
            fitsItsHeaderCell(doc, "(%)");
            fitsItsHeaderCell(doc, "Keterangan");
            fitsItsHeaderCell(doc, "Realisasi");
            // revenue by tax type; the PK appendix's targets of seven periods
            fitsItsHeaderCell(doc, "Pertumbuhan");
            fitsItsHeaderCell(doc, "Semester");
            fitsItsHeaderCell(doc, "Triwulan");
            fitsItsHeaderCell(doc, "Tahunan");
        }
        try (PDDocument doc = Loader.loadPDF(pkPdf)) {
            fitsItsHeaderCell(doc, "Semester");
            fitsItsHeaderCell(doc, "Triwulan");
            fitsItsHeaderCell(doc, "Tahunan");
        }
        try (PDDocument doc = Loader.loadPDF(nkoPdf)) {
            assertThat(fitsItsHeaderCell(doc, "ternormalisasi")).isGreaterThanOrEqualTo(1);
            fitsItsHeaderCell(doc, "Keterangan");
        }
    }

    @Test
    void dipaCodesAreWholeAndFitTheirColumn() throws IOException {
        BudgetYear y = budget.year(units.findByCode("KPP-KUPANG").orElseThrow().id(), 2024);
        List<String> expected = y.lines().stream()
                .map(BudgetYear.Line::code)
                .filter(c -> c != null && DIPA_CODE.matcher(c).matches())
                .toList();
        assertThat(expected).contains("WA.4707.EBB.002");
        List<String> printed = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(lakinPdf)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                List<Box> headers = PdfGeometry.fills(doc, p, HEADER_BLUE);
                for (PdfGeometry.Word w : PdfGeometry.words(doc, p)) {
                    if (!DIPA_CODE.matcher(w.text()).matches()) {
                        continue;
                    }
                    printed.add(w.text());
                    Box column = PdfGeometry.headerAbove(headers, w)
                            .orElseThrow(() -> new AssertionError("no header cell above " + w));
                    assertThat(w.x1())
                            .as("%s (page %d) ends inside its column %s", w, p + 1, column)
                            .isLessThanOrEqualTo(column.x1());
                }
            }
        }
        // every code of the DIPA chapter printed whole (a code cut in two would not match)
        assertThat(printed).containsAll(expected);
    }

    /** An IKU row of the NKO sheet: code, name, figures, colour. */
    private static final Pattern SHEET_ROW =
            Pattern.compile("(?m)^\\d{2}[a-z]-(?:CP|N) .*\\d+,\\d{2} (?:Hijau|Kuning|Merah)$");
    /** A row of the DIPA table: a code with its activity and three figures. */
    private static final Pattern DIPA_ROW = Pattern.compile(
            "(?m)^[A-Z]{2}\\.\\d{4}\\.[A-Z]{3}\\.\\d{3} .*\\d{1,3}(?:\\.\\d{3})+ \\d{1,3}(?:\\.\\d{3})+ \\d+,\\d{2}$");

    @Test
    void tableHeadersRepeatOnEveryPageTheTableContinuesOnInThePdf() throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(lakinPdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        int sheetPages = 0;
        int continued = 0;
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            if (SHEET_ROW.matcher(page).find()) {
                sheetPages++;
                assertThat(page)
                        .as("page %d with NKO sheet rows", p + 1)
                        .contains("Kode Perspektif / Sasaran Strategis / IKU Target Realisasi Bobot Bobot");
                if (p > 0 && SHEET_ROW.matcher(pages.get(p - 1)).find()) {
                    continued++;
                }
            }
            if (DIPA_ROW.matcher(page).find()) {
                assertThat(page)
                        .as("page %d with DIPA rows", p + 1)
                        .contains("Kode Program / Kegiatan / Output Pagu (Rp) Realisasi (Rp)");
            }
        }
        // the sheet is printed twice (chapter III.A, Lampiran 2) and each time continues on a second page
        assertThat(sheetPages).isGreaterThanOrEqualTo(4);
        assertThat(continued).isGreaterThanOrEqualTo(2);
    }

    @Test
    void tableHeadersRepeatInTheWordVersion() throws IOException {
        int long_ = 0;
        int withHeader = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(lakinDocx))) {
            for (XWPFTable table : doc.getTables()) {
                List<XWPFTableRow> rows = table.getRows();
                XWPFTableRow first = rows.getFirst();
                String text = first.getTableCells().stream()
                        .map(XWPFTableCell::getText)
                        .collect(Collectors.joining("|"));
                if (text.startsWith("Kode|Perspektif / Sasaran Strategis / IKU")
                        || text.startsWith("Kode|Program / Kegiatan")
                        || text.startsWith("Jenis pajak|")
                        || text.startsWith("Kode|IKU|")) {
                    long_++;
                    assertThat(first.isRepeatHeader())
                            .as("header row of the table '%s' repeats", text)
                            .isTrue();
                    // only the header row: a body row repeated on every page would be wrong
                    assertThat(rows.subList(1, rows.size())).noneMatch(XWPFTableRow::isRepeatHeader);
                }
                if (first.isRepeatHeader()) {
                    withHeader++;
                }
            }
        }
        assertThat(long_).as("NKO sheets, DIPA, PK budget, revenue, PK targets").isGreaterThanOrEqualTo(5);
        assertThat(withHeader).isGreaterThan(40);
        // a table without a header (the signatures, the table of contents) gets none
        assertThat(DocxRenderer.headerRows(
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><table><tbody><tr><td>a</td></tr>"
                                + "</tbody></table><table><thead><tr><th>h</th></tr></thead><tbody><tr><td><table><thead><tr><th>n</th>"
                                + "</tr></thead></table></td></tr></tbody></table></body></html>"))
                .containsExactly(0, 1);
    }

    /** An IKU row's first line on the NKO sheet, and the line with its figures ending in index and colour. */
    private static final Pattern IKU_START = Pattern.compile("^(\\d{2}[a-z]-(?:CP|N)) ");

    private static final Pattern IKU_FIGURES = Pattern.compile("(\\d+,\\d{2}) (Hijau|Kuning|Merah)$");

    @Test
    void theExecutiveSummaryAgreesWithTheNkoSheetAndTheChapters() throws IOException {
        String text = text(lakinPdf).replace("\r", "");
        // the NKO sheet of Lampiran 2: each IKU's index and colour
        String sheet = text.substring(text.lastIndexOf("Lampiran 2. Lembar Nilai Kinerja Organisasi"));
        Map<String, Integer> colours = new LinkedHashMap<>();
        List<String> below = new ArrayList<>();
        String code = null;
        for (String line : sheet.lines().toList()) {
            Matcher start = IKU_START.matcher(line);
            if (start.find()) {
                code = start.group(1);
            }
            Matcher figures = IKU_FIGURES.matcher(line);
            if (code != null && figures.find()) {
                colours.merge(figures.group(2), 1, Integer::sum);
                if (new BigDecimal(figures.group(1).replace(',', '.')).compareTo(BigDecimal.valueOf(100)) < 0) {
                    below.add(code + " " + figures.group(1) + " " + figures.group(2));
                }
                code = null;
            }
        }
        int scored = colours.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(scored).isEqualTo(ReportDocumentTest.KUPANG_IKU.size());
        assertThat(below).as("the demo has IKU below target").isNotEmpty();

        // the summary's table read line by line as printed
        String printed = text(lakinPdf, true).replace("\r", "");
        String summary = printed.substring(printed.indexOf("IKU menurut warna"), printed.indexOf("BAB I\n"));
        String flat = summary.replaceAll("\\s+", " ");
        assertThat(flat)
                .contains("IKU menurut warna " + colours.getOrDefault("Hijau", 0) + " Hijau · "
                        + colours.getOrDefault("Kuning", 0) + " Kuning · " + colours.getOrDefault("Merah", 0)
                        + " Merah ("
                        + scored + " IKU dinilai)");
        Scorecard y = scorecards.score("KPP-KUPANG", 2024, Period.Y).scorecard();
        for (String b : below) {
            String[] p = b.split(" ");
            assertThat(flat)
                    .contains(p[0] + " " + y.indicator(p[0]).name().replaceAll("\\s+", " ") + " (indeks " + p[1] + ", "
                            + p[2] + ")");
        }
        // no other IKU is said to be below target
        int from = summary.indexOf("IKU di bawah target");
        Matcher listed = Pattern.compile("(\\d{2}[a-z]-(?:CP|N)) ")
                .matcher(summary.substring(from, summary.indexOf("Penerimaan pajak", from)));
        List<String> codes = new ArrayList<>();
        while (listed.find()) {
            codes.add(listed.group(1));
        }
        assertThat(codes)
                .containsExactlyElementsOf(
                        below.stream().map(b -> b.split(" ")[0]).toList());
        assertThat(printed)
                .contains(formats.index(y.nko()) + " (predikat " + y.predicate().name() + ")");

        long unit = units.findByCode("KPP-KUPANG").orElseThrow().id();
        RevenueYear.Row revenueTotal = revenue.year(unit, 2024).total();
        assertThat(flat)
                .contains("Penerimaan pajak Rp" + formats.rupiah(revenueTotal.realization())
                        + " dari target Rp" + formats.rupiah(revenueTotal.target()) + " (capaian "
                        + formats.index(revenueTotal.achievement()) + "%)");
        BudgetYear.Total dipa = budget.year(unit, 2024).dipaTotal();
        assertThat(flat)
                .contains("Anggaran (DIPA) Rp" + formats.rupiah(dipa.realization()) + " dari pagu Rp"
                        + formats.rupiah(dipa.ceiling()) + " (penyerapan " + formats.index(dipa.absorption()) + "%)");
    }

    /**
     * Each occurrence of the word in a header cell lies inside that cell horizontally; returns how many pages have it.
     */
    private static int fitsItsHeaderCell(PDDocument doc, String word) throws IOException {
        int pages = 0;
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            List<Box> headers = PdfGeometry.fills(doc, p, HEADER_BLUE);
            boolean found = false;
            for (PdfGeometry.Word w : PdfGeometry.words(doc, p)) {
                if (!w.text().equals(word)) {
                    continue;
                }
                Box cell = headers.stream()
                        .filter(b -> b.containsBaseline(w) && b.x0() <= w.x0() + 0.5f && w.x0() < b.x1())
                        .findFirst()
                        .orElse(null);
                if (cell == null) {
                    continue; // the word in the text, not in a header cell
                }
                found = true;
                assertThat(w.x1())
                        .as("'%s' on page %d ends inside its header cell %s", word, p + 1, cell)
                        .isLessThanOrEqualTo(cell.x1() + 0.1f);
            }
            if (found) {
                pages++;
            }
        }
        assertThat(pages).as("'%s' in a header cell", word).isPositive();
        return pages;
    }

    static String text(byte[] pdf) throws IOException {
        return text(pdf, false);
    }

    /** The text of a PDF, in the order of the content stream or, {@code sorted}, line by line as it is printed. */
    static String text(byte[] pdf, boolean sorted) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sorted);
            return stripper.getText(doc);
        }
    }

    static String part(byte[] zipBytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the DOCX");
    }
}
