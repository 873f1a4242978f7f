package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.revenue.RevenueFigures;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revenue figures through the API with real tokens: net revenue, PPM / PKM quarters, months, and 03a taken from
 * the PKM figures; refusals as JSON naming the field, 403 for a reader and another office.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueApiTest {

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
    RevenueFigures figures;

    @Autowired
    AuditLog audit;

    OwnUnit own;
    String admin;
    String viewer;
    String kupangAdmin;

    @BeforeAll
    void setUp() {
        own = OwnUnit.create(
                "rapi",
                true,
                Set.of("01a-CP", "02a-CP", "03a-CP"),
                units,
                agreements,
                frameworks,
                realizations,
                accounts);
        admin = token(own.user("admin"));
        viewer = token(own.user("viewer"));
        kupangAdmin = token("kupang.admin");
    }

    String token(String username) {
        return tokens.create((CurrentUser) users.loadUserByUsername(username), "test", null, ZoneId.of("Asia/Makassar"))
                .secret();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        request.header("Authorization", "Bearer " + token);
        return mvc.perform(request).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static JsonNode body(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    String url(String rest) {
        return "/api/v1/units/" + own.code() + "/revenue/" + rest;
    }

    @Test
    void theNetRevenueIsWrittenAndReadAndADifferenceIsRefused() throws Exception {
        MockHttpServletResponse ok =
                call(json(put(url("net/2024")), "{\"target\": 1000, \"gross\": 1200, \"refunds\": 180}"), admin);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(body(ok).get("net").asLong()).isEqualTo(1020);
        JsonNode list = body(call(get(url("net")), viewer));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("gross").asLong()).isEqualTo(1200);
        assertThat(list.get(0).get("year").asInt()).isEqualTo(2024);

        MockHttpServletResponse refused =
                call(json(put(url("net/2024")), "{\"gross\": 1200, \"refunds\": 180, \"net\": 1000}"), admin);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused).get("message").asString())
                .contains("Penerimaan neto tahun 2024 (1000) tidak sama dengan penerimaan bruto dikurangi restitusi");
        assertThat(figures.net(own.unit.id(), 2024).orElseThrow().realization()).isEqualByComparingTo("1020");

        MockHttpServletResponse cents = call(json(put(url("net/2024")), "{\"target\": 10.5}"), admin);
        assertThat(cents.getStatus()).isEqualTo(400);
        assertThat(body(cents).get("message").asString()).contains("Target (Rp) tahun 2024 harus rupiah bulat");

        assertThat(call(json(put(url("net/2024")), "{\"target\": 1}"), viewer).getStatus())
                .isEqualTo(403);
        assertThat(call(get("/api/v1/units/" + own.code() + "/revenue/net"), kupangAdmin)
                        .getStatus())
                .isEqualTo(403);
        assertThat(audit.find(own.unit.id(), "revenue", "2024/net")).hasSize(1);
    }

    @Test
    void pkmQuartersThen03aFromTheDataAsADraft() throws Exception {
        MockHttpServletResponse saved = call(
                json(
                        put(url("activities/PKM/2024")),
                        "{\"quarters\": {\"Q1\": {\"target\": 30000, \"realization\": 27000},"
                                + " \"Q4\": {\"target\": 135513050000, \"realization\": 135747273133}}}"),
                admin);
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(body(saved).get("indicator").asString()).isEqualTo("03a-CP");
        JsonNode read = body(call(get(url("activities?year=2024")), viewer));
        assertThat(read).hasSize(2);
        assertThat(read.get(1).get("activity").asString()).isEqualTo("PKM");
        assertThat(read.get(1).get("quarters").get("Q4").get("realization").asLong())
                .isEqualTo(135_747_273_133L);

        JsonNode figure = body(call(get(url("realizations/03a-CP/Y?year=2024")), viewer));
        assertThat(figure.get("value").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("100.17");
        JsonNode missing = body(call(get(url("realizations/03a-CP/Q2?year=2024")), viewer));
        assertThat(missing.get("value").isNull()).isTrue();
        assertThat(missing.get("problem").asString())
                .contains("Realisasi penerimaan PKM s.d. Triwulan II tahun 2024 belum ada");

        MockHttpServletResponse filled = call(post(url("realizations/03a-CP/Y?year=2024")), admin);
        assertThat(filled.getStatus()).isEqualTo(200);
        assertThat(body(filled).get("savedStatus").asString()).isEqualTo("DRAFT");
        assertThat(realizations
                        .find(own.unit.id(), 2024, "03a-CP", Period.Y)
                        .orElseThrow()
                        .status())
                .isEqualTo(RealizationStatus.DRAFT);

        // S1 is not a quarter of its own; an unknown activity and an IKU without revenue data are named
        MockHttpServletResponse s1 =
                call(json(put(url("activities/PKM/2024")), "{\"quarters\": {\"S1\": {\"target\": 1}}}"), admin);
        assertThat(s1.getStatus()).isEqualTo(400);
        assertThat(body(s1).get("message").asString()).contains("periode S1 tidak diisi sendiri");
        assertThat(call(json(put(url("activities/XYZ/2024")), "{}"), admin).getStatus())
                .isEqualTo(400);
        MockHttpServletResponse otherIku = call(get(url("realizations/04a-CP/Y?year=2024")), viewer);
        assertThat(otherIku.getStatus()).isEqualTo(400);
        assertThat(body(otherIku).get("message").asString()).contains("01a-CP, 02a-CP, 03a-CP");
    }

    @Test
    void monthsAreReplacedPerTaxTypeAllOrNothing() throws Exception {
        MockHttpServletResponse ok = call(
                json(put(url("months/2022")), "{\"taxTypes\": {\"A1\": {\"1\": 100, \"2\": 200}, \"D\": {\"12\": 5}}}"),
                admin);
        assertThat(ok.getStatus()).isEqualTo(200);
        JsonNode months = body(call(get(url("months?year=2022")), viewer));
        assertThat(months.get("taxTypes").get("A1").get("2").asLong()).isEqualTo(200);
        assertThat(months.get("taxTypes").get("D").get("12").asLong()).isEqualTo(5);

        // a group with sub-types is refused, and nothing of the request is written
        MockHttpServletResponse refused =
                call(json(put(url("months/2022")), "{\"taxTypes\": {\"A1\": {\"1\": 999}, \"A\": {\"1\": 1}}}"), admin);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused).get("message").asString()).contains("Jenis pajak “A”");
        assertThat(body(call(get(url("months?year=2022")), viewer))
                        .get("taxTypes")
                        .get("A1")
                        .get("1")
                        .asLong())
                .isEqualTo(100);
        MockHttpServletResponse month13 =
                call(json(put(url("months/2022")), "{\"taxTypes\": {\"A1\": {\"13\": 1}}}"), admin);
        assertThat(month13.getStatus()).isEqualTo(400);
        assertThat(body(month13).get("message").asString()).contains("bulan “13” tidak ada");
    }
}
