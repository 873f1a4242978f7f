package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditLog;
import id.kinerja.budget.BudgetService;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.recognition.Recognitions;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The budget (kinds of spending, months) and the awards and innovations through the API with real tokens, on an
 * office of the test's own: the same rules and messages as the pages, 403 on another office, the attachment round
 * trip and its download rights.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetRecognitionApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'};

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
    BudgetService budget;

    @Autowired
    Recognitions recognitions;

    @Autowired
    AuditLog audit;

    OwnUnit own;
    String admin;
    String viewer;
    String sibling;

    @BeforeAll
    void setUp() {
        own = OwnUnit.create("bra", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        admin = token(own.user("admin"));
        viewer = token(own.user("viewer"));
        sibling = token(own.user("sibling"));
    }

    String token(String username) {
        return tokens.create((CurrentUser) users.loadUserByUsername(username), "test", null, ZoneId.of("Asia/Makassar"))
                .secret();
    }

    MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String token) throws Exception {
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

    String base() {
        return "/api/v1/units/" + own.code();
    }

    @Test
    void kindsAndMonthsOfAnOfficeWithoutATree() throws Exception {
        MockHttpServletResponse bad = call(
                json(
                        put(base() + "/budget/kinds?year=2024"),
                        "{\"kinds\":[{\"kind\":51,\"ceiling\":1000},{\"kind\":53,\"ceiling\":-1}]}"),
                admin);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(body(bad).get("message").asString())
                .isEqualTo("Pagu jenis belanja 53 tidak boleh negatif: “-1”; tidak ada yang disimpan.");
        assertThat(budget.findKinds(own.unit.id(), 2024)).isEmpty();
        assertThat(call(
                                json(
                                        put(base() + "/budget/kinds?year=2024"),
                                        "{\"kinds\":[{\"kind\":51,\"ceiling\":1000}]}"),
                                sibling)
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(
                                json(
                                        put(base() + "/budget/kinds?year=2024"),
                                        "{\"kinds\":[{\"kind\":51,\"ceiling\":1000}]}"),
                                viewer)
                        .getStatus())
                .isEqualTo(403);

        MockHttpServletResponse ok = call(
                json(
                        put(base() + "/budget/kinds?year=2024"),
                        "{\"kinds\":[{\"kind\":51,\"ceiling\":1000,\"realization\":900},{\"kind\":52,\"ceiling\":500}]}"),
                admin);
        assertThat(ok.getStatus()).isEqualTo(200);
        JsonNode b = body(ok);
        assertThat(b.get("kinds")).hasSize(2);
        assertThat(b.get("kinds").get(0).get("realization").asInt()).isEqualTo(900);
        assertThat(b.get("lines")).isEmpty();

        MockHttpServletResponse months = call(
                json(
                        put(base() + "/budget/months?year=2024"),
                        "{\"months\":[{\"code\":\"51\",\"month\":1,\"realization\":300},{\"code\":\"52\",\"month\":1,\"realization\":100}]}"),
                admin);
        assertThat(months.getStatus()).isEqualTo(200);
        assertThat(body(months).get("months").get(0).get("realization").asInt()).isEqualTo(400);
        assertThat(body(months).get("monthCells")).hasSize(2);
        MockHttpServletResponse badMonth = call(
                json(
                        put(base() + "/budget/months?year=2024"),
                        "{\"months\":[{\"code\":\"51\",\"month\":2,\"realization\":1.5}]}"),
                admin);
        assertThat(badMonth.getStatus()).isEqualTo(400);
        assertThat(body(badMonth).get("message").asString()).contains("Realisasi 51 bulan 2 harus rupiah bulat");
        MockHttpServletResponse read = call(get(base() + "/budget?year=2024"), viewer);
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(body(read).get("kindsMatchDipa").asBoolean()).isTrue();
    }

    @Test
    void awardsAndInnovationsWithAnAttachment() throws Exception {
        MockHttpServletResponse noTitle =
                call(json(post(base() + "/awards?year=2024"), "{\"title\":\" \",\"giver\":\"x\"}"), admin);
        assertThat(noTitle.getStatus()).isEqualTo(400);
        assertThat(body(noTitle).get("field").asString()).isEqualTo("title");
        assertThat(body(noTitle).get("message").asString())
                .isEqualTo("Nama penghargaan wajib diisi; tidak ada yang disimpan.");

        MockHttpServletResponse created = call(
                json(
                        post(base() + "/awards?year=2024"),
                        "{\"title\":\"Juara I\",\"giver\":\"Kanwil\",\"date\":\"2024-05-02\"}"),
                admin);
        assertThat(created.getStatus()).isEqualTo(201);
        long id = body(created).get("id").asLong();
        assertThat(body(created).get("attachment").isNull()).isTrue();

        // a text file named .jpg is refused; a JPEG is taken
        MockHttpServletResponse fake = call(
                multipart(HttpMethod.PUT, base() + "/awards/" + id + "/attachment")
                        .file(new MockMultipartFile("file", "foto.jpg", "image/jpeg", "hello".getBytes())),
                admin);
        assertThat(fake.getStatus()).isEqualTo(400);
        assertThat(body(fake).get("message").asString()).contains("bukan JPEG yang sah");
        MockHttpServletResponse exe = call(
                multipart(HttpMethod.PUT, base() + "/awards/" + id + "/attachment")
                        .file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream", JPEG)),
                admin);
        assertThat(body(exe).get("message").asString()).contains("Yang diterima: .pdf, .png, .jpg, .jpeg.");
        assertThat(call(
                                multipart(HttpMethod.PUT, base() + "/awards/" + id + "/attachment")
                                        .file(new MockMultipartFile("file", "foto.jpg", "image/jpeg", JPEG)),
                                admin)
                        .getStatus())
                .isEqualTo(204);
        JsonNode listed = body(call(get(base() + "/awards?year=2024"), viewer));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("attachment").get("contentType").asString())
                .isEqualTo("image/jpeg");
        MockHttpServletResponse file = call(get(base() + "/awards/" + id + "/attachment"), viewer);
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(JPEG);
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(call(get(base() + "/awards/" + id + "/attachment"), sibling).getStatus())
                .isEqualTo(403);

        MockHttpServletResponse changed =
                call(json(put(base() + "/awards/" + id), "{\"title\":\"Juara I Nasional\",\"giver\":\"DJP\"}"), admin);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(body(changed).get("title").asString()).isEqualTo("Juara I Nasional");
        assertThat(body(changed).get("attachment").get("name").asString()).isEqualTo("foto.jpg");
        assertThat(call(delete(base() + "/awards/" + id + "/attachment"), admin).getStatus())
                .isEqualTo(204);
        assertThat(call(get(base() + "/awards/" + id + "/attachment"), viewer).getStatus())
                .isEqualTo(404);

        MockHttpServletResponse innovation = call(
                json(
                        post(base() + "/innovations?year=2024"),
                        "{\"name\":\"SAPA\",\"longName\":\"Sapa Wajib Pajak\",\"goals\":[\"satu\",\"dua\"]}"),
                admin);
        assertThat(innovation.getStatus()).isEqualTo(201);
        long nid = body(innovation).get("id").asLong();
        assertThat(body(innovation).get("goals")).hasSize(2);
        assertThat(call(delete(base() + "/innovations/" + nid), sibling).getStatus())
                .isEqualTo(403);
        assertThat(call(delete(base() + "/innovations/" + nid), admin).getStatus())
                .isEqualTo(204);
        assertThat(call(delete(base() + "/innovations/" + nid), admin).getStatus())
                .isEqualTo(404);
        assertThat(recognitions.innovations(own.unit.id(), 2024)).isEmpty();
        assertThat(audit.find(own.unit.id(), "innovation", "2024/" + nid)).hasSize(2);
    }
}
