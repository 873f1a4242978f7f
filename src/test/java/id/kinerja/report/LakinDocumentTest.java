package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.Formats;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Kupang's 2024 LAKIN (read only), as PDF and DOCX: the figures printed are the engine's and the repositories',
 * the table of contents points at the pages where the chapters start, the Word file has headings, tables, a TOC
 * field and a footer with the page number. The files are kept under {@code target/reports/} to look at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LakinDocumentTest {

    static final Path OUT = Path.of("target", "reports");
    /** Made once for all tests of the class: a LAKIN takes seconds. */
    private static byte[] pdf;

    private static byte[] docx;
    private static List<String> pages;

    @Autowired
    ReportService reports;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    BudgetService budget;

    @Autowired
    RevenueService revenue;

    @Autowired
    Units units;

    @Autowired
    Formats formats;

    @Autowired
    id.kinerja.agreement.internal.PlanningReferenceRepository references;

    @BeforeEach
    void document() throws IOException {
        if (pdf != null) {
            return;
        }
        Files.createDirectories(OUT);
        ReportDocument d = reports.lakin("KPP-KUPANG", 2024);
        Files.writeString(OUT.resolve(d.fileName(ReportFormat.HTML)), d.xhtml());
        pdf = renderer.render(d, ReportFormat.PDF);
        Files.write(OUT.resolve(d.fileName(ReportFormat.PDF)), pdf);
        docx = renderer.render(d, ReportFormat.DOCX);
        Files.write(OUT.resolve(d.fileName(ReportFormat.DOCX)), docx);
        pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        Files.writeString(OUT.resolve(d.fileName(ReportFormat.PDF) + ".txt"), String.join("\f", pages));
    }

    private static String text() {
        return String.join("\n", pages);
    }

    @Test
    void coverChaptersIkuNkoAndPredicate() {
        assertThat(pages.getFirst())
                .contains("LAPORAN KINERJA")
                .contains("TAHUN 2024")
                .contains("KPP PRATAMA KUPANG")
                .doesNotContain("Halaman");
        String text = text();
        for (String code : ReportDocumentTest.KUPANG_IKU) {
            assertThat(text).as(code).contains("IKU " + code);
        }
        assertThat(text)
                .contains("108,38")
                .contains("Istimewa")
                .contains("KATA PENGANTAR")
                .contains("DAFTAR ISI")
                .contains("IKHTISAR EKSEKUTIF")
                .contains("BAB I")
                .contains("BAB II")
                .contains("BAB III")
                .contains("BAB IV")
                .contains("LAMPIRAN")
                .contains("PERJANJIAN KINERJA TAHUN 2024");
        // running footer with page numbers from page 2
        assertThat(pages.get(1)).contains("Halaman 2 dari " + pages.size());
    }

    @Test
    void noContradictionOrTranscriptionRemarkInTheText() {
        String text = text();
        // the IKU table prints the agreed Q4 target (as the PK appendix) and says what the index was scored against
        assertThat(text)
                .contains(
                        "** Triwulan IV: target perjanjian kinerja 85,00; indeks capaian dihitung terhadap target 100,00");
        String section = text.substring(text.indexOf("IKU 04b-N"));
        figures(section, "Target", "5,00", "5,00", "10,00", "5,00", "15,00", "85,00 **", "100,00");
        assertThat(text)
                .doesNotContain("......")
                .doesNotContain("yaitu yaitu")
                .doesNotContain("Tax Massive")
                .doesNotContain("tercetak Rp")
                .doesNotContain("tersalin dari")
                .doesNotContain("108,38%")
                .doesNotContain("Laporan Kupang 2024 juga")
                .doesNotContain("105,61%");
        // place and date of signing from the office data
        assertThat(text).contains("Kupang, " + formats.date(java.time.LocalDate.now()));
        // the PK's own annexes are parts of Lampiran 1, so "Lampiran 2" is only the NKO sheet
        assertThat(text)
                .contains("Lampiran 1.A Peta strategi")
                .contains("Lampiran 1.B")
                .contains("Lampiran 1.C");
        assertThat(text.split("Lampiran 2\\. ", -1).length - 1).isEqualTo(2); // table of contents + heading
    }

    @Test
    void tableOfContentsGivesThePagesWhereTheChaptersStart() {
        int tocPage = indexOfPageStartingWith("DAFTAR ISI");
        int tocEnd = indexOfPageStartingWith("IKHTISAR EKSEKUTIF");
        String toc = String.join("\n", pages.subList(tocPage, tocEnd));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("KATA PENGANTAR", "KATA PENGANTAR");
        entries.put("IKHTISAR EKSEKUTIF", "IKHTISAR EKSEKUTIF");
        entries.put("BAB I PENDAHULUAN", "BAB I\nPENDAHULUAN");
        entries.put("BAB II PERENCANAAN KINERJA", "BAB II\nPERENCANAAN KINERJA");
        entries.put("BAB III AKUNTABILITAS KINERJA", "BAB III\nAKUNTABILITAS KINERJA");
        entries.put("B. Realisasi Anggaran", "B. Realisasi Anggaran");
        entries.put("BAB IV PENUTUP", "BAB IV\nPENUTUP");
        entries.put("LAMPIRAN", "LAMPIRAN");
        entries.put("IKU 01a-CP Persentase realisasi penerimaan pajak", "IKU 01a-CP");
        entries.put("IKU 10a-CP", "IKU 10a-CP");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(e.getKey()) + ".*? (\\d+)\\s*$")
                    .matcher(toc);
            assertThat(m.find()).as("TOC entry %s in%n%s", e.getKey(), toc).isTrue();
            int page = Integer.parseInt(m.group(1));
            assertThat(page - 1)
                    .as(e.getKey())
                    .isBetween(1, pages.size() - 1)
                    .matches(i -> i < tocPage || i >= tocEnd, "not a page of the table of contents");
            assertThat(body(pages.get(page - 1)))
                    .as("page %d starts %s", page, e.getKey())
                    .contains(e.getValue());
        }
    }

    @Test
    void nkoSheetFiguresAreTheEngines() {
        Scorecard y = scorecards.score("KPP-KUPANG", 2024, Period.Y).scorecard();
        String appendix = String.join("\n", pages.subList(indexOfPageStartingWith("Lampiran 2."), pages.size()));
        for (IndicatorScore s : y.indicators()) {
            figures(
                    appendix,
                    s.code() + " ",
                    formats.index(s.weight()),
                    formats.index(s.normalisedWeight()),
                    formats.index(s.index()),
                    s.colour().label());
        }
        for (PerspectiveScore p : y.perspectives()) {
            figures(
                    appendix,
                    p.name(),
                    formats.index(p.weight()),
                    formats.index(p.normalisedWeight()),
                    formats.index(p.index()));
        }
        assertThat(appendix)
                .contains("Nilai Kinerja Organisasi tahunan 2024: " + formats.index(y.nko()) + " ("
                        + y.predicate().name() + ")");
    }

    @Test
    void everyIkuHasItsSevenPeriodsFromTheEngine() {
        var context = scorecards.context("KPP-KUPANG", 2024);
        Map<Period, Scorecard> all = scorecards.engine().scoreAllPeriods(context.framework(), context.inputs());
        String text = text();
        String ikuPart = text.substring(
                text.indexOf("\nIKU 01a-CP"), text.indexOf("Realisasi Penerimaan Pajak per Jenis Pajak\n"));
        for (String code : ReportDocumentTest.KUPANG_IKU) {
            int start = ikuPart.indexOf("IKU " + code);
            String section = ikuPart.substring(start);
            List<String> indexes = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (Period p : Period.values()) {
                indexes.add(formats.index(all.get(p).indicator(code).index()));
            }
            figures(section, "Indeks", indexes.toArray(String[]::new));
            assertThat(section).contains("Target Renstra / RPJMN").contains("Standar nasional");
        }
    }

    @Test
    void planningTargetsAndNationalStandardWhereTheDataHasThem() {
        var refs = references.find(units.findByCode("KPP-KUPANG").orElseThrow().id(), 2024);
        String text = text();
        // the comparison rows of the first two IKU sections (01a-CP, then 01b-CP), in document order
        int a = text.indexOf("Target Renstra / RPJMN");
        int b = text.indexOf("Target Renstra / RPJMN", a + 1);
        String first = text.substring(a, b);
        String second = text.substring(b, text.indexOf("Target Renstra / RPJMN", b + 1));
        assertThat(text.substring(0, a)).contains("01a-CP");
        assertThat(first).contains("01b-CP");
        var r = refs.get("01a-CP");
        assertThat(first)
                .contains("Renstra DJP " + formats.index(r.renstraTarget()) + " · RPJMN tidak ditetapkan")
                .contains("Standar nasional " + formats.index(r.nationalStandard()));
        // nothing recorded for 01b-CP: said plainly (the consistency check reports it as an error, a draft)
        assertThat(refs).doesNotContainKey("01b-CP");
        assertThat(second.substring(0, 120).split("belum dicatat", -1).length - 1)
                .isEqualTo(2);
    }

    @Test
    void revenueTableIsTheRevenueModules() {
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        RevenueYear y = revenue.year(kupang.id(), 2024);
        String part = text().substring(text().indexOf("Realisasi Penerimaan Pajak per Jenis Pajak\n"));
        int rows = 0;
        for (RevenueYear.Row r : y.rows()) {
            if (r.empty()) {
                continue;
            }
            String prefix = r.level() == RevenueYear.Level.TOTAL ? "Jumlah " : r.code() + " ";
            figures(
                    part,
                    prefix,
                    billions(r.target()),
                    billions(r.realizationLastYear()),
                    billions(r.realization()),
                    formats.index(r.achievement()),
                    formats.index(r.growth()),
                    formats.index(r.growthLastYear()));
            rows++;
        }
        assertThat(rows).isGreaterThan(15);
        for (RevenueYear.HistoryYear h : y.history()) {
            figures(
                    part,
                    String.valueOf(h.year()),
                    formats.rupiah(h.target()),
                    formats.rupiah(h.realization()),
                    formats.index(h.achievement()));
        }
        assertThat(part).contains("1.727.817.621.290");
    }

    private String billions(BigDecimal rupiah) {
        return formats.index(
                rupiah == null ? null : rupiah.divide(BigDecimal.valueOf(1_000_000_000L), MathContext.DECIMAL64));
    }

    @Test
    void budgetTablesAreTheBudgetModules() {
        Unit kupang = units.findByCode("KPP-KUPANG").orElseThrow();
        BudgetYear y = budget.year(kupang.id(), 2024);
        String part = text().substring(text().indexOf("B. Realisasi Anggaran\n"));
        for (BudgetYear.Line l : y.lines()) {
            // the remainder row has no code; its name wraps in the column
            figures(
                    part,
                    l.unitemised() ? "Rincian lain " : l.code() + " ",
                    formats.rupiah(l.ceiling()),
                    formats.rupiah(l.realization()),
                    formats.index(l.absorption()));
        }
        // WA.4707.EBB's only recorded output is far below it: the rest is printed as its own row
        figures(part, "WA.4707.EBB.002 ", "404.540.000", "387.162.372", "95,70");
        figures(part, "Rincian lain ", "5.925.652.000", "5.776.248.769", "97,48");
        figures(
                part,
                "Jumlah DIPA",
                formats.rupiah(y.dipaTotal().ceiling()),
                formats.rupiah(y.dipaTotal().realization()),
                formats.index(y.dipaTotal().absorption()));
        for (BudgetYear.Kind k : y.kinds()) {
            figures(
                    part,
                    k.kind() + " ",
                    formats.rupiah(k.ceiling()),
                    formats.rupiah(k.realization()),
                    formats.index(k.absorption()));
        }
        figures(
                part,
                "Jumlah",
                formats.rupiah(y.kindsTotal().ceiling()),
                formats.rupiah(y.kindsTotal().realization()),
                formats.index(y.kindsTotal().absorption()));
    }

    @Test
    void pagesRenderToImagesThatAreNotBlank() throws Exception {
        boolean ci = System.getenv("CI") != null;
        File tool = new File("/usr/bin/pdftoppm");
        Assumptions.assumeTrue(
                ci || tool.canExecute() || which("pdftoppm"),
                "pdftoppm (poppler-utils) is not installed and CI is not set: the PNG check is skipped");
        Path pdfFile = OUT.resolve("LAKIN-KPP-KUPANG-2024.pdf");
        int ikuPage = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (body(pages.get(i)).contains("IKU 01a-CP") && i >= indexOfPageStartingWith("IKHTISAR EKSEKUTIF")) {
                ikuPage = i + 1;
                break;
            }
        }
        assertThat(ikuPage).isPositive();
        for (int page : List.of(1, ikuPage)) {
            Path prefix = OUT.resolve("LAKIN-page" + page);
            Process p = new ProcessBuilder(
                            "pdftoppm",
                            "-r",
                            "50",
                            "-png",
                            "-singlefile",
                            "-f",
                            String.valueOf(page),
                            "-l",
                            String.valueOf(page),
                            pdfFile.toString(),
                            prefix.toString())
                    .redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            BufferedImage image = ImageIO.read(
                    prefix.resolveSibling(prefix.getFileName() + ".png").toFile());
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        dark++;
                    }
                }
            }
            assertThat(dark)
                    .as("non-white pixels on page %d", page)
                    .isGreaterThan(image.getWidth() * image.getHeight() / 100);
        }
    }

    @Test
    void docxHasHeadingsTablesTocFieldAndPageFooter() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p ->
                            p.getStyle() != null && p.getStyle().toLowerCase().startsWith("heading"))
                    .map(p -> p.getText().trim())
                    .toList();
            assertThat(headings)
                    .contains(
                            "KATA PENGANTAR",
                            "DAFTAR ISI",
                            "IKHTISAR EKSEKUTIF",
                            "LAMPIRAN",
                            "B. Realisasi Anggaran",
                            "IKU 01a-CP Persentase realisasi penerimaan pajak");
            assertThat(headings).anyMatch(h -> h.startsWith("BAB III"));
            assertThat(doc.getTables().size()).isGreaterThan(ReportDocumentTest.KUPANG_IKU.size() * 3);
            List<XWPFFooter> footers = doc.getFooterList();
            assertThat(footers).isNotEmpty();
            assertThat(footers.getFirst()._getHdrFtr().xmlText())
                    .contains("PAGE")
                    .contains("NUMPAGES");
            assertThat(footers.getFirst().getText()).contains("Halaman");
            assertThat(doc.getDocument().xmlText())
                    .contains(" PAGEREF iku-01a-CP \\h ")
                    .doesNotContain("@@PAGEREF")
                    .contains("<w:drawing");
        }
        String xml = part(docx, "word/document.xml");
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
        assertThat(tables).isGreaterThan(40);
        assertThat(part(docx, "word/settings.xml")).contains("updateFields");
    }

    @Test
    void unknownUnitOrYear() {
        assertThatThrownBy(() -> reports.lakin("KPP-TIDAK-ADA", 2024)).isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> reports.lakin("KPP-KUPANG", 1999)).isInstanceOf(ReportNotFoundException.class);
        assertThat(ReportKind.find("lakin")).isEqualTo(ReportKind.LAKIN);
    }

    /** A page's text without its running header and footer lines. */
    private static String body(String page) {
        return page.lines()
                .filter(l -> !l.startsWith("KPP Pratama Kupang · ") && !l.startsWith("Dibuat oleh Kinerja"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * Asserts that after {@code start} (a row's code or label) the figures follow in this order, only white space
     * between them (cells of a row whose name wraps onto several lines come out on the row's last line).
     */
    private static void figures(String text, String start, String... values) {
        StringBuilder regex =
                new StringBuilder("(?m)^").append(Pattern.quote(start)).append("[^\\n]*(?:\\n[^\\n]*){0,5}?");
        for (int i = 0; i < values.length; i++) {
            regex.append(i == 0 ? "(?<![0-9.,])" : "\\s*").append(Pattern.quote(values[i]));
        }
        regex.append("(?![0-9])");
        assertThat(Pattern.compile(regex.toString()).matcher(text).find())
                .as("row %s with %s", start, String.join(" ", values))
                .isTrue();
    }

    private static int indexOfPageStartingWith(String heading) {
        for (int i = 0; i < pages.size(); i++) {
            if (body(pages.get(i)).startsWith(heading)) {
                return i;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    /** The first line of the text that starts with the prefix. */
    private static String line(String text, String prefix) {
        return text.lines()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "'"));
    }

    private static boolean which(String tool) {
        try {
            Process p = new ProcessBuilder("which", tool).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String part(byte[] zipBytes, String name) throws IOException {
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
