package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.NewUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitEditor;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12 item 1: {@code /api/v1/units} create, update (PUT, PATCH), deactivate, through the same service and errors. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    String tag;
    String kanwilA;
    String kanwilB;
    String adminA;

    @BeforeEach
    void twoKanwil() {
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36)
                .toUpperCase();
        kanwilA = "KANWIL-AA-" + tag;
        kanwilB = "KANWIL-AB-" + tag;
        UnitEditor operator = UnitEditor.system("test");
        units.create(
                operator,
                new NewUnit(kanwilA, "Kanwil DJP A " + tag, UnitType.KANWIL, "DJP", null, null, null, null, null),
                null);
        units.create(
                operator,
                new NewUnit(kanwilB, "Kanwil DJP B " + tag, UnitType.KANWIL, "DJP", null, null, null, null, null),
                null);
        adminA = "api.a." + tag.toLowerCase();
        accounts.create(
                adminA,
                "Administrator Kanwil A",
                "rahasia-uji-kinerja",
                kanwilA,
                Set.of(Role.ADMINISTRATOR),
                Set.of(),
                "test");
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
        request.with(user(users.loadUserByUsername(username)));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aKanwilAdministratorCreatesAndChangesAnOfficeOfItsOwn() throws Exception {
        String code = "KPP-AA-" + tag;
        MockHttpServletResponse created = call(post("/api/v1/units"), adminA, """
                {"code": "%s", "name": "KPP Pratama AA", "type": "KPP", "parent": "%s",
                 "headName": "Kepala AA", "headNip": "198001012005011001", "headPosition": "Kepala Kantor",
                 "areas": ["Kota Kupang", "Kabupaten Kupang", "Kabupaten Alor"], "staffCount": 3,
                 "staff": [{"grouping": "EDUCATION", "label": "S1", "count": 2},
                           {"grouping": "EDUCATION", "label": "D3", "count": 1}]}""".formatted(code, kanwilA));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode dto = json(created);
        assertThat(dto.get("parent").asString()).isEqualTo(kanwilA);
        assertThat(dto.get("area").asString()).isEqualTo("Kota Kupang, Kabupaten Kupang, dan Kabupaten Alor");
        assertThat(dto.get("staff")).hasSize(2);
        assertThat(dto.get("active").asBoolean()).isTrue();

        // PATCH: only the name; the rest kept; the rename audited
        MockHttpServletResponse patched =
                call(patch("/api/v1/units/" + code), adminA, "{\"name\": \"KPP Pratama AA Baru\"}");
        assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
        assertThat(json(patched).get("headNip").asString()).isEqualTo("198001012005011001");
        assertThat(json(patched).get("staff")).hasSize(2);
        Unit stored = units.findByCode(code).orElseThrow();
        assertThat(audit.find(stored.id(), Units.AUDIT_ENTITY, code))
                .anySatisfy(e -> assertThat(e.action() + " " + e.oldValue() + " -> " + e.newValue())
                        .isEqualTo("rename KPP Pratama AA -> KPP Pratama AA Baru"));

        // PUT replaces: a field left out is cleared
        MockHttpServletResponse replaced = call(put("/api/v1/units/" + code), adminA, """
                {"name": "KPP Pratama AA Baru", "type": "KPP", "parent": "%s"}""".formatted(kanwilA));
        assertThat(replaced.getStatus()).as(replaced.getContentAsString()).isEqualTo(200);
        assertThat(json(replaced).get("headNip").isNull()).isTrue();

        MockHttpServletResponse off =
                call(post("/api/v1/units/" + code + "/deactivate"), adminA, "{\"reason\": \"x\"}");
        assertThat(off.getStatus()).isEqualTo(200);
        assertThat(json(off).get("active").asBoolean()).isFalse();
        JsonNode list = json(call(get("/api/v1/units"), adminA, null));
        assertThat(list.findValuesAsString("code")).contains(kanwilA, code).doesNotContain(kanwilB);
    }

    @Test
    void errorsNameTheFieldAndAnotherKanwilIsForbidden() throws Exception {
        MockHttpServletResponse badType = call(post("/api/v1/units"), adminA, """
                {"code": "KPP-AX-%s", "name": "X", "type": "KPP", "parent": "DJP"}""".formatted(tag));
        assertThat(badType.getStatus()).isEqualTo(400);
        assertThat(json(badType).get("field").asString()).isEqualTo("parent");
        assertThat(json(badType).get("message").asString())
                .isEqualTo("Unit induk: Kantor Pelayanan Pajak harus berada di bawah Kantor Wilayah, sedangkan 'DJP'"
                        + " adalah Kantor Pusat");

        MockHttpServletResponse taken = call(post("/api/v1/units"), "admin", """
                {"code": "%s", "name": "X", "type": "KANWIL", "parent": "DJP"}""".formatted(kanwilB));
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(json(taken).get("field").asString()).isEqualTo("code");

        MockHttpServletResponse unknownType = call(post("/api/v1/units"), adminA, """
                {"code": "KPP-AY-%s", "name": "X", "type": "KANTOR", "parent": "%s"}""".formatted(tag, kanwilA));
        assertThat(unknownType.getStatus()).isEqualTo(400);
        assertThat(json(unknownType).get("field").asString()).isEqualTo("type");

        MockHttpServletResponse elsewhere = call(post("/api/v1/units"), adminA, """
                {"code": "KPP-AZ-%s", "name": "X", "type": "KPP", "parent": "%s"}""".formatted(tag, kanwilB));
        assertThat(elsewhere.getStatus()).isEqualTo(403);
        assertThat(units.findByCode("KPP-AZ-" + tag)).isEmpty();
        assertThat(call(patch("/api/v1/units/" + kanwilB), adminA, "{\"name\": \"Direbut\"}")
                        .getStatus())
                .isEqualTo(403);
        assertThat(units.findByCode(kanwilB).orElseThrow().name()).isEqualTo("Kanwil DJP B " + tag);
    }
}
