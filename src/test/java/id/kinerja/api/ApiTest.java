package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API with real personal tokens (made through {@link ApiTokenService}): 401 without, with a revoked, an
 * expired or a made-up token; 403 on another office; the ETag / If-Match round trip (428, 412); writes through the
 * workflow (a PIC cannot approve) that land in the audit trail; bad JSON; Kupang's scores; the OpenAPI description
 * and Swagger UI. Writes only on an office of the test's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

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
    RealizationRepository entries;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    OwnUnit own;
    String pic;
    String admin;
    String head;
    String kupangHead;

    @BeforeAll
    void setUp() {
        own = OwnUnit.create("api", true, Set.of("01a-CP"), units, agreements, frameworks, realizations, accounts);
        pic = token(own.user("pic"));
        admin = token(own.user("admin"));
        head = token(own.user("head"));
        kupangHead = token("kupang.head");
    }

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    String token(String username) {
        return tokens.create(me(username), "test " + username, null, ZONE).secret();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/json");
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    String realization(String iku, Period period) {
        return "/api/v1/units/" + own.code() + "/realizations/" + iku + "/" + period.name() + "?year=" + OwnUnit.YEAR;
    }

    // ------------------------------------------------------------------ authentication

    @Test
    void withoutATokenTheApiAnswers401AsJson() throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/units"), null);
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getHeader("WWW-Authenticate")).startsWith("Bearer");
        JsonNode body = json(r);
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("message").asString()).contains("token");
        assertThat(r.getHeader("Set-Cookie")).as("stateless: no session").isNull();
    }

    @Test
    void aMadeUpARevokedOrAnExpiredTokenIs401() throws Exception {
        assertThat(call(get("/api/v1/units"), "kin_000000000000_" + "A".repeat(43))
                        .getStatus())
                .isEqualTo(401);
        assertThat(call(get("/api/v1/units"), "nonsense").getStatus()).isEqualTo(401);
        // a real token with one character of its secret changed
        String good = token(own.user("viewer"));
        String tampered = good.substring(0, good.length() - 1) + (good.endsWith("A") ? "B" : "A");
        assertThat(call(get("/api/v1/units"), good).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/units"), tampered).getStatus()).isEqualTo(401);

        ApiTokenService.Created revoked = tokens.create(me(own.user("viewer")), "revoked", null, ZONE);
        assertThat(call(get("/api/v1/units"), revoked.secret()).getStatus()).isEqualTo(200);
        tokens.revoke(me(own.user("viewer")), revoked.token().id());
        MockHttpServletResponse r = call(get("/api/v1/units"), revoked.secret());
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(json(r).get("message").asString()).contains("dicabut");

        ApiTokenService.Created expiring = tokens.create(
                me(own.user("viewer")), "expiring", LocalDate.now(ZONE).plusDays(1), ZONE);
        assertThat(call(get("/api/v1/units"), expiring.secret()).getStatus()).isEqualTo(200);
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?")
                .param(expiring.token().id())
                .update();
        assertThat(call(get("/api/v1/units"), expiring.secret()).getStatus()).isEqualTo(401);
    }

    @Test
    void tokensAreStoredHashedAndRecordTheirLastUse() throws Exception {
        ApiTokenService.Created created = tokens.create(me(own.user("viewer")), "hash check", null, ZONE);
        String secret = created.secret().substring("kin_".length() + 12 + 1);
        byte[] stored = jdbc.sql("select secret_hash from api_token where id = ?")
                .param(created.token().id())
                .query(byte[].class)
                .single();
        assertThat(stored).isEqualTo(ApiTokenService.sha256(secret)).hasSize(32);
        assertThat(jdbc.sql("select count(*) from api_token where encode(secret_hash, 'escape') like ?")
                        .param("%" + secret + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(call(get("/api/v1/units"), created.secret()).getStatus()).isEqualTo(200);
        assertThat(tokens.list(me(own.user("viewer"))).stream()
                        .filter(t -> t.id() == created.token().id())
                        .findFirst()
                        .orElseThrow()
                        .lastUsedAt())
                .isNotNull();
    }

    @Test
    void aTokenSeesWhatItsOwnerSees() throws Exception {
        JsonNode list = json(call(get("/api/v1/units"), admin));
        List<String> codes = new ArrayList<>();
        list.forEach(u -> codes.add(u.get("code").asString()));
        assertThat(codes).containsExactly(own.code());

        JsonNode kanwil = json(call(get("/api/v1/units"), token(own.user("reviewer"))));
        List<String> seen = new ArrayList<>();
        kanwil.forEach(u -> seen.add(u.get("code").asString()));
        assertThat(seen)
                .contains(own.kanwil.code(), own.code(), own.sibling.code())
                .doesNotContain("DJP", "KANWIL-NUSRA", "KPP-KUPANG");
        JsonNode nusra = json(call(get("/api/v1/units"), token("nusra.reviewer")));
        List<String> seenByNusra = new ArrayList<>();
        nusra.forEach(u -> seenByNusra.add(u.get("code").asString()));
        assertThat(seenByNusra)
                .contains("KANWIL-NUSRA", "KPP-KUPANG")
                .doesNotContain("DJP", own.kanwil.code(), own.code());

        MockHttpServletResponse other = call(get("/api/v1/units/KPP-KUPANG/scores?year=2024"), admin);
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(json(other).get("message").asString()).contains("Akses ditolak");
        assertThat(call(get("/api/v1/units/" + own.sibling.code()), admin).getStatus())
                .isEqualTo(403);
        assertThat(call(
                                put(realization("01a-CP", Period.Q1).replace(own.code(), own.sibling.code()))
                                        .header("If-Match", "\"none\"")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"value\": 1}"),
                                admin)
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse unknown = call(get("/api/v1/units/KPP-TIDAK-ADA"), admin);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(json(unknown).get("message").asString()).contains("Unit tidak dikenal");
    }

    // ------------------------------------------------------------------ reading

    @Test
    void kupangScoresWithTheTrace() throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/units/KPP-KUPANG/scores?year=2024&period=Y"), kupangHead);
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode card = json(r);
        assertThat(card.get("nko").decimalValue()).isEqualByComparingTo("108.38");
        assertThat(card.get("predicate").asString()).isEqualTo("Istimewa");
        assertThat(card.get("indicators")).hasSize(20);
        assertThat(card.get("trace").size()).isPositive();
        assertThat(card.get("indicators").get(0).get("trace").size()).isPositive();
    }

    @Test
    void agreementFrameworksAndRealizationsOfKupang() throws Exception {
        JsonNode a = json(call(get("/api/v1/units/KPP-KUPANG/agreement?year=2024"), kupangHead));
        assertThat(a.get("indicators")).hasSize(20);
        assertThat(a.get("indicators").get(0).get("targets").has("Y")).isTrue();
        assertThat(a.get("indicators").get(0).get("weight").decimalValue()).isPositive();

        JsonNode versions = json(call(get("/api/v1/frameworks"), kupangHead));
        assertThat(versions.size()).isPositive();
        long id = a.get("frameworkVersionId").asLong();
        JsonNode f = json(call(get("/api/v1/frameworks/" + id), kupangHead));
        assertThat(f.get("perspectives")).hasSize(4);
        assertThat(f.get("indicators").size()).isGreaterThanOrEqualTo(20);
        assertThat(call(get("/api/v1/frameworks/999999"), kupangHead).getStatus())
                .isEqualTo(404);

        JsonNode list = json(call(get("/api/v1/units/KPP-KUPANG/realizations?year=2024&period=Y"), kupangHead));
        assertThat(list).hasSize(20);
        assertThat(list.get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(call(get("/api/v1/units/KPP-KUPANG/realizations?year=2024&period=Q9"), kupangHead)
                        .getStatus())
                .isEqualTo(400);
        // an unknown period (a parameter or a path variable): 400 with the message of the bundle, naming the field
        for (String unknownPeriod : List.of(
                "/api/v1/units/KPP-KUPANG/realizations?year=2024&period=Q9",
                "/api/v1/units/KPP-KUPANG/realizations/01a-CP/Q9?year=2024",
                "/api/v1/units/KPP-KUPANG/scores?year=2024&period=Q9")) {
            JsonNode refused = json(call(get(unknownPeriod), kupangHead));
            assertThat(refused.get("status").asInt()).isEqualTo(400);
            assertThat(refused.get("message").asString())
                    .isEqualTo("Periode tidak dikenal 'Q9' (Q1, Q2, S1, Q3, SDQ3, Q4, Y).");
            assertThat(refused.get("field").asString()).isEqualTo("period");
        }
        assertThat(call(get("/api/v1/units/KPP-KUPANG/agreement?year=1999"), kupangHead)
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aDocumentAsPdf() throws Exception {
        MockHttpServletResponse r =
                call(get("/api/v1/units/KPP-KUPANG/reports/nko?year=2024&period=Y&format=pdf"), kupangHead);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(r.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(r.getHeader("Content-Disposition")).contains("attachment").contains("NKO-KPP-KUPANG-2024-Y.pdf");
        MockHttpServletResponse bad = call(get("/api/v1/units/KPP-KUPANG/reports/xyz?year=2024"), kupangHead);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad).get("field").asString()).isEqualTo("kind");
    }

    // ------------------------------------------------------------------ writing

    @Test
    void aJsonNumberIsTakenExactlyInEitherLanguageAndAnImplausibleOneNeedsConfirm() throws Exception {
        String url = realization("01a-CP", Period.Y);
        // 01a-CP is a percent: 98765 is refused until confirmed, and nothing is written
        MockHttpServletResponse doubted = call(
                put(url).header("If-Match", "\"none\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 98765}"),
                pic);
        assertThat(doubted.getStatus()).isEqualTo(400);
        assertThat(json(doubted).get("message").asString())
                .contains("tidak wajar: nilai 98.765 untuk IKU bersatuan persen");
        assertThat(entries.find(own.unit.id(), OwnUnit.YEAR, "01a-CP", Period.Y))
                .isEmpty();
        // a decimal JSON number in an English request is the same number (not re-read the Indonesian way)
        MockHttpServletResponse saved = call(
                put(url + "&lang=en")
                        .header("If-Match", "\"none\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 1234.5, \"confirm\": true}"),
                pic);
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(entries.find(own.unit.id(), OwnUnit.YEAR, "01a-CP", Period.Y)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("1234.5");
    }

    @Test
    void etagRoundTripThroughTheWorkflowIntoTheAuditTrail() throws Exception {
        String url = realization("01a-CP", Period.Q1);
        MockHttpServletResponse first = call(get(url), pic);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isEqualTo("\"none\"");
        assertThat(json(first).get("allowed").get("save").asBoolean()).isTrue();

        // no If-Match: 428, nothing written
        MockHttpServletResponse missing = call(
                put(url).contentType(MediaType.APPLICATION_JSON).content("{\"value\": 16.8, \"note\": \"lewat API\"}"),
                pic);
        assertThat(missing.getStatus()).isEqualTo(428);
        assertThat(json(missing).get("message").asString()).contains("If-Match");
        assertThat(entries.find(own.unit.id(), OwnUnit.YEAR, "01a-CP", Period.Q1))
                .isEmpty();

        // with the ETag read: 200 and a new ETag
        MockHttpServletResponse saved = call(
                put(url + "&lang=en")
                        .header("If-Match", first.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 16.8, \"note\": \"lewat API\"}"),
                pic);
        assertThat(saved.getStatus()).isEqualTo(200);
        String etag1 = saved.getHeader("ETag");
        assertThat(etag1).isNotEqualTo("\"none\"");
        RealizationEntry stored =
                entries.find(own.unit.id(), OwnUnit.YEAR, "01a-CP", Period.Q1).orElseThrow();
        assertThat(stored.value()).isEqualByComparingTo("16.8");
        assertThat(stored.status()).isEqualTo(RealizationStatus.DRAFT);
        assertThat(json(saved).get("etag").asString()).isEqualTo(etag1);

        // the stale ETag again: 412 with a clear message, the value unchanged
        MockHttpServletResponse stale = call(
                put(url).header("If-Match", "\"none\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 99}"),
                pic);
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(json(stale).get("message").asString())
                .contains("sudah berubah")
                .contains(own.user("pic"))
                .contains("Realisasi 01a-CP periode Triwulan I")
                .doesNotContain(" Q1 ")
                .doesNotContain("DRAFT");
        assertThat(entries.find(own.unit.id(), OwnUnit.YEAR, "01a-CP", Period.Q1)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("16.8");

        // a change with the current ETag
        MockHttpServletResponse changed = call(
                put(url).header("If-Match", etag1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 17.25, \"note\": \"koreksi\"}"),
                pic);
        assertThat(changed.getStatus()).isEqualTo(200);
        String etag2 = changed.getHeader("ETag");
        assertThat(etag2).isNotEqualTo(etag1);
        assertThat(call(get(url), pic).getHeader("ETag")).isEqualTo(etag2);

        // the workflow: submit by the PIC; the PIC cannot approve; verify by the administrator; approve by the head
        MockHttpServletResponse submitted =
                call(post(url.replace("?", "/submit?")).header("If-Match", etag2), pic);
        assertThat(submitted.getStatus()).isEqualTo(200);
        assertThat(json(submitted).get("status").asString()).isEqualTo("SUBMITTED");
        String etag3 = submitted.getHeader("ETag");
        assertThat(call(post(url.replace("?", "/approve?")).header("If-Match", etag3), pic)
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse early = call(post(url.replace("?", "/approve?")).header("If-Match", etag3), head);
        assertThat(early.getStatus()).as("approve only from VERIFIED").isEqualTo(409);
        assertThat(json(early).get("message").asString()).isNotBlank();
        MockHttpServletResponse verified = call(
                post(url.replace("?", "/verify?"))
                        .header("If-Match", etag3)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"cocok dengan bukti\"}"),
                admin);
        assertThat(verified.getStatus()).isEqualTo(200);
        MockHttpServletResponse approved =
                call(post(url.replace("?", "/approve?")).header("If-Match", verified.getHeader("ETag")), head);
        assertThat(approved.getStatus()).isEqualTo(200);
        assertThat(json(approved).get("status").asString()).isEqualTo("APPROVED");
        assertThat(entries.find(own.unit.id(), OwnUnit.YEAR, "01a-CP", Period.Q1)
                        .orElseThrow()
                        .status())
                .isEqualTo(RealizationStatus.APPROVED);

        List<AuditEvent> trail = audit.find(own.unit.id(), "realization", OwnUnit.YEAR + "/01a-CP/Q1");
        assertThat(trail)
                .extracting(e -> e.action() + " " + e.username())
                .containsExactly(
                        "approve " + own.user("head"),
                        "verify " + own.user("admin"),
                        "submit " + own.user("pic"),
                        "save " + own.user("pic"),
                        "save " + own.user("pic"));
    }

    @Test
    void badJsonIs400WithAClearMessage() throws Exception {
        String url = realization("01a-CP", Period.Q2);
        MockHttpServletResponse broken = call(
                put(url).header("If-Match", "\"none\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 16.8, "),
                pic);
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(json(broken).get("message").asString()).startsWith("JSON tidak sah (baris 1, kolom");

        MockHttpServletResponse wrongType = call(
                put(url).header("If-Match", "\"none\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"enam belas\"}"),
                pic);
        assertThat(wrongType.getStatus()).isEqualTo(400);
        JsonNode body = json(wrongType);
        assertThat(body.get("field").asString()).isEqualTo("value");
        assertThat(body.get("message").asString()).contains("value").contains("harus angka");

        MockHttpServletResponse empty = call(
                put(url).header("If-Match", "\"none\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                pic);
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(json(empty).get("message").asString()).contains("01a-CP");
        assertThat(entries.find(own.unit.id(), OwnUnit.YEAR, "01a-CP", Period.Q2))
                .isEmpty();
    }

    // ------------------------------------------------------------------ tokens page, OpenAPI, Swagger UI

    @Test
    void theTokensPageCreatesShowsOnceAndRevokesWithAudit() throws Exception {
        var viewer = user(users.loadUserByUsername(own.user("head")));
        MockHttpServletResponse created = mvc.perform(post("/account/tokens")
                        .with(viewer)
                        .with(csrf())
                        .param("name", "Laporan bulanan")
                        .param("expires", ""))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(200);
        String html = created.getContentAsString(StandardCharsets.UTF_8);
        int at = html.indexOf("kin_");
        String secret = html.substring(at, html.indexOf('"', at));
        assertThat(secret).matches("kin_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(call(get("/api/v1/units"), secret).getStatus()).isEqualTo(200);

        String list = mvc.perform(get("/account/tokens").with(viewer))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Laporan bulanan").doesNotContain(secret);

        long id = tokens.list(me(own.user("head"))).stream()
                .filter(t -> t.name().equals("Laporan bulanan"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(mvc.perform(post("/account/tokens/" + id + "/revoke")
                                .with(user(users.loadUserByUsername(own.user("pic"))))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another account's token")
                .isEqualTo(404);
        assertThat(mvc.perform(post("/account/tokens/" + id + "/revoke")
                                .with(viewer)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(call(get("/api/v1/units"), secret).getStatus()).isEqualTo(401);
        String prefix = secret.substring(4, 16);
        assertThat(audit.find(me(own.user("head")).unitId(), ApiTokenService.ENTITY, prefix))
                .extracting(AuditEvent::action)
                .containsExactly("revoke", "create");

        MockHttpServletResponse noName = mvc.perform(
                        post("/account/tokens").with(viewer).with(csrf()).param("name", " "))
                .andReturn()
                .getResponse();
        assertThat(noName.getStatus()).isEqualTo(400);
        assertThat(noName.getContentAsString(StandardCharsets.UTF_8)).contains("Nama token wajib diisi");
    }

    @Test
    void theOpenApiDescriptionListsTheApiWithTheBearerScheme() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        List<String> paths = new ArrayList<>(doc.get("paths").propertyNames());
        assertThat(paths)
                .contains(
                        "/api/v1/units",
                        "/api/v1/units/{code}/scores",
                        "/api/v1/units/{code}/realizations/{iku}/{period}",
                        "/api/v1/units/{code}/reports/{kind}",
                        "/api/v1/units/{code}/reports/batch");
        assertThat(paths).allMatch(p -> p.startsWith("/api/v1/"));
        assertThat(doc.get("components")
                        .get("securitySchemes")
                        .get("tokenApi")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(doc.get("paths")
                        .get("/api/v1/units/{code}/scores")
                        .get("get")
                        .get("summary")
                        .asString())
                .isNotBlank();
    }

    @Test
    void swaggerUiLoadsUnderTheStrictPolicy() throws Exception {
        MockHttpServletResponse entry =
                mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(entry.getStatus()).isEqualTo(302);
        String index = entry.getRedirectedUrl();
        assertThat(index).contains("/swagger-ui/index.html");
        MockHttpServletResponse page = mvc.perform(get(index)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("swagger-ui-bundle.js").contains("swagger-initializer.js");
        // no inline script: every <script> has a src
        assertThat(html.split("<script").length - 1).isEqualTo(html.split("<script src=").length - 1);
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self';");
        MockHttpServletResponse init = mvc.perform(get("/swagger-ui/swagger-initializer.js"))
                .andReturn()
                .getResponse();
        assertThat(init.getStatus()).isEqualTo(200);
        assertThat(init.getContentAsString(StandardCharsets.UTF_8)).contains("/v3/api-docs");
        assertThat(mvc.perform(get("/swagger-ui/swagger-ui-bundle.js"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/v3/api-docs/swagger-config"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theApiKeepsNoSessionAndNeedsNoCsrf() throws Exception {
        // a POST without a CSRF token is not refused for CSRF: it gets to the If-Match rule
        MockHttpServletResponse r = call(post(realization("01a-CP", Period.Q3).replace("?", "/submit?")), pic);
        assertThat(r.getStatus()).isEqualTo(428);
        assertThat(r.getHeader("Set-Cookie")).isNull();
    }
}
