package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The narrative sections through the API with real tokens: the list of a year in the LAKIN's order, one section with
 * its ETag, a write with If-Match or the body's version (428 without, 412 when stale), the editor's sanitising and
 * refusals, the audit trail, and the rights (a PIC only the blocks of their IKU, another Kanwil's office 403).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NarrativeApiTest {

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
    NarrativeService narratives;

    @Autowired
    AuditLog audit;

    OwnUnit own;

    @BeforeEach
    void ownUnit() {
        own = OwnUnit.create("na", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    String token(String username) {
        return tokens.create((CurrentUser) users.loadUserByUsername(username), "uji", null, ZoneId.of("Asia/Makassar"))
                .secret();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    static JsonNode json(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    String url(String key) {
        return "/api/v1/units/" + own.code() + "/narratives/" + key + "?year=" + OwnUnit.YEAR;
    }

    MockHttpServletRequestBuilder write(String key, String body) {
        return put(url(key)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void readAndWriteASectionWithItsVersion() throws Exception {
        String admin = token(own.user("admin"));
        MockHttpServletResponse list = call(
                get("/api/v1/units/" + own.code() + "/narratives").param("year", String.valueOf(OwnUnit.YEAR)), admin);
        assertThat(list.getStatus()).isEqualTo(200);
        JsonNode sections = json(list);
        assertThat(sections.size())
                .isEqualTo(narratives.sections(own.unit.id(), OwnUnit.YEAR).size());
        assertThat(sections.get(0).get("key").asString()).isEqualTo("kata-pengantar");
        assertThat(sections.get(0).get("title").asString()).isEqualTo("Kata Pengantar");
        assertThat(sections.get(0).get("version").asInt()).isZero();

        MockHttpServletResponse one = call(get(url("kata-pengantar")), admin);
        assertThat(one.getHeader("ETag")).isEqualTo("\"0\"");

        // no If-Match and no version: 428, nothing written
        MockHttpServletResponse missing = call(write("kata-pengantar", "{\"content\": \"Pengantar.\"}"), admin);
        assertThat(missing.getStatus()).isEqualTo(428);
        assertThat(narratives.latest(own.unit.id(), OwnUnit.YEAR, "kata-pengantar"))
                .isEmpty();

        MockHttpServletResponse saved = call(
                write("kata-pengantar", "{\"content\": \"<p>Pengantar <b>{{unit.nama}}</b><script>x</script></p>\"}")
                        .header("If-Match", "\"0\""),
                admin);
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(json(saved).get("content").asString()).isEqualTo("<p>Pengantar <strong>{{unit.nama}}</strong></p>");

        // the same ETag again: someone wrote meanwhile -> 412 naming both versions, nothing written
        MockHttpServletResponse stale =
                call(write("kata-pengantar", "{\"content\": \"Tertimpa?\"}").header("If-Match", "\"0\""), admin);
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(json(stale).get("message").asString()).contains("versi terbaru 1", "versi 0");
        MockHttpServletResponse staleBody =
                call(write("kata-pengantar", "{\"content\": \"Tertimpa?\", \"version\": 0}"), admin);
        assertThat(staleBody.getStatus()).isEqualTo(412);
        assertThat(json(staleBody).get("field").asString()).isEqualTo("version");

        // the body's version instead of If-Match
        MockHttpServletResponse second =
                call(write("kata-pengantar", "{\"content\": \"Pengantar kedua.\", \"version\": 1}"), admin);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(json(second).get("version").asInt()).isEqualTo(2);
        assertThat(audit.find(own.unit.id(), "narrative", OwnUnit.YEAR + "/kata-pengantar").stream()
                        .filter(e -> e.kind() == AuditAction.SAVE)
                        .count())
                .isEqualTo(2);

        // the editor's refusals: an unknown placeholder is 400 and names it
        MockHttpServletResponse unknown =
                call(write("kata-pengantar", "{\"content\": \"NKO {{nko.Q9}}\", \"version\": 2}"), admin);
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(json(unknown).get("message").asString()).contains("{{nko.Q9}}");

        // a section outside the year's catalogue: 404
        assertThat(call(get(url("bab9.tidak-ada")), admin).getStatus()).isEqualTo(404);
    }

    @Test
    void aPicWritesOnlyTheBlocksOfTheirIkuAndAnotherKanwilIsRefused() throws Exception {
        String pic = token(own.user("pic"));
        assertThat(call(write("iku.01a-CP.analisis", "{\"content\": \"Analisis.\", \"version\": 0}"), pic)
                        .getStatus())
                .isEqualTo(200);
        assertThat(call(write("kata-pengantar", "{\"content\": \"Bukan bagiannya.\", \"version\": 0}"), pic)
                        .getStatus())
                .isEqualTo(403);
        JsonNode list = json(call(
                get("/api/v1/units/" + own.code() + "/narratives").param("year", String.valueOf(OwnUnit.YEAR)), pic));
        for (JsonNode s : list) {
            boolean own01a = s.get("key").asString().startsWith("iku.01a-CP.")
                    || s.get("key").asString().startsWith("iku.04a-CP.");
            assertThat(s.get("editable").asBoolean())
                    .as(s.get("key").asString())
                    .isEqualTo(own01a);
        }

        OwnUnit other = OwnUnit.create("nax", true, Set.of(), units, agreements, frameworks, realizations, accounts);
        String stranger = token(other.user("admin"));
        assertThat(call(get(url("kata-pengantar")), stranger).getStatus()).isEqualTo(403);
        assertThat(call(write("kata-pengantar", "{\"content\": \"Dari Kanwil lain.\", \"version\": 0}"), stranger)
                        .getStatus())
                .isEqualTo(403);
        assertThat(narratives.latest(own.unit.id(), OwnUnit.YEAR, "kata-pengantar"))
                .isEmpty();
    }
}
