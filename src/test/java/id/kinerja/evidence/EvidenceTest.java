package id.kinerja.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Evidence upload and download through the web layer, on a unit of the test's own. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = exe();

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
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("e", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    ResultActions upload(String role, String iku, String period, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/units/{u}/iku/{i}/evidence", own.code(), iku)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("year", "2024")
                .param("period", period)
                .param("kind", "REPORT")
                .with(as(role))
                .with(csrf()));
    }

    long count(String iku) {
        return jdbc.sql("select count(*) from evidence where unit_id = ? and indicator_code = ?")
                .params(own.unit.id(), iku)
                .query(Long.class)
                .single();
    }

    long idOf(String filename) {
        return jdbc.sql("select id from evidence where unit_id = ? and filename = ?")
                .params(own.unit.id(), filename)
                .query(Long.class)
                .single();
    }

    static byte[] exe() {
        byte[] b = new byte[600];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    @Test
    void aPdfIsStoredWithItsHashAndAudited() throws Exception {
        upload("pic", "01a-CP", "Q1", "Laporan penerimaan Q1.pdf", PDF)
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(
                                "Location",
                                containsString("/units/" + own.code() + "/iku/01a-CP?year=2024&period=Q1")));
        var row = jdbc.sql("select filename, content_type, size_bytes, sha256, kind, uploaded_by, period from evidence "
                        + "where unit_id = ? and filename = ?")
                .params(own.unit.id(), "Laporan penerimaan Q1.pdf")
                .query()
                .singleRow();
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(PDF.length);
        assertThat(row.get("sha256")).isEqualTo(EvidenceService.sha256(PDF));
        assertThat(row.get("kind")).isEqualTo("REPORT");
        assertThat(row.get("uploaded_by")).isEqualTo(own.user("pic"));
        List<AuditEvent> events = audit.find(own.unit.id(), "evidence", "2024/01a-CP/Q1/");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("upload");
            assertThat(e.username()).isEqualTo(own.user("pic"));
            assertThat(e.newValue()).contains("Laporan penerimaan Q1.pdf").contains(EvidenceService.sha256(PDF));
        });
        mvc.perform(get("/units/{u}/iku/{i}", own.code(), "01a-CP")
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Laporan penerimaan Q1.pdf")))
                .andExpect(content()
                        .string(containsString(
                                "/units/" + own.code() + "/evidence/" + idOf("Laporan penerimaan Q1.pdf"))));
    }

    @Test
    void anExeRenamedPdfAndOtherTypesAreRefused() throws Exception {
        long before = count("01a-CP");
        upload("pic", "01a-CP", "Q2", "laporan.pdf", EXE)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bukan PDF yang sah")));
        upload("pic", "01a-CP", "Q2", "program.exe", EXE)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak diterima")));
        upload("pic", "01a-CP", "Q2", "gambar.png", PDF).andExpect(status().isBadRequest());
        upload("pic", "01a-CP", "Q2", "kosong.pdf", new byte[0]).andExpect(status().isBadRequest());
        assertThat(count("01a-CP")).isEqualTo(before);
    }

    @Test
    void anOversizeFileIsRefused() throws Exception {
        byte[] big = Arrays.copyOf(PDF, (int) EvidenceService.MAX_BYTES + 1);
        long before = count("01a-CP");
        upload("pic", "01a-CP", "Q3", "besar.pdf", big)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("batasnya 10,0 MB")));
        assertThat(count("01a-CP")).isEqualTo(before);
        byte[] limit = Arrays.copyOf(PDF, (int) EvidenceService.MAX_BYTES);
        upload("pic", "01a-CP", "Q3", "pas.pdf", limit).andExpect(status().is3xxRedirection());
        assertThat(count("01a-CP")).isEqualTo(before + 1);
    }

    @Test
    void onlyThoseWhoMayEnterTheRealizationUploadAndNotOnceApproved() throws Exception {
        long before = count("01a-CP");
        upload("pic2", "01a-CP", "Q1", "a.pdf", PDF).andExpect(status().isForbidden());
        upload("viewer", "01a-CP", "Q1", "a.pdf", PDF).andExpect(status().isForbidden());
        upload("sibling", "01a-CP", "Q1", "a.pdf", PDF).andExpect(status().isForbidden());
        assertThat(count("01a-CP")).isEqualTo(before);
        // 02a-CP Q1 was copied as APPROVED: locked
        long before02 = count("02a-CP");
        upload("admin", "02a-CP", "Q1", "a.pdf", PDF)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("terkunci")));
        assertThat(count("02a-CP")).isEqualTo(before02);
    }

    @Test
    void aViewerOfTheUnitDownloadsItSafelyAndNobodyElse() throws Exception {
        upload("pic", "01a-CP", "Q4", "Laporan “akhir” – Q4.pdf", PDF).andExpect(status().is3xxRedirection());
        long id = idOf("Laporan _akhir_ – Q4.pdf");
        MvcResult result = mvc.perform(
                        get("/units/{u}/evidence/{id}", own.code(), id).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        "attachment; filename=\"Laporan _akhir_ _ Q4.pdf\"; filename*=UTF-8''Laporan%20_akhir_%20%E2%80%93%20Q4.pdf"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        // the Kanwil reviewer above the unit may see it too
        mvc.perform(get("/units/{u}/evidence/{id}", own.code(), id).with(as("reviewer")))
                .andExpect(status().isOk());
        // a user of the sibling KPP may not, neither through this unit nor through their own
        mvc.perform(get("/units/{u}/evidence/{id}", own.code(), id).with(as("sibling")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{u}/evidence/{id}", own.sibling.code(), id).with(as("sibling")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherUnitsEvidenceIdThroughThisUnitsAddressIsNotFound() throws Exception {
        long foreign = jdbc.sql("""
                        insert into evidence (unit_id, year, indicator_code, period, filename, content_type, size_bytes,
                            sha256, content, kind, uploaded_by)
                        values (?, 2024, '01a-CP', 'Q1', 'rahasia.pdf', 'application/pdf', ?, ?, ?, 'REPORT', 'test')
                        returning id""")
                .params(own.sibling.id(), PDF.length, EvidenceService.sha256(PDF), PDF)
                .query(Long.class)
                .single();
        mvc.perform(get("/units/{u}/evidence/{id}", own.code(), foreign).with(as("viewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/{u}/evidence/{id}", own.code(), foreign).with(as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/{u}/evidence/{id}", own.sibling.code(), foreign).with(as("sibling")))
                .andExpect(status().isOk());
    }

    @Test
    void englishMessages() throws Exception {
        mvc.perform(multipart("/units/{u}/iku/{i}/evidence", own.code(), "01a-CP")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", EXE))
                        .param("year", "2024")
                        .param("period", "Q1")
                        .param("kind", "DATA")
                        .param("lang", "en")
                        .with(as("pic"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a valid PDF")));
    }
}
