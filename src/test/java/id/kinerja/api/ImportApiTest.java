package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.exchange.WorkbookExporter;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel import through the API (the exchange module's ImportService): the exported workbook of an office of the
 * test's own plans to nothing to change; a file that is no workbook is refused with 422 and its problems; a PIC is
 * refused (403); an unknown batch is 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    WorkbookExporter exporter;

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

    OwnUnit own;
    String admin;
    String pic;

    @BeforeAll
    void setUp() {
        own = OwnUnit.create("imp", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        admin = tokens.create(
                        (CurrentUser) users.loadUserByUsername(own.user("admin")), "import", null, ZoneId.of("UTC"))
                .secret();
        pic = tokens.create((CurrentUser) users.loadUserByUsername(own.user("pic")), "import", null, ZoneId.of("UTC"))
                .secret();
    }

    MockHttpServletResponse upload(byte[] content, String name, String token) throws Exception {
        return mvc.perform(multipart("/api/v1/units/" + own.code() + "/imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    @Test
    void theExportedWorkbookPlansNothingToChange() throws Exception {
        byte[] workbook = exporter.export(own.unit, OwnUnit.YEAR);
        MockHttpServletResponse r = upload(workbook, "uji.xlsx", admin);
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("nothingToChange").asBoolean()).isTrue();
        assertThat(body.get("changed").asInt()).isZero();
        assertThat(body.get("plan").get("unitCode").asString()).isEqualTo(own.code());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithItsProblems() throws Exception {
        MockHttpServletResponse r = upload("bukan excel".getBytes(StandardCharsets.UTF_8), "palsu.xlsx", admin);
        assertThat(r.getStatus()).isEqualTo(422);
        JsonNode body = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("status").asInt()).isEqualTo(422);
        assertThat(body.get("problems").size()).isPositive();
        assertThat(body.get("message").asString()).contains("kesalahan");
    }

    @Test
    void onlyAnAdministratorImportsAndAnUnknownBatchIs404() throws Exception {
        assertThat(upload(exporter.export(own.unit, OwnUnit.YEAR), "uji.xlsx", pic)
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse missing = mvc.perform(
                        post("/api/v1/units/" + own.code() + "/imports").header("Authorization", "Bearer " + admin))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        MockHttpServletResponse unknown = mvc.perform(post("/api/v1/units/" + own.code() + "/imports/987654/apply")
                        .header("Authorization", "Bearer " + admin))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Impor tidak dikenal: 987654");
        MockHttpServletResponse english = mvc.perform(post("/api/v1/units/" + own.code() + "/imports/987654/apply")
                        .param("lang", "en")
                        .header("Authorization", "Bearer " + admin))
                .andReturn()
                .getResponse();
        assertThat(english.getContentAsString()).contains("Unknown import: 987654");
    }
}
