package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.agreement.internal.AgreementRepository;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/users}: the same rights and password policy as the administrators' pages; a disabled account's
 * token stops working at once, and so does the token of an account whose API right is withdrawn.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    RealizationRepository realizations;

    OwnUnit own;
    OwnUnit other;
    String admin;

    @BeforeAll
    void setUp() {
        own = OwnUnit.create("usr", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        other = OwnUnit.create("ust", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        accounts.create(
                own.tag + ".kwadmin",
                "Admin Kanwil",
                "rahasia-uji-kinerja",
                own.kanwil.code(),
                Set.of(Role.ADMINISTRATOR),
                Set.of(),
                "test");
        admin = token(own.tag + ".kwadmin");
    }

    String token(String username) {
        return tokens.create((CurrentUser) users.loadUserByUsername(username), "uji", null, ZONE)
                .secret();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static JsonNode body(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void listsOnlyTheSubtreeAndCreatesWithTheSamePolicyAndRights() throws Exception {
        MockHttpServletResponse list = call(get("/api/v1/users"), admin);
        assertThat(list.getStatus()).isEqualTo(200);
        String text = list.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains(own.user("pic"))
                .doesNotContain(other.user("pic"))
                .doesNotContain("passwordHash");

        MockHttpServletResponse weak = call(json(post("/api/v1/users"), """
                        {"username":"%s.lemah","unit":"%s","roles":["VIEWER"],"password":"password1234"}""".formatted(own.tag, own.code())), admin);
        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(body(weak).get("message").asString()).contains("kata sandi yang umum dipakai");
        assertThat(body(weak).get("field").asString()).isEqualTo("password");
        assertThat(accounts.findByUsername(own.tag + ".lemah")).isEmpty();

        MockHttpServletResponse outside =
                call(json(post("/api/v1/users"), """
                        {"username":"%s.luar","unit":"%s","roles":["VIEWER"]}""".formatted(own.tag, other.code())), admin);
        assertThat(outside.getStatus()).isEqualTo(403);
        assertThat(body(outside).get("field").asString()).isEqualTo("unit");

        MockHttpServletResponse badRole = call(json(post("/api/v1/users"), """
                        {"username":"%s.raja","unit":"%s","roles":["KING"]}""".formatted(own.tag, own.code())), admin);
        assertThat(badRole.getStatus()).isEqualTo(400);
        assertThat(body(badRole).get("message").asString()).contains("KING");

        MockHttpServletResponse created = call(json(post("/api/v1/users"), """
                        {"username":"%s.api","displayName":"Lewat API","unit":"%s","roles":["PIC"],
                         "indicators":["01a-CP"],"apiAccess":true}""".formatted(own.tag, own.code())), admin);
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode c = body(created);
        assertThat(c.get("user").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(c.get("user").get("indicators").get(0).asString()).isEqualTo("01a-CP");
        assertThat(c.get("temporaryPassword").asString()).hasSizeGreaterThanOrEqualTo(12);

        MockHttpServletResponse updated = call(json(put("/api/v1/users/" + own.tag + ".api"), """
                        {"roles":["VIEWER"],"indicators":[],"email":"api@pajak.go.id"}"""), admin);
        assertThat(updated.getStatus()).isEqualTo(200);
        assertThat(body(updated).get("roles").get(0).asString()).isEqualTo("VIEWER");
        assertThat(body(updated).get("email").asString()).isEqualTo("api@pajak.go.id");
        assertThat(body(updated).get("displayName").asString()).isEqualTo("Lewat API");

        MockHttpServletResponse reset = call(post("/api/v1/users/" + own.tag + ".api/reset"), admin);
        assertThat(reset.getStatus()).isEqualTo(200);
        assertThat(body(reset).get("temporaryPassword").asString()).isNotBlank();

        assertThat(call(get("/api/v1/users/" + other.user("pic")), admin).getStatus())
                .isEqualTo(403);
        assertThat(call(get("/api/v1/users/tidak.ada"), admin).getStatus()).isEqualTo(404);
        // a PIC administers nobody
        assertThat(call(get("/api/v1/users"), token(own.user("pic"))).getStatus())
                .isEqualTo(403);
    }

    @Test
    void disablingAnAccountOrWithdrawingItsApiRightStopsItsTokens() throws Exception {
        String viewer = token(own.user("viewer"));
        assertThat(call(get("/api/v1/units"), viewer).getStatus()).isEqualTo(200);

        MockHttpServletResponse disabled = call(post("/api/v1/users/" + own.user("viewer") + "/disable"), admin);
        assertThat(disabled.getStatus()).isEqualTo(200);
        assertThat(body(disabled).get("state").asString()).isEqualTo("DISABLED");
        assertThat(call(get("/api/v1/units"), viewer).getStatus()).isEqualTo(401);

        call(post("/api/v1/users/" + own.user("viewer") + "/enable"), admin);
        assertThat(call(get("/api/v1/units"), viewer).getStatus()).isEqualTo(200);

        MockHttpServletResponse withdrawn = call(json(put("/api/v1/users/" + own.user("viewer")), """
                        {"apiAccess":false}"""), admin);
        assertThat(body(withdrawn).get("apiAccess").asBoolean()).isFalse();
        assertThat(call(get("/api/v1/units"), viewer).getStatus()).isEqualTo(401);
    }
}
