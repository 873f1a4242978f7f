package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkLoader;
import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.FrameworkValidationException;
import id.kinerja.framework.FrameworkVersion;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /api/v1/frameworks with real tokens: an HQ administrator copies the shipped manual into a draft, replaces its YAML
 * (If-Match: 428 without, 412 stale), validates a text (the loader's own problems), previews it on Kupang 2024 and
 * publishes it; the export is the stored text; an office's account reads but never writes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    FrameworkCatalog catalog;

    String hq;
    String office;

    @BeforeAll
    void setUp() {
        hq = token("admin");
        office = token("kupang.admin");
    }

    String token(String username) {
        return tokens.create(
                        (CurrentUser) users.loadUserByUsername(username),
                        "framework " + username,
                        null,
                        ZoneId.of("Asia/Makassar"))
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

    @Test
    void anHqAdministratorCopiesEditsValidatesPreviewsAndPublishesThroughTheApi() throws Exception {
        FrameworkVersion shipped = catalog.latest("djp-kpp-pratama-2024").orElseThrow();
        String code = "api-" + Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);
        int year = ThreadLocalRandom.current().nextInt(2070, 2100);

        MockHttpServletResponse created = call(
                post("/api/v1/frameworks/drafts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromVersionId\": " + shipped.id() + ", \"code\": \"" + code + "\", \"year\": "
                                + year + "}"),
                hq);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode draft = json(created);
        long id = draft.get("id").asLong();
        assertThat(draft.get("publishable").asBoolean()).isTrue();
        assertThat(created.getHeader("ETag")).isEqualTo("\"1\"");

        MockHttpServletResponse text = call(get("/api/v1/frameworks/drafts/" + id + "/yaml"), hq);
        String yaml = text.getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("id: " + code + "\n").contains("year: " + year + "\n");

        // a mistake: the loader's own problem, stored (a draft is work in progress) but not publishable
        String broken = yaml.replaceFirst("polarity: maximize", "polarity: maximise");
        assertThat(call(
                                put("/api/v1/frameworks/drafts/" + id + "/yaml")
                                        .contentType(YAML)
                                        .content(broken),
                                hq)
                        .getStatus())
                .isEqualTo(428);
        assertThat(call(
                                put("/api/v1/frameworks/drafts/" + id + "/yaml")
                                        .header("If-Match", "\"7\"")
                                        .contentType(YAML)
                                        .content(broken),
                                hq)
                        .getStatus())
                .isEqualTo(412);
        MockHttpServletResponse saved = call(
                put("/api/v1/frameworks/drafts/" + id + "/yaml")
                        .header("If-Match", "\"1\"")
                        .contentType(YAML)
                        .content(broken),
                hq);
        assertThat(saved.getStatus()).isEqualTo(200);
        JsonNode problems = json(saved).get("problems");
        List<FrameworkProblem> loader = loaderProblems(code + ".yaml", broken);
        assertThat(problems.size()).isEqualTo(loader.size()).isPositive();
        assertThat(problems.get(0).get("message").asString())
                .isEqualTo(loader.getFirst().message());
        assertThat(problems.get(0).get("path").asString())
                .isEqualTo(loader.getFirst().path());
        MockHttpServletResponse refused =
                call(post("/api/v1/frameworks/drafts/" + id + "/publish").header("If-Match", "\"2\""), hq);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(json(refused).get("problems").get(0).get("key").asString())
                .isEqualTo(loader.getFirst().key());

        // validate: nothing stored, the same problems
        MockHttpServletResponse validated =
                call(post("/api/v1/frameworks/validate").contentType(YAML).content(broken), hq);
        assertThat(json(validated).get("valid").asBoolean()).isFalse();
        assertThat(json(validated).get("problems").get(0).get("message").asString())
                .isEqualTo(loader.getFirst().message());

        // fixed, previewed on Kupang's 2024 figures, published
        MockHttpServletResponse fixed = call(
                put("/api/v1/frameworks/drafts/" + id + "/yaml")
                        .header("If-Match", "\"2\"")
                        .contentType(YAML)
                        .content(yaml),
                hq);
        assertThat(json(fixed).get("publishable").asBoolean()).isTrue();
        JsonNode preview = json(call(
                get("/api/v1/frameworks/drafts/" + id + "/preview")
                        .param("unit", "KPP-KUPANG")
                        .param("year", "2024")
                        .param("period", "Y"),
                hq));
        assertThat(preview.get("nko").decimalValue().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("108.38"));
        assertThat(preview.get("trace").size()).isPositive();
        MockHttpServletResponse published =
                call(post("/api/v1/frameworks/drafts/" + id + "/publish").header("If-Match", "\"3\""), hq);
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        JsonNode version = json(published);
        assertThat(version.get("code").asString()).isEqualTo(code);
        assertThat(version.get("origin").asString()).isEqualTo("editor");
        assertThat(version.get("publishedBy").asString()).isEqualTo("admin");

        // the export is the published text, for every reader
        MockHttpServletResponse export =
                call(get("/api/v1/frameworks/" + version.get("id").asLong() + "/yaml"), office);
        assertThat(export.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(yaml);
        JsonNode list = json(call(get("/api/v1/frameworks"), office));
        assertThat(list.valueStream().map(v -> v.get("code").asString())).contains(code, "djp-kpp-pratama-2024");
        // the published draft changes no more
        assertThat(call(
                                put("/api/v1/frameworks/drafts/" + id + "/yaml")
                                        .header("If-Match", "\"4\"")
                                        .contentType(YAML)
                                        .content(yaml),
                                hq)
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void anOfficesAccountReadsTheVersionsButNeverWritesADraft() throws Exception {
        FrameworkVersion shipped = catalog.latest("djp-kpp-pratama-2024").orElseThrow();
        assertThat(call(get("/api/v1/frameworks/" + shipped.id()), office).getStatus())
                .isEqualTo(200);
        assertThat(call(
                                post("/api/v1/frameworks/drafts")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"fromVersionId\": " + shipped.id() + ", \"code\": \"x-1\"}"),
                                office)
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(
                                post("/api/v1/frameworks/drafts/import")
                                        .contentType(YAML)
                                        .content("id: x"),
                                office)
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(get("/api/v1/frameworks/drafts"), office).getStatus()).isEqualTo(403);
    }

    static List<FrameworkProblem> loaderProblems(String name, String text) {
        try {
            FrameworkLoader.load(name, new StringReader(text));
            return List.of();
        } catch (FrameworkValidationException e) {
            return e.getProblems();
        }
    }
}
