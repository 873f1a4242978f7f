package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Batch documents over KANWIL-NUSRA: started from the Kanwil page's form, followed on the progress page (htmx
 * fragment) until done, downloaded as a zip whose entries are real PDFs (PDFBox) named by office code; an office
 * without agreement is skipped with the reason; 403 for an office's account, 404 for a viewer of the Kanwil who
 * neither started the job nor belongs to the starter's unit; the same through the API with DOCX files.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBatchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportBatchService batches;

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
    id.kinerja.api.ApiTokenService tokens;

    OwnUnit own;

    @BeforeAll
    void officeWithAndWithoutAgreement() {
        // under KANWIL-NUSRA, beside KPP-KUPANG; every other test class's offices are under a Kanwil of their own
        own = OwnUnit.create(
                "KANWIL-NUSRA", "bat", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** The job's snapshot once it has finished, checked every 20 ms; fails if it has not finished in 120 s. */
    BatchJob.Snapshot waitFor(String id) {
        return await("batch " + id + " finished")
                .atMost(Duration.ofSeconds(120))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> batches.find(id).orElseThrow().snapshot(), BatchJob.Snapshot::finished);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theKanwilPageOffersTheBatchForEveryKindOfDocument() throws Exception {
        String html = mvc.perform(get("/units/KANWIL-NUSRA/kanwil?year=2024").with(as("nusra.reviewer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("action=\"/units/KANWIL-NUSRA/reports/batch\"");
        for (ReportKind k : ReportKind.values()) {
            assertThat(html).contains("<option value=\"" + k.name() + "\"");
        }
        assertThat(html).contains("<option value=\"pdf\"").contains("<option value=\"docx\"");
    }

    @Test
    void aBatchOfNkoPdfsOverKanwilNusra() throws Exception {
        MockHttpServletResponse started = mvc.perform(post("/units/KANWIL-NUSRA/reports/batch")
                        .with(as("nusra.reviewer"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "NKO")
                        .param("period", "Y")
                        .param("format", "pdf"))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).isEqualTo(302);
        String page = started.getRedirectedUrl();
        assertThat(page).startsWith("/units/KANWIL-NUSRA/reports/batch/");
        String id = page.substring(page.lastIndexOf('/') + 1);

        String first = mvc.perform(get(page).with(as("nusra.reviewer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("<progress").contains("id=\"batch-progress\"");

        BatchJob.Snapshot done = waitFor(id);
        assertThat(done.state()).isEqualTo(BatchJob.State.DONE);
        assertThat(done.processed()).isEqualTo(done.total());
        assertThat(done.results()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("KPP-KUPANG");
            assertThat(r.outcome()).isEqualTo(BatchJob.Outcome.OK);
        });
        assertThat(done.results()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo(own.sibling.code());
            assertThat(r.outcome()).isEqualTo(BatchJob.Outcome.SKIPPED);
            assertThat(r.reason()).contains("Tidak ada perjanjian kinerja");
        });

        // the polled fragment when done: the full bar, no more polling, the download link, the skipped office
        MockHttpServletResponse fragment = mvc.perform(
                        get(page).with(as("nusra.reviewer")).header("HX-Request", "true"))
                .andReturn()
                .getResponse();
        String html = fragment.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<section")
                .doesNotContain("<html")
                .doesNotContain("hx-trigger")
                .contains(done.total() + " dari " + done.total() + " kantor")
                .contains("/units/KANWIL-NUSRA/reports/batch/" + id + "/download")
                .contains(own.sibling.code())
                .contains("dilewati");

        MockHttpServletResponse zip = mvc.perform(get(page + "/download").with(as("nusra.reviewer")))
                .andReturn()
                .getResponse();
        assertThat(zip.getStatus()).isEqualTo(200);
        assertThat(zip.getContentType()).isEqualTo("application/zip");
        assertThat(zip.getHeader("Content-Disposition")).contains("NKO-KANWIL-NUSRA-2024-Y.zip");
        Map<String, byte[]> entries = unzip(zip.getContentAsByteArray());
        assertThat(entries)
                .containsKeys("KPP-KUPANG.pdf", own.code() + ".pdf")
                .doesNotContainKey(own.sibling.code() + ".pdf");
        assertThat(entries).hasSize((int) done.okCount());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
                assertThat(pdf.getNumberOfPages()).as(e.getKey()).isPositive();
                if (e.getKey().equals("KPP-KUPANG.pdf")) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("108,38");
                }
            }
        }

        // the DJP administrator may view the Kanwil but did not start this job and is of another unit
        assertThat(mvc.perform(get(page).with(as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(page + "/download").with(as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(page).with(as("kupang.admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void anOfficeAccountMayNotStartAKanwilBatch() throws Exception {
        for (String username : Set.of("kupang.admin", "kupang.head", own.user("admin"))) {
            assertThat(mvc.perform(post("/units/KANWIL-NUSRA/reports/batch")
                                    .with(as(username))
                                    .with(csrf())
                                    .param("year", "2024")
                                    .param("kind", "NKO")
                                    .param("format", "pdf"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(username)
                    .isEqualTo(403);
        }
        MockHttpServletResponse bad = mvc.perform(post("/units/KANWIL-NUSRA/reports/batch")
                        .with(as("nusra.reviewer"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("kind", "NKO")
                        .param("format", "html"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("PDF atau DOCX");
        assertThat(mvc.perform(post("/units/KPP-KUPANG/reports/batch")
                                .with(as("kupang.admin"))
                                .with(csrf())
                                .param("year", "2024")
                                .param("kind", "NKO"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("an office is no Kanwil")
                .isEqualTo(404);
    }

    @Test
    void theSameThroughTheApiAsDocx() throws Exception {
        String token = tokens.create(
                        (id.kinerja.account.CurrentUser) users.loadUserByUsername("nusra.reviewer"),
                        "batch",
                        null,
                        java.time.ZoneId.of("UTC"))
                .secret();
        MockHttpServletResponse started = mvc.perform(post("/api/v1/units/KANWIL-NUSRA/reports/batch")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2024, \"kind\": \"pk\", \"format\": \"docx\"}"))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).isEqualTo(202);
        String location = started.getHeader("Location");
        assertThat(location).startsWith("/api/v1/units/KANWIL-NUSRA/reports/batch/");
        BatchJob.Snapshot done = waitFor(location.substring(location.lastIndexOf('/') + 1));
        assertThat(done.state()).isEqualTo(BatchJob.State.DONE);
        String progress = mvc.perform(get(location).header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(progress).contains("\"state\":\"DONE\"").contains("\"processed\":" + done.total());
        MockHttpServletResponse zip = mvc.perform(
                        get(location + "/download").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(zip.getStatus()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(zip.getContentAsByteArray());
        assertThat(entries).containsKey("KPP-KUPANG.docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(entries.get("KPP-KUPANG.docx")))) {
            assertThat(docx.getTables()).isNotEmpty();
        }
        String kupangToken = tokens.create(
                        (id.kinerja.account.CurrentUser) users.loadUserByUsername("kupang.admin"),
                        "batch",
                        null,
                        java.time.ZoneId.of("UTC"))
                .secret();
        assertThat(mvc.perform(post("/api/v1/units/KANWIL-NUSRA/reports/batch")
                                .header("Authorization", "Bearer " + kupangToken)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"year\": 2024, \"kind\": \"nko\"}"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
