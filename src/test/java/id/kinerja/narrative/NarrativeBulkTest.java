package id.kinerja.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.consistency.ConsistencyCheck;
import id.kinerja.consistency.Finding;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import id.kinerja.web.UserError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.TextUtils;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Narratives in bulk on a unit of the test's own (issue 12 item 6): the DOCX and workbook round trips (export,
 * change two sections, import: the preview shows exactly those two, applying writes two versions, audited), an
 * unknown or repeated heading refused with nothing written, a section changed on the web since the export shown as
 * a conflict, "Mulai dari narasi tahun lalu" as reviewed drafts, and the rights by the unit tree.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NarrativeBulkTest {

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
    AccountService accounts;

    @Autowired
    NarrativeService narratives;

    @Autowired
    AuditLog audit;

    @Autowired
    ConsistencyCheck check;

    OwnUnit own;

    @BeforeEach
    void ownUnit() {
        own = OwnUnit.create("nb", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    NarrativeSection section(String key) {
        return narratives.sections(own.unit.id(), YEAR).stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    void write(String key, String content) {
        int base = narratives
                .latest(own.unit.id(), YEAR, key)
                .map(NarrativeVersion::version)
                .orElse(0);
        narratives.save(own.unit.id(), YEAR, section(key), content, base, own.user("admin"));
    }

    /** Three written sections with what the editor writes: bold, italic, nested lists, a table, placeholders. */
    void writeThree() {
        write(
                "kata-pengantar",
                "<p>Puji syukur, <strong>{{unit.nama}}</strong> menyusun LAKIN tahun {{tahun}} &amp; "
                        + "<em>melaporkan</em> NKO {{nko.Y}}.</p><p>Baris satu<br />baris dua</p>");
        write(
                "bab1.latar-belakang",
                "<p>Latar belakang.</p><ul><li>satu<ol><li>sub satu</li><li>sub dua</li></ol></li>"
                        + "<li>dua <strong>tebal</strong></li></ul>"
                        + "<ol><li>pertama</li><li>kedua</li></ol>");
        write(
                "bab3.realisasi-anggaran",
                "<p>Realisasi anggaran:</p><table><thead><tr><th>Jenis</th><th>Nilai</th></tr></thead>"
                        + "<tbody><tr><td>Pagu</td><td>Rp{{anggaran.pagu}}</td></tr>"
                        + "<tr><td colspan=\"2\">catatan</td></tr></tbody></table>");
    }

    byte[] export(String kind) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/units/{c}/narratives/bulk/export", own.code())
                        .with(as("viewer"))
                        .param("year", String.valueOf(YEAR))
                        .param("kind", kind))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Content-Disposition")).contains("narasi-" + own.code() + "-" + YEAR + "." + kind);
        return r.getContentAsByteArray();
    }

    MockHttpServletResponse upload(String role, String name, byte[] bytes, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/units/{c}/narratives/bulk/import", own.code())
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("year", String.valueOf(YEAR))
                        .session(session)
                        .with(as(role))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    static Document page(MockHttpServletResponse r) throws Exception {
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    }

    static List<String> changedKeys(Document page) {
        return page.select("table.narrative-changes tr[data-key]").eachAttr("data-key");
    }

    MockHttpServletResponse apply(Document preview, MockHttpSession session) throws Exception {
        String action = preview.select("form[action*=/apply]").attr("action");
        assertThat(action).as("the apply form").isNotEmpty();
        return mvc.perform(post(action).session(session).with(as("admin")).with(csrf()))
                .andReturn()
                .getResponse();
    }

    Map<String, NarrativeVersion> latest() {
        return narratives.latestAll(own.unit.id(), YEAR);
    }

    // ------------------------------------------------------------------ DOCX

    /** The body's paragraphs after a heading {@code [key] ...} up to the next one are replaced by one with this text. */
    static void setSection(WordprocessingMLPackage docx, String key, String text) {
        List<Object> body = docx.getMainDocumentPart().getContent();
        int at = -1;
        for (int i = 0; i < body.size(); i++) {
            if (XmlUtils.unwrap(body.get(i)) instanceof P p
                    && TextUtils.getText(p).startsWith("[" + key + "]")) {
                at = i;
            }
        }
        assertThat(at).as("heading of " + key).isNotNegative();
        while (at + 1 < body.size()
                && !(XmlUtils.unwrap(body.get(at + 1)) instanceof P p
                        && TextUtils.getText(p).startsWith("["))
                && !(XmlUtils.unwrap(body.get(at + 1)) instanceof org.docx4j.wml.SectPr)) {
            body.remove(at + 1);
        }
        body.add(at + 1, paragraph(text, null));
    }

    static P paragraph(String text, String style) {
        ObjectFactory f = Context.getWmlObjectFactory();
        P p = f.createP();
        if (style != null) {
            PPr ppr = f.createPPr();
            PPrBase.PStyle s = f.createPPrBasePStyle();
            s.setVal(style);
            ppr.setPStyle(s);
            p.setPPr(ppr);
        }
        R r = f.createR();
        Text t = f.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(t);
        p.getContent().add(r);
        return p;
    }

    static byte[] save(WordprocessingMLPackage docx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docx.save(out);
        return out.toByteArray();
    }

    @Test
    void theDocxRoundTripShowsExactlyTheTwoChangedSectionsAndWritesTwoVersions() throws Exception {
        writeThree();
        byte[] exported = export("docx");
        WordprocessingMLPackage docx = WordprocessingMLPackage.load(new ByteArrayInputStream(exported));
        String all = TextUtils.getText(docx.getMainDocumentPart().getJaxbElement());
        // every section under its heading, in order, the empty ones too; placeholders as typed
        assertThat(all).contains("[kata-pengantar] Kata Pengantar", "[bab1.sistematika] Sistematika Laporan");
        assertThat(all.indexOf("[bab1.latar-belakang]")).isLessThan(all.indexOf("[bab4.penutup]"));
        assertThat(all).contains("{{unit.nama}}", "{{nko.Y}}");

        // the file as downloaded changes nothing: bold, italic, lists, the table and line breaks come back the same
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse same = upload("admin", "narasi.docx", exported, session);
        assertThat(same.getStatus()).isEqualTo(200);
        assertThat(changedKeys(page(same))).isEmpty();

        setSection(docx, "bab1.latar-belakang", "Latar belakang baru tahun {{tahun}}.");
        setSection(docx, "bab1.sistematika", "Sistematika ditulis di Word.");
        MockHttpServletResponse preview = upload("admin", "narasi.docx", save(docx), session);
        assertThat(preview.getStatus()).isEqualTo(200);
        Document p = page(preview);
        assertThat(changedKeys(p)).containsExactly("bab1.latar-belakang", "bab1.sistematika");
        assertThat(p.select("tr[data-key=bab1.latar-belakang] del").text()).contains("Latar belakang.");
        assertThat(p.select("tr[data-key=bab1.latar-belakang] ins").text())
                .isEqualTo("Latar belakang baru tahun {{tahun}}.");
        assertThat(latest().get("bab1.latar-belakang").version())
                .as("nothing written by the preview")
                .isEqualTo(1);

        MockHttpServletResponse applied = apply(p, session);
        assertThat(applied.getStatus()).isEqualTo(302);
        Map<String, NarrativeVersion> after = latest();
        assertThat(after.get("bab1.latar-belakang").version()).isEqualTo(2);
        assertThat(after.get("bab1.latar-belakang").content()).isEqualTo("<p>Latar belakang baru tahun {{tahun}}.</p>");
        assertThat(after.get("bab1.sistematika").version()).isEqualTo(1);
        assertThat(after.get("kata-pengantar").version()).isEqualTo(1);
        assertThat(after.get("bab3.realisasi-anggaran").version()).isEqualTo(1);
        List<AuditEvent> events = audit.find(own.unit.id(), "narrative", YEAR + "/").stream()
                .filter(e -> e.kind() == AuditAction.IMPORT_NARRATIVE)
                .toList();
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.reason()).contains("narasi.docx"));

        // the same confirmation again: the plan is gone, nothing written twice
        assertThat(apply(p, session).getStatus()).isEqualTo(409);
        assertThat(latest().get("bab1.latar-belakang").version()).isEqualTo(2);
    }

    @Test
    void anUnknownOrRepeatedHeadingRefusesTheFileNamingTheHeadingAndWritesNothing() throws Exception {
        writeThree();
        WordprocessingMLPackage docx = WordprocessingMLPackage.load(new ByteArrayInputStream(export("docx")));
        setSection(docx, "bab1.latar-belakang", "Teks baru yang tidak boleh tersimpan.");
        List<Object> body = docx.getMainDocumentPart().getContent();
        body.add(body.size() - 1, paragraph("[bab9.tidak-ada] Bagian karangan", "Heading2"));
        body.add(body.size() - 1, paragraph("isi", null));
        body.add(body.size() - 1, paragraph("[kata-pengantar] Kata Pengantar lagi", "Heading2"));
        body.add(body.size() - 1, paragraph("isi kedua", null));
        MockHttpServletResponse r = upload("admin", "narasi.docx", save(docx), new MockHttpSession());
        assertThat(r.getStatus()).isEqualTo(422);
        List<String> problems = page(r).select("ul.problems li").eachText();
        assertThat(problems)
                .anySatisfy(t -> assertThat(t).contains("[bab9.tidak-ada] Bagian karangan", "bab9.tidak-ada"))
                .anySatisfy(t -> assertThat(t).contains("[kata-pengantar] Kata Pengantar lagi", "sudah muncul"));
        assertThat(page(r).select("form[action*=/apply]")).isEmpty();
        assertThat(latest().get("bab1.latar-belakang").version()).isEqualTo(1);
        assertThat(latest()).hasSize(3);
    }

    @Test
    void aSectionSavedOnTheWebSinceTheExportIsAConflictAndNothingCanBeApplied() throws Exception {
        writeThree();
        WordprocessingMLPackage docx = WordprocessingMLPackage.load(new ByteArrayInputStream(export("docx")));
        write("bab1.latar-belakang", "<p>Diubah di web setelah ekspor.</p>");
        setSection(docx, "bab1.latar-belakang", "Diubah di Word.");
        setSection(docx, "bab4.penutup", "Penutup baru.");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse r = upload("admin", "narasi.docx", save(docx), session);
        Document p = page(r);
        assertThat(changedKeys(p)).containsExactly("bab1.latar-belakang", "bab4.penutup");
        assertThat(p.select("tr[data-key=bab1.latar-belakang] .alert.error").text())
                .contains("Konflik", "versi 1", "versi 2", own.user("admin"));
        assertThat(p.select("form[action*=/apply]")).isEmpty();

        // the service refuses the same plan too: all or nothing, the penutup is not written either
        List<NarrativeService.Incoming> incoming = List.of(
                new NarrativeService.Incoming("bab1.latar-belakang", "Diubah di Word.", 1, "uji"),
                new NarrativeService.Incoming("bab4.penutup", "Penutup baru.", 0, "uji"));
        NarrativeImport plan = narratives.planImport(own.unit.id(), YEAR, "uji.docx", incoming, s -> true);
        assertThat(plan.conflicts()).isEqualTo(1);
        assertThatThrownBy(() -> narratives.applyImport(plan, own.user("admin")))
                .isInstanceOf(UserError.class);
        assertThat(latest()).doesNotContainKey("bab4.penutup");
    }

    @Test
    void aConflictArisingBetweenPreviewAndApplyRollsBackEverySection() {
        writeThree();
        List<NarrativeService.Incoming> incoming = List.of(
                new NarrativeService.Incoming("bab1.sistematika", "Sistematika baru.", 0, "uji"),
                new NarrativeService.Incoming("bab1.latar-belakang", "Latar belakang baru.", 1, "uji"));
        NarrativeImport plan = narratives.planImport(own.unit.id(), YEAR, "uji.xlsx", incoming, s -> true);
        assertThat(plan.applicable()).isTrue();
        write("bab1.latar-belakang", "<p>Disimpan di web di antara pratinjau dan penerapan.</p>");
        assertThatThrownBy(() -> narratives.applyImport(plan, own.user("admin")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("narrative.import.refusedSection");
        assertThat(latest()).doesNotContainKey("bab1.sistematika");
    }

    // ------------------------------------------------------------------ workbook

    @Test
    void theWorkbookRoundTripShowsExactlyTheTwoChangedRowsAndWritesTwoVersions() throws Exception {
        writeThree();
        write("bab2.rencana-strategis", "<p>Renstra satu &amp; dua.</p><p>Baris<br />berikut</p>");
        byte[] exported = export("xlsx");
        MockHttpSession session = new MockHttpSession();
        assertThat(changedKeys(page(upload("admin", "narasi.xlsx", exported, session))))
                .isEmpty();
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported));
        XSSFSheet sheet = wb.getSheet("Narasi");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kunci");
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            keys.add(sheet.getRow(i).getCell(0).getStringCellValue());
        }
        assertThat(keys)
                .isEqualTo(narratives.sections(own.unit.id(), YEAR).stream()
                        .map(NarrativeSection::key)
                        .toList());
        int penutup = keys.indexOf("bab4.penutup") + 1;
        int pengantar = keys.indexOf("kata-pengantar") + 1;
        // a text of paragraphs only is plain text in its cell, a formatted one its XHTML
        assertThat(sheet.getRow(keys.indexOf("bab2.rencana-strategis") + 1)
                        .getCell(3)
                        .getStringCellValue())
                .isEqualTo("Renstra satu & dua.\n\nBaris\nberikut");
        assertThat(sheet.getRow(pengantar).getCell(3).getStringCellValue()).startsWith("<p>Puji syukur");
        sheet.getRow(penutup).createCell(3).setCellValue("Penutup dari Excel.\n\nParagraf kedua {{predikat.Y}}.");
        sheet.getRow(pengantar).getCell(3).setCellValue("<p>Pengantar <b>baru</b> <script>alert(1)</script></p>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        Document p = page(upload("admin", "narasi.xlsx", out.toByteArray(), session));
        assertThat(changedKeys(p)).containsExactly("kata-pengantar", "bab4.penutup");
        apply(p, session);
        Map<String, NarrativeVersion> after = latest();
        // sanitised as the editor does: the script gone, b as strong, the placeholder kept
        assertThat(after.get("kata-pengantar").version()).isEqualTo(2);
        assertThat(after.get("kata-pengantar").content()).isEqualTo("<p>Pengantar <strong>baru</strong> </p>");
        assertThat(after.get("bab4.penutup").content())
                .isEqualTo("<p>Penutup dari Excel.</p><p>Paragraf kedua {{predikat.Y}}.</p>");
        assertThat(after.get("bab1.latar-belakang").version()).isEqualTo(1);
    }

    @Test
    void aRowWithAnUnknownKeyIsRefusedNamingItsRow() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")));
        XSSFSheet sheet = wb.getSheet("Narasi");
        var row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue("iku.99z-X.analisis");
        row.createCell(3).setCellValue("teks");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        MockHttpServletResponse r = upload("admin", "narasi.xlsx", out.toByteArray(), new MockHttpSession());
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(page(r).select("ul.problems li").text())
                .contains("lembar Narasi baris " + (sheet.getLastRowNum() + 1), "iku.99z-X.analisis");
        assertThat(latest()).isEmpty();
    }

    // ------------------------------------------------------------------ carry over

    @Test
    void startingFromLastYearCopiesEveryWrittenSectionAsADraftWhereThisYearsIsEmpty() throws Exception {
        long id = own.unit.id();
        narratives.append(id, YEAR - 1, "kata-pengantar", "<p>Pengantar tahun lalu {{tahun}}.</p>", "lama");
        narratives.append(id, YEAR - 1, "kata-pengantar", "<p>Pengantar tahun lalu, versi 2.</p>", "lama");
        narratives.append(id, YEAR - 1, "bab1.latar-belakang", "<p>Latar lama.</p>", "lama");
        narratives.append(id, YEAR - 1, "iku.01a-CP.analisis", "<p>Analisis lama.</p>", "lama");
        narratives.append(id, YEAR - 1, "iku.99z-X.analisis", "<p>IKU yang tidak ada lagi.</p>", "lama");
        write("bab1.latar-belakang", "<p>Latar tahun ini.</p>");

        mvc.perform(post("/units/{c}/narratives/bulk/carry-over", own.code())
                        .param("year", String.valueOf(YEAR))
                        .with(as("admin"))
                        .with(csrf()))
                .andReturn();
        Map<String, NarrativeVersion> after = latest();
        assertThat(after.get("kata-pengantar").content()).isEqualTo("<p>Pengantar tahun lalu, versi 2.</p>");
        assertThat(after.get("kata-pengantar").carriedFrom()).isEqualTo(YEAR - 1);
        assertThat(after.get("iku.01a-CP.analisis").carriedOver()).isTrue();
        assertThat(after.get("bab1.latar-belakang").content()).isEqualTo("<p>Latar tahun ini.</p>");
        assertThat(after.get("bab1.latar-belakang").carriedOver()).isFalse();
        assertThat(after).doesNotContainKey("iku.99z-X.analisis");
        assertThat(audit.find(id, "narrative", YEAR + "/").stream()
                        .filter(e -> e.kind() == AuditAction.CARRY_OVER)
                        .count())
                .isEqualTo(2);

        // the list and the editor say they need review, and so does the consistency check
        Document list = Jsoup.parse(mvc.perform(get("/units/{c}/narratives", own.code())
                        .param("year", String.valueOf(YEAR))
                        .with(as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select(".badge.YELLOW").eachText()).contains("draf dari " + (YEAR - 1));
        assertThat(list.select(".alert.warn").text()).contains("2 bagian masih berupa draf");
        String editor = mvc.perform(get("/units/{c}/narratives/kata-pengantar", own.code())
                        .param("year", String.valueOf(YEAR))
                        .with(as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(editor).select(".alert.warn").text())
                .contains("disalin dari narasi tahun " + (YEAR - 1));
        List<Finding> drafts = check.check(own.code(), YEAR).findings().stream()
                .filter(f -> f.check().equals("narrative-draft"))
                .toList();
        assertThat(drafts).hasSize(2);

        // saving the section after review makes it an ordinary version again
        write("kata-pengantar", "<p>Pengantar tahun ini setelah ditinjau.</p>");
        assertThat(latest().get("kata-pengantar").carriedOver()).isFalse();
        assertThat(check.check(own.code(), YEAR).findings().stream()
                        .filter(f -> f.check().equals("narrative-draft"))
                        .count())
                .isEqualTo(1);

        // once more: nothing left to copy (every section of last year is written this year), nothing changes
        NarrativeService.CarriedOver again = narratives.carryOver(id, YEAR, own.user("admin"));
        assertThat(again.copied()).isEmpty();
        assertThat(again.notThisYear()).containsExactly("iku.99z-X.analisis");
    }

    @Test
    void withoutNarrativesLastYearNothingIsCopiedAndThePageSaysSo() throws Exception {
        var r = mvc.perform(post("/units/{c}/narratives/bulk/carry-over", own.code())
                        .param("year", String.valueOf(YEAR))
                        .with(as("admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(r.getFlashMap().get("bulkError"))
                .isEqualTo("Tidak ada narasi tahun " + (YEAR - 1) + " yang dapat disalin.");
        assertThat(latest()).isEmpty();
    }

    // ------------------------------------------------------------------ rights

    @Test
    void anotherKanwilsOfficeAndTheSiblingOfficeAreRefused() throws Exception {
        OwnUnit other = OwnUnit.create("nbx", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        RequestPostProcessor stranger = user(users.loadUserByUsername(other.user("admin")));
        assertThat(mvc.perform(get("/units/{c}/narratives/bulk/export", own.code())
                                .param("year", String.valueOf(YEAR))
                                .with(stranger))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        byte[] file = export("docx");
        for (RequestPostProcessor who :
                List.of(stranger, user(users.loadUserByUsername(own.user("sibling"))), as("pic"))) {
            int status = mvc.perform(multipart("/units/{c}/narratives/bulk/import", own.code())
                            .file(new MockMultipartFile("file", "narasi.docx", "application/octet-stream", file))
                            .param("year", String.valueOf(YEAR))
                            .with(who)
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(403);
            status = mvc.perform(post("/units/{c}/narratives/bulk/carry-over", own.code())
                            .param("year", String.valueOf(YEAR))
                            .with(who)
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(403);
        }
        // the page offers the downloads to every reader, the upload and the carry-over to whoever may use them
        for (String role : List.of("admin", "head", "viewer", "pic")) {
            Document list = Jsoup.parse(mvc.perform(get("/units/{c}/narratives", own.code())
                            .param("year", String.valueOf(YEAR))
                            .with(as(role)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(list.select("a[href*=bulk/export]").eachText())
                    .as(role)
                    .containsExactly("Unduh .docx", "Unduh .xlsx");
            boolean writes = role.equals("admin") || role.equals("head");
            assertThat(list.select("form[action*=bulk/import] input[type=file]").size())
                    .as(role)
                    .isEqualTo(writes ? 1 : 0);
            assertThat(list.select("form[action*=bulk/carry-over] button").eachText())
                    .as(role)
                    .isEqualTo(writes ? List.of("Mulai dari narasi tahun " + (YEAR - 1)) : List.of());
        }
        // the Kanwil's reviewer above may read and download, not write
        assertThat(export("xlsx")).isNotEmpty();
        CurrentUser reviewer = (CurrentUser) users.loadUserByUsername(own.user("reviewer"));
        assertThat(NarrativeService.mayEdit(reviewer, own.unit, section("kata-pengantar")))
                .isFalse();
        assertThat(latest()).isEmpty();
    }

    @Test
    void aFileOfAnotherUnitIsRefused() throws Exception {
        OwnUnit other = OwnUnit.create("nby", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        byte[] theirs = mvc.perform(get("/units/{c}/narratives/bulk/export", other.code())
                        .param("year", String.valueOf(YEAR))
                        .param("kind", "docx")
                        .with(user(users.loadUserByUsername(other.user("admin")))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        MockHttpServletResponse r = upload("admin", "narasi.docx", theirs, new MockHttpSession());
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(page(r).select("ul.problems li").text()).contains(other.code(), own.code());
    }
}
