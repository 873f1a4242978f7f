package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.api.ApiTokenService;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 item 8: a NUL byte in a token name, an IKU note, a budget reason or an API note is refused with 400 and
 * a message naming the field (it used to reach PostgreSQL and answer 500), the page shows back what was typed, and
 * nothing is written; a JSON body of the wrong shape is explained without Java class names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputGuardTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokenService tokens;

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
    JdbcClient jdbc;

    OwnUnit own;

    @BeforeAll
    void setUp() {
        own = OwnUnit.create("nul", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aNulInATokenNameIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        MockHttpServletResponse r = send(post("/account/tokens")
                .with(as("head"))
                .with(csrf())
                .param("name", "Laporan\0bulanan")
                .param("expires", ""));
        assertThat(r.getStatus()).isEqualTo(400);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Isian \u201cname\u201d berisi karakter NUL").contains("Laporanbulanan");
        assertThat(jdbc.sql(
                                "select count(*) from api_token t join app_user a on a.id = t.user_id where a.username = ? and t.name like 'Laporan%'")
                        .param(own.user("head"))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNulInAnIkuNoteOrABudgetReasonIsRefused() throws Exception {
        MockHttpServletResponse note = send(post("/units/" + own.code() + "/iku/01a-CP/notes")
                .with(as("admin"))
                .with(csrf())
                .param("year", "2024")
                .param("content", "Catatan\0 penting"));
        assertThat(note.getStatus()).isEqualTo(400);
        assertThat(note.getContentAsString(StandardCharsets.UTF_8))
                .contains("Isian \u201ccontent\u201d berisi karakter NUL")
                .contains(">Catatan penting</textarea>")
                .doesNotContain(">2024</textarea>")
                .doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from indicator_note where unit_id = ?")
                        .param(own.unit.id())
                        .query(Long.class)
                        .single())
                .isZero();

        MockHttpServletResponse budget = send(post("/units/" + own.code() + "/budget/revisions")
                .with(as("admin"))
                .with(csrf())
                .param("year", "2024")
                .param("date", "2024-06-01")
                .param("reason", "Revisi\0DIPA"));
        assertThat(budget.getStatus()).isEqualTo(400);
        assertThat(budget.getContentAsString(StandardCharsets.UTF_8))
                .contains("Isian \u201creason\u201d berisi karakter NUL");
    }

    @Test
    void aNulInAnApiNoteIs400WithTheFieldAndAShapeErrorNamesNoJavaClass() throws Exception {
        CurrentUser pic = (CurrentUser) users.loadUserByUsername(own.user("pic"));
        String token =
                tokens.create(pic, "nul", null, ZoneId.of("Asia/Makassar")).secret();
        String url = "/api/v1/units/" + own.code() + "/realizations/01a-CP/Q2?year=2024";
        MockHttpServletResponse nul = send(put(url).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"none\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 16.8, \"note\": \"ada\\u0000nul\"}"));
        assertThat(nul.getStatus()).isEqualTo(400);
        JsonNode body = JSON.readTree(nul.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("field").asString()).isEqualTo("note");
        assertThat(body.get("message").asString()).contains("Isian \u201cnote\u201d berisi karakter NUL");

        MockHttpServletResponse key = send(put(url).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"none\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 16.8, \"components\": {\"a\\u0000b\": 1}}"));
        assertThat(key.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(key.getContentAsString(StandardCharsets.UTF_8))
                        .get("message")
                        .asString())
                .contains("berisi karakter NUL");

        MockHttpServletResponse shape = send(put(url).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"none\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[16.8]"));
        assertThat(shape.getStatus()).isEqualTo(400);
        String message = JSON.readTree(shape.getContentAsString(StandardCharsets.UTF_8))
                .get("message")
                .asString();
        assertThat(message)
                .startsWith("JSON tidak sah")
                .contains("bentuknya tidak sesuai")
                .doesNotContain("RealizationInput")
                .doesNotContain("id.kinerja")
                .doesNotContain("$")
                .doesNotContain("`");
        MockHttpServletResponse syntax = send(put(url).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"none\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\" 16.8}"));
        assertThat(JSON.readTree(syntax.getContentAsString(StandardCharsets.UTF_8))
                        .get("message")
                        .asString())
                .startsWith("JSON tidak sah (baris 1, kolom")
                .contains("sintaks salah")
                .doesNotContain("tools.jackson");
    }

    @Test
    void aDatabaseFailureIsNamedByItsCause() {
        assertThat(RefusalAdvice.messageCode(new org.springframework.jdbc.UncategorizedSQLException(
                        "insert",
                        "insert",
                        new java.sql.SQLException("could not extend file: No space left on device", "53100"))))
                .isEqualTo("service.error.diskFull");
        assertThat(RefusalAdvice.messageCode(new org.springframework.jdbc.CannotGetJdbcConnectionException(
                        "down", new java.sql.SQLException("Connection refused", "08001"))))
                .isEqualTo("service.error.database");
        assertThat(RefusalAdvice.messageCode(new org.springframework.dao.DataIntegrityViolationException("check")))
                .isEqualTo("service.error.write");
    }
}
