package id.kinerja.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Issue 12, "the same flow passes through the API alone": headquarters creates a Kanwil, an office under it and
 * the office's accounts, copies the shipped manual into a far-off year with one IKU changed and one added and
 * publishes it; the office's performance administrator makes the year's PK from it, both parties sign, the year's
 * realizations go through the workflow, every figure and narrative section the LAKIN prints is entered, and the
 * LAKIN downloaded through the API prints no blank, no marker and no placeholder name. Every step is a call to
 * {@code /api/v1/**} with a bearer token; the year is far off and the codes carry a random tag, since the database
 * is shared with the other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YearFromScratchApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    static final String PASSWORD = "Rahasia-Tahun-Baru-2091";
    static final List<Period> PERIODS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Y);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokenService tokens;

    /**
     * The tokens are made as an installation bootstraps its API use: the first HQ administrator's token and each
     * new account's token through {@link ApiTokenService}, as the account's owner does on the page "Token API"
     * (the API itself hands out no tokens).
     */
    String token(String username) {
        return tokens.create((CurrentUser) users.loadUserByUsername(username), "tahun baru", null, ZONE)
                .secret();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    /** A JSON call that must answer {@code status}; its body. */
    JsonNode send(MockHttpServletRequestBuilder request, String token, String body, int status) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse r = call(request, token);
        String text = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as("%s", text).isEqualTo(status);
        return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
    }

    static String text(Object value) {
        return JSON.writeValueAsString(value);
    }

    @Test
    void anOfficeRunsItsYearThroughTheApiAlone() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36)
                .toUpperCase();
        String low = tag.toLowerCase();
        int year = 2091 + ThreadLocalRandom.current().nextInt(0, 8);
        String hq = token("admin");

        // 1. units and accounts, as the HQ administrator
        String kanwil = "KANWIL-YS-" + tag;
        String office = "KPP-YS-" + tag;
        String officeName = "KPP Pratama Lembah Baru " + tag;
        send(post("/api/v1/units"), hq, """
                {"code": "%s", "name": "Kanwil DJP Nusa Baru %s", "type": "KANWIL", "parent": "DJP",
                 "officialCode": "990", "headName": "Budi Santoso Kakanwil", "headNip": "197001011990031001",
                 "headPosition": "Kepala Kantor Wilayah DJP Nusa Baru", "areas": ["Provinsi Nusa Baru"],
                 "address": "Jalan Merdeka 1, Kota Baru"}""".formatted(kanwil, tag), 201);
        JsonNode unit = send(post("/api/v1/units"), hq, """
                {"code": "%s", "name": "%s", "type": "KPP", "parent": "%s", "officialCode": "991",
                 "headName": "Rina Wulandari", "headNip": "198001012005012002",
                 "headPosition": "Kepala Kantor Pelayanan Pajak Pratama Lembah Baru",
                 "areas": ["Kota Lembah", "Kabupaten Lembah Utara"], "address": "Jalan Sudirman 10, Kota Lembah",
                 "staffCount": 40,
                 "staff": [{"grouping": "RANK", "label": "Golongan II", "count": 10},
                           {"grouping": "RANK", "label": "Golongan III", "count": 25},
                           {"grouping": "RANK", "label": "Golongan IV", "count": 5},
                           {"grouping": "EDUCATION", "label": "D3", "count": 12},
                           {"grouping": "EDUCATION", "label": "S1", "count": 22},
                           {"grouping": "EDUCATION", "label": "S2", "count": 6},
                           {"grouping": "POSITION", "label": "Pejabat struktural", "count": 8},
                           {"grouping": "POSITION", "label": "Fungsional", "count": 12},
                           {"grouping": "POSITION", "label": "Pelaksana", "count": 20},
                           {"grouping": "GENDER", "label": "Laki-laki", "count": 24},
                           {"grouping": "GENDER", "label": "Perempuan", "count": 16},
                           {"grouping": "AGE", "label": "Di bawah 30 tahun", "count": 14},
                           {"grouping": "AGE", "label": "30 tahun ke atas", "count": 26}]}""".formatted(office, officeName, kanwil), 201);
        assertThat(unit.get("parent").asString()).isEqualTo(kanwil);

        String kakanwil = "ys.kakanwil." + low;
        String head = "ys.kepala." + low;
        String admin = "ys.admin." + low;
        String pic = "ys.pic." + low;
        createUser(hq, kakanwil, "Budi Santoso Kakanwil", kanwil, "HEAD", List.of());
        createUser(hq, head, "Rina Wulandari", office, "HEAD", List.of());
        createUser(hq, admin, "Admin Kinerja Lembah", office, "PERFORMANCE_ADMIN", List.of());
        createUser(hq, pic, "PIC Lembah", office, "PIC", List.of("01a-CP"));

        // 2. the year's manual: a copy of the shipped one, one IKU renamed, one added, published
        long shipped = -1;
        for (JsonNode v : send(get("/api/v1/frameworks"), hq, null, 200)) {
            if (v.get("code").asString().equals("djp-kpp-pratama-2024")) {
                shipped = Math.max(shipped, v.get("id").asLong());
            }
        }
        assertThat(shipped).isPositive();
        String frameworkCode = "ys-" + low;
        MockHttpServletResponse copied = call(
                post("/api/v1/frameworks/drafts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(text(Map.of(
                                "fromVersionId", shipped,
                                "code", frameworkCode,
                                "year", year,
                                "name", "Manual IKU KPP Pratama " + year))),
                hq);
        assertThat(copied.getStatus()).as(copied.getContentAsString()).isEqualTo(201);
        long draft = JSON.readTree(copied.getContentAsString()).get("id").asLong();
        MockHttpServletResponse yamlResponse = call(get("/api/v1/frameworks/drafts/" + draft + "/yaml"), hq);
        String yaml = yamlResponse.getContentAsString(StandardCharsets.UTF_8);
        String renamed = "Persentase realisasi penerimaan pajak neto " + year;
        String edited = addedIndicator(
                yaml.replaceFirst("name: Persentase realisasi penerimaan pajak\n", "name: " + renamed + "\n"));
        assertThat(edited).isNotEqualTo(yaml).contains("code: 02c-N");
        MockHttpServletResponse stored = call(
                put("/api/v1/frameworks/drafts/" + draft + "/yaml")
                        .header("If-Match", yamlResponse.getHeader("ETag"))
                        .contentType(YAML)
                        .content(edited),
                hq);
        assertThat(stored.getStatus()).as(stored.getContentAsString()).isEqualTo(200);
        JsonNode checked = send(get("/api/v1/frameworks/drafts/" + draft), hq, null, 200);
        assertThat(checked.get("problems")).as("%s", checked).isEmpty();
        assertThat(checked.get("publishable").asBoolean()).isTrue();
        JsonNode published = send(
                post("/api/v1/frameworks/drafts/" + draft + "/publish").header("If-Match", stored.getHeader("ETag")),
                hq,
                null,
                201);
        long frameworkId = published.get("id").asLong();
        JsonNode manual = send(get("/api/v1/frameworks/" + frameworkId), hq, null, 200);
        assertThat(manual.get("indicators").findValuesAsString("code")).contains("02c-N");
        assertThat(manual.get("indicators").findValuesAsString("name")).contains(renamed);

        // 3. the office's PK of the year, from the manual; the office head signs first, the Kanwil head second
        String pa = token(admin);
        String base = "/api/v1/units/" + office;
        JsonNode created = send(
                post(base + "/agreements"),
                pa,
                text(Map.of("year", year, "from", "FRAMEWORK", "frameworkVersionId", frameworkId)),
                201);
        long agreementId = created.get("agreement").get("id").asLong();
        int rv = created.get("agreement").get("rowVersion").asInt();
        List<String> codes = created.get("agreement").get("indicators").findValuesAsString("code");
        assertThat(codes).contains("01a-CP", "02c-N");
        JsonNode header =
                send(put(base + "/agreements/" + agreementId + "/header"), pa, """
                {"rowVersion": %d, "number": "PK-%s/%d", "date": "%d-01-15", "place": "Kota Lembah",
                 "firstParty": {"name": "Rina Wulandari", "position": "Kepala Kantor Pelayanan Pajak Pratama Lembah Baru"},
                 "secondParty": {"name": "Budi Santoso Kakanwil", "position": "Kepala Kantor Wilayah DJP Nusa Baru"}}""".formatted(rv, tag, year, year), 200);
        rv = header.get("rowVersion").asInt();
        // the components a composite IKU's realization is entered by, per period, as the manual gives them
        Map<String, Map<String, List<String>>> components = new LinkedHashMap<>();
        for (JsonNode i : manual.get("indicators")) {
            Map<String, List<String>> byPeriod = new LinkedHashMap<>();
            for (JsonNode set : i.get("componentSets")) {
                for (JsonNode p : set.get("periods")) {
                    byPeriod.put(p.asString(), set.get("components").findValuesAsString("code"));
                }
            }
            components.put(i.get("code").asString(), byPeriod);
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (JsonNode i : created.get("agreement").get("indicators")) {
            Map<String, Object> targets = new LinkedHashMap<>();
            for (Period p : PERIODS) {
                targets.put(p.name(), Map.of("value", 100));
            }
            indicators.add(Map.of(
                    "code", i.get("code").asString(),
                    "weight", i.get("weight").decimalValue(),
                    "targets", targets));
        }
        JsonNode filled = send(
                put(base + "/agreements/" + agreementId + "/indicators"),
                pa,
                text(Map.of("rowVersion", rv, "indicators", indicators)),
                200);
        rv = filled.get("rowVersion").asInt();
        JsonNode first = send(
                post(base + "/agreements/" + agreementId + "/sign"),
                token(head),
                "{\"rowVersion\": %d, \"party\": \"FIRST\", \"confirm\": true}".formatted(rv),
                200);
        assertThat(first.get("status").asString()).isEqualTo("DRAFT");
        send(
                post(base + "/agreements/" + agreementId + "/sign"),
                token(kakanwil),
                "{\"rowVersion\": %d, \"party\": \"SECOND\", \"confirm\": true}"
                        .formatted(first.get("rowVersion").asInt()),
                200);
        JsonNode inForce = send(get(base + "/agreement?year=" + year), pa, null, 200);
        assertThat(inForce.get("status").asString()).isEqualTo("SIGNED");
        assertThat(inForce.get("number").asString()).isEqualTo("PK-" + tag + "/" + year);

        // 4. the realizations of every quarter and the year: the PIC saves and submits, the performance
        // administrator verifies, the head approves
        send(put("/api/v1/users/" + pic), hq, text(Map.of("indicators", codes)), 200);
        String picToken = token(pic);
        String headToken = token(head);
        for (String code : codes) {
            for (Period p : PERIODS) {
                String url = base + "/realizations/" + code + "/" + p.name() + "?year=" + year;
                Map<String, Object> body = new LinkedHashMap<>();
                List<String> parts = components.get(code).get(p.name());
                if (parts != null) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    parts.forEach(c -> values.put(c, 100));
                    body.put("components", values);
                } else {
                    body.put("value", 100);
                }
                body.put("note", "Data aplikasi DJP");
                MockHttpServletResponse saved = call(
                        put(url).header("If-Match", "\"none\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(text(body)),
                        picToken);
                assertThat(saved.getStatus())
                        .as("%s %s: %s", code, p, saved.getContentAsString(StandardCharsets.UTF_8))
                        .isEqualTo(200);
                String etag = step(url, "submit", saved.getHeader("ETag"), picToken);
                etag = step(url, "verify", etag, pa);
                step(url, "approve", etag, headToken);
            }
        }

        // the figures the LAKIN prints: net revenue of five years, PPM/PKM, budget kinds, an award, an innovation
        for (int y = year - 4; y <= year; y++) {
            long target = 1_000_000_000_000L + (y - year + 4) * 50_000_000_000L;
            send(
                    put(base + "/revenue/net/" + y),
                    pa,
                    text(Map.of("target", target, "gross", target + 120_000_000_000L, "refunds", 100_000_000_000L)),
                    200);
        }
        for (String activity : List.of("PPM", "PKM")) {
            Map<String, Object> quarters = new LinkedHashMap<>();
            for (int q = 1; q <= 4; q++) {
                quarters.put("Q" + q, Map.of("target", 100_000_000_000L * q, "realization", 101_000_000_000L * q));
            }
            send(
                    put(base + "/revenue/activities/" + activity + "/" + year),
                    pa,
                    text(Map.of("quarters", quarters)),
                    200);
        }
        send(put(base + "/budget/kinds?year=" + year), pa, """
                {"kinds": [{"kind": 51, "ceiling": 9000000000, "realization": 8800000000},
                           {"kind": 52, "ceiling": 4000000000, "realization": 3700000000},
                           {"kind": 53, "ceiling": 1500000000, "realization": 1400000000}]}""", 200);
        send(post(base + "/awards?year=" + year), pa, """
                {"title": "Unit Kerja Pelayanan Prima", "giver": "Kanwil DJP Nusa Baru", "date": "%d-08-17",
                 "description": "Penghargaan atas pelayanan terbaik kepada Wajib Pajak"}""".formatted(year), 201);
        send(post(base + "/innovations?year=" + year), pa, """
                {"name": "LEMBAH CEPAT", "longName": "Layanan Elektronik Mandiri Bantuan Hukum Cepat",
                 "description": "Layanan konsultasi daring bagi Wajib Pajak",
                 "goals": ["Mempercepat layanan", "Mengurangi antrean"]}""", 201);

        // planning references and past years of every IKU, the LAKIN's place and date
        List<Map<String, Object>> references = new ArrayList<>();
        List<Map<String, Object>> past = new ArrayList<>();
        for (String code : codes) {
            references.add(Map.of(
                    "indicator",
                    code,
                    "renstraTarget",
                    100,
                    "rpjmnTarget",
                    100,
                    "nationalStandard",
                    new BigDecimal("98.50"),
                    "source",
                    "Renstra DJP"));
            // past years are the four before the report's year, and the history takes no year after last
            // calendar year: a far-off test year has none to record (see the remaining markers below)
            for (int y = Math.max(2000, year - 4);
                    y < year && y < LocalDate.now(ZONE).getYear();
                    y++) {
                past.add(Map.of(
                        "indicator", code, "year", y, "realization", 95 + y - year + 4, "index", 95 + y - year + 4));
            }
        }
        send(put(base + "/planning-references?year=" + year), pa, text(Map.of("references", references)), 200);
        if (!past.isEmpty()) {
            send(put(base + "/indicator-history"), pa, text(Map.of("entries", past)), 200);
        } else {
            // the year before a far-off year is still to come: the history refuses it, naming the IKU
            JsonNode refused = send(
                    put(base + "/indicator-history"),
                    pa,
                    text(Map.of(
                            "entries", List.of(Map.of("indicator", "01a-CP", "year", year - 1, "realization", 99)))),
                    400);
            assertThat(refused.get("message").asString())
                    .isEqualTo("Tahun %d IKU 01a-CP harus antara 2000 dan %d."
                            .formatted(year - 1, LocalDate.now(ZONE).getYear() - 1));
        }
        send(put(base + "/document-settings?year=" + year), pa, """
                {"documents": [{"document": "LAKIN", "period": "Y", "place": "Kota Lembah", "date": "%d-01-20"}]}""".formatted(year + 1), 200);

        // every narrative section of the year
        JsonNode sections = send(get(base + "/narratives?year=" + year), pa, null, 200);
        assertThat(sections.size()).isGreaterThan(codes.size());
        for (JsonNode section : sections) {
            String key = section.get("key").asString();
            MockHttpServletResponse written = call(
                    put(base + "/narratives/" + key + "?year=" + year)
                            .header("If-Match", "\"" + section.get("version").asInt() + "\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(text(Map.of(
                                    "content",
                                    "<p>Uraian " + section.get("title").asString() + " tahun " + year + ".</p>"))),
                    pa);
            assertThat(written.getStatus())
                    .as("%s: %s", key, written.getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo(200);
        }

        // 5. the LAKIN, as PDF and HTML, against the scorecard
        JsonNode score = send(get(base + "/scores?year=" + year + "&period=Y"), pa, null, 200);
        String nko = score.get("nko")
                .decimalValue()
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
        assertThat(score.get("nko").decimalValue()).isPositive();
        MockHttpServletResponse pdf = call(get(base + "/reports/lakin?year=" + year + "&format=pdf"), pa);
        assertThat(pdf.getStatus()).isEqualTo(200);
        String pdfText = pdfText(pdf.getContentAsByteArray());
        MockHttpServletResponse html = call(get(base + "/reports/lakin?year=" + year + "&format=html"), pa);
        assertThat(html.getStatus()).isEqualTo(200);
        String htmlText = html.getContentAsString(StandardCharsets.UTF_8);
        // the one marker left: a far-off year's IKU has no past year in the history (four years before the
        // report's year, none after last calendar year), so each IKU's five-year table says so, once per IKU
        String noPast =
                "Data realisasi tahun sebelumnya yang tercatat: 0 tahun; tahun lainnya tidak tersedia dalam data.";
        int expectedNoPast = past.isEmpty() ? codes.size() : 0;
        // the HTML's text without its tags, as a reader sees it
        for (String document : List.of(pdfText, htmlText.replaceAll("<[^>]+>", " "))) {
            String flat = document.replaceAll("\\s+", " ");
            assertThat(flat.split(java.util.regex.Pattern.quote(noPast), -1).length - 1)
                    .as("IKU without past years")
                    .isEqualTo(expectedNoPast);
            assertThat(flat.replace(noPast, ""))
                    .contains(officeName)
                    .contains("Rina Wulandari")
                    .contains("Nilai Kinerja Organisasi " + nko)
                    .contains("Kota Lembah")
                    // the summary's budget from the kinds of spending (an office without DIPA lines)
                    .contains("Rp13.900.000.000 dari pagu Rp14.500.000.000")
                    .doesNotContain("belum diisi")
                    .doesNotContain("belum dicatat")
                    .doesNotContain("tidak tersedia dalam data")
                    .doesNotContain("tidak ditetapkan dalam data")
                    .doesNotContain("......")
                    .doesNotContain("Nama Kepala");
        }
        assertThat(htmlText).doesNotContain("<strong>–</strong>");
    }

    void createUser(String token, String username, String name, String unit, String role, List<String> indicators)
            throws Exception {
        JsonNode created = send(
                post("/api/v1/users"),
                token,
                text(Map.of(
                        "username", username,
                        "displayName", name,
                        "email", username + "@pajak.go.id",
                        "unit", unit,
                        "roles", List.of(role),
                        "indicators", indicators,
                        "apiAccess", true,
                        "password", PASSWORD)),
                201);
        assertThat(created.get("user").get("unit").asString()).isEqualTo(unit);
    }

    /** One workflow step with the ETag read; the next ETag. */
    String step(String url, String action, String etag, String token) throws Exception {
        MockHttpServletResponse r = call(
                post(url.replace("?", "/" + action + "?"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                token);
        assertThat(r.getStatus())
                .as("%s %s: %s", action, url, r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return r.getHeader("ETag");
    }

    /** A new IKU: a copy of 02b-CP's block under the code 02c-N, placed before 03a-CP. */
    static String addedIndicator(String yaml) {
        int start = yaml.indexOf("  - code: 02b-CP\n");
        int end = yaml.indexOf("  - code: 03a-CP\n");
        String block = yaml.substring(start, end)
                .replace("code: 02b-CP", "code: 02c-N")
                .replaceFirst("name: [^\n]+", "name: Persentase tindak lanjut pengaduan Wajib Pajak");
        return yaml.substring(0, end) + block + yaml.substring(end);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
