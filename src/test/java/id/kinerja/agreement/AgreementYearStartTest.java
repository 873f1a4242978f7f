package id.kinerja.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Period;
import id.kinerja.framework.internal.FrameworkVersionRepository;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.scoring.Target;
import id.kinerja.testsupport.OwnUnit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starting a year and signing it by both parties, on units of the test's own: "Buat PK dari PK tahun lalu" per
 * office and for every office under a Kanwil (an IKU the new year's framework no longer has is dropped and
 * reported; no framework for the year is a clear message), the two signatures (the first alone does not put it in
 * force; the wrong person, the head of another Kanwil and headquarters' head are refused; an edit withdraws a
 * signature), the Kanwil head's list of PKs waiting, the API-only path and the PK document with both parties and
 * the header. The frameworks of the new year are built by the test from the 2024 manual, for years no other test
 * uses (so that "no framework for 2025" stays true elsewhere).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementYearStartTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DROPPED = "04b-N";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    AgreementCommands commands;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    FrameworkVersionRepository frameworkVersions;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    OwnUnit own;

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    CurrentUser me(String role) {
        return (CurrentUser) users.loadUserByUsername(own.user(role));
    }

    /** The test's office and Kanwil with a Kanwil head and administrator, and a signed PK of {@code year}. */
    void office(String prefix, int year) {
        own = OwnUnit.create(prefix, false, Set.of(), units, agreements, frameworks, realizations, accounts);
        account("kanwilhead", own.kanwil.code(), Role.HEAD);
        account("kanwiladmin", own.kanwil.code(), Role.ADMINISTRATOR);
        account("otherhead", "KANWIL-NUSRA", Role.HEAD);
        account("otheradmin", "KANWIL-NUSRA", Role.ADMINISTRATOR);
        account("djphead", "DJP", Role.HEAD);
        PerformanceAgreement kupang = agreements
                .findCurrent(units.findByCode("KPP-KUPANG").orElseThrow().id(), 2024)
                .orElseThrow();
        assertThat(kupang.indicators())
                .extracting(PerformanceAgreement.Indicator::code)
                .contains(DROPPED);
        agreements.create(
                own.unit.id(),
                year,
                kupang.frameworkVersionId(),
                1,
                "PK-LALU/" + own.tag,
                LocalDate.of(year, 1, 10),
                "Kupang",
                AgreementStatus.SIGNED,
                new PerformanceAgreement.Party("Kepala Lama", "Kepala Kantor Pelayanan Pajak Pratama Uji"),
                new PerformanceAgreement.Party("Kakanwil Lama", "Kepala Kantor Wilayah DJP Uji"),
                kupang.indicators(),
                kupang.budget(),
                "test");
    }

    void account(String role, String unitCode, Role r) {
        accounts.create(
                own.user(role), role + " " + own.tag, "rahasia-uji-kinerja", unitCode, Set.of(r), Set.of(), "test");
    }

    /** A framework of {@code year} made from the 2024 manual without {@link #DROPPED}, recorded in the catalog. */
    FrameworkVersion framework(int year) throws IOException {
        String text = new ClassPathResource("frameworks/djp-kpp-pratama-2024.yaml")
                .getContentAsString(StandardCharsets.UTF_8);
        int from = text.indexOf("  - code: " + DROPPED + "\n");
        int to = text.indexOf("  - code: ", from + 1);
        String code = "uji-pk-" + own.tag + "-" + year;
        String content = (text.substring(0, from) + text.substring(to))
                .replace("id: djp-kpp-pratama-2024", "id: " + code)
                .replace("\nyear: 2024\n", "\nyear: " + year + "\n");
        FrameworkVersion v = frameworkVersions.insertNextVersion(
                code, year, "Manual IKU uji " + year, sha256(content), content, "test/" + code + ".yaml");
        assertThat(frameworks.framework(v.id()).indicator(DROPPED)).isNull();
        return v;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    AgreementVersion only(long unitId, int year) {
        List<AgreementVersion> versions = agreements.versions(unitId, year);
        assertThat(versions).hasSize(1);
        return versions.getFirst();
    }

    @Test
    void theDemosPkIsSignedByBothPartiesOnItsDate() {
        AgreementVersion kupang = agreements
                .versions(units.findByCode("KPP-KUPANG").orElseThrow().id(), 2024)
                .getFirst();
        assertThat(kupang.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(kupang.firstPartySignedBy()).isEqualTo("demo");
        assertThat(kupang.secondPartySignedBy()).isEqualTo("demo");
        assertThat(kupang.firstPartySignedAt().toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(kupang.secondPartySignedAt().toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 2));
    }

    @Test
    void anOfficeStartsItsYearFromLastYearsAgreement() throws Exception {
        office("ys", 2061);
        mvc.perform(post("/units/{u}/agreement/start", own.code())
                        .param("year", "2062")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "Tidak ada manual IKU untuk tahun 2062: terbitkan dulu di halaman Manual IKU")));
        assertThat(agreements.versions(own.unit.id(), 2062)).isEmpty();
        FrameworkVersion next = framework(2062);

        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2062")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Buat PK 2062 dari PK 2061")));
        for (String refused : List.of("pic", "head", "sibling", "reviewer", "otheradmin")) {
            mvc.perform(post("/units/{u}/agreement/start", own.code())
                            .param("year", "2062")
                            .with(as(refused))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/units/{u}/agreement/start", own.code())
                        .param("year", "2062")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        PerformanceAgreement last = agreements.findCurrent(own.unit.id(), 2061).orElseThrow();
        PerformanceAgreement draft = agreements.findCurrent(own.unit.id(), 2062).orElseThrow();
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.frameworkVersionId()).isEqualTo(next.id());
        assertThat(draft.indicators())
                .extracting(PerformanceAgreement.Indicator::code)
                .containsExactlyElementsOf(last.indicators().stream()
                        .map(PerformanceAgreement.Indicator::code)
                        .filter(c -> !c.equals(DROPPED))
                        .toList());
        assertThat(draft.indicators()).allSatisfy(i -> {
            assertThat(i.targets()).as("targets are left to fill").isEmpty();
            assertThat(i.weight())
                    .isEqualByComparingTo(last.indicators().stream()
                            .filter(l -> l.code().equals(i.code()))
                            .findFirst()
                            .orElseThrow()
                            .weight());
        });
        assertThat(draft.number()).isNull();
        assertThat(draft.date()).isNull();
        assertThat(draft.place()).isEqualTo("Kupang");
        assertThat(draft.firstParty().name()).isEqualTo("Kepala Uji " + own.tag);
        assertThat(draft.firstParty().position()).isEqualTo("Kepala Kantor Pelayanan Pajak Pratama Uji");
        assertThat(draft.secondParty().name()).isEqualTo("Kepala Kanwil Uji " + own.tag);
        assertThat(draft.budget()).isEmpty();
        assertThat(audit.find(own.unit.id(), "agreement", "2062/v1"))
                .filteredOn(e -> e.action().equals("start-year"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains(DROPPED));

        // a second time: the year has its agreement already
        mvc.perform(post("/units/{u}/agreement/start", own.code())
                        .param("year", "2062")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Sudah ada perjanjian kinerja tahun 2062")));
    }

    @Test
    void aKanwilAdministratorStartsTheYearOfEveryOfficeAtOnce() throws Exception {
        office("yk", 2071);
        assertThatThrownBy(() -> commands.startOfficesBelow(me("kanwiladmin"), own.kanwil, 2072))
                .isInstanceOf(id.kinerja.web.UserError.class)
                .hasMessageContaining("agreement.error.noFrameworkYear");
        framework(2072);
        mvc.perform(get("/units/{u}/agreement", own.kanwil.code())
                        .param("year", "2072")
                        .with(as("kanwiladmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("untuk semua kantor di bawah " + own.kanwil.name())));
        for (String refused : List.of("otheradmin", "admin", "kanwilhead")) {
            mvc.perform(post("/units/{u}/agreement/offices/start", own.kanwil.code())
                            .param("year", "2072")
                            .with(as(refused))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        var result = mvc.perform(post("/units/{u}/agreement/offices/start", own.kanwil.code())
                        .param("year", "2072")
                        .with(as("kanwiladmin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<YearStart> starts = (List<YearStart>) result.getFlashMap().get("yearStarts");
        assertThat(starts).extracting(r -> r.unit().code()).containsExactly(own.code(), own.sibling.code());
        YearStart created = starts.getFirst();
        assertThat(created.created()).isTrue();
        assertThat(created.dropped()).containsExactly(DROPPED);
        assertThat(created.carried())
                .hasSize(agreements
                                .findCurrent(own.unit.id(), 2071)
                                .orElseThrow()
                                .indicators()
                                .size()
                        - 1)
                .doesNotContain(DROPPED);
        YearStart skipped = starts.get(1);
        assertThat(skipped.created()).isFalse();
        assertThat(skipped.skipReason().getCodes()).containsExactly("agreement.skip.noPrevious");
        assertThat(only(own.unit.id(), 2072).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreements.versions(own.sibling.id(), 2072)).isEmpty();
        assertThat(result.getFlashMap().get("message"))
                .isEqualTo("Perjanjian kinerja 2072: 1 draf dibuat, 1 unit dilewati.");
        // the page after the redirect lists what was created and skipped, and why
        mvc.perform(get("/units/{u}/agreement", own.kanwil.code())
                        .param("year", "2072")
                        .flashAttr("yearStarts", starts)
                        .with(as("kanwiladmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hasil pembuatan PK 2072")))
                .andExpect(content().string(containsString("Dibuat: versi 1 dari PK versi 1")))
                .andExpect(content()
                        .string(containsString("Dilewati: Tidak ada perjanjian kinerja tahun 2071 untuk disalin.")))
                .andExpect(content().string(containsString("<td class=\"small\">" + DROPPED + "</td>")));

        // again: every office skipped with its reason, nothing written twice
        List<YearStart> again = commands.startOfficesBelow(me("kanwiladmin"), own.kanwil, 2072);
        assertThat(again)
                .extracting(r -> r.skipReason().getCodes()[0])
                .containsExactly("agreement.skip.exists", "agreement.skip.noPrevious");
        assertThat(only(own.unit.id(), 2072).version()).isEqualTo(1);
    }

    @Test
    void bothPartiesSignAndOnlyTheRightOnes() throws Exception {
        office("yb", 2063);
        framework(2064);
        YearStart start = commands.startFromPrevious(me("admin"), own.unit, 2064);
        long id = start.version().id();
        AgreementVersion v = commands.updateHeader(
                me("admin"),
                own.unit,
                id,
                start.version().rowVersion(),
                new AgreementForms.Header(
                        "PK-2064/" + own.tag,
                        "2064-01-15",
                        "Kupang",
                        "Kepala Uji " + own.tag,
                        "Kepala KPP Pratama Uji",
                        "Kepala Kanwil Uji " + own.tag,
                        "Kepala Kanwil DJP Uji"));
        int rv = v.rowVersion();
        for (String refused : List.of("admin", "otherhead", "djphead", "reviewer", "sibling")) {
            assertThatThrownBy(() -> commands.sign(me(refused), own.unit, id, rv, null, true, null))
                    .as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> commands.sign(me("kanwilhead"), own.unit, id, rv, AgreementParty.FIRST, true, null))
                .isInstanceOf(AccessDeniedException.class);

        v = commands.sign(me("head"), own.unit, id, rv, null, true, null);
        assertThat(v.status())
                .as("the first party alone does not put it in force")
                .isEqualTo(AgreementStatus.DRAFT);
        assertThat(v.firstPartySignedBy()).isEqualTo(own.user("head"));
        assertThat(agreements.findCurrent(own.unit.id(), 2064).orElseThrow().status())
                .isEqualTo(AgreementStatus.DRAFT);

        // the Kanwil head sees it waiting on the Kanwil's agreement page; the other Kanwil's head does not
        mvc.perform(get("/units/{u}/agreement", own.kanwil.code())
                        .param("year", "2064")
                        .with(as("kanwilhead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("menunggu tanda tangan Anda (1)")))
                .andExpect(content().string(containsString(own.unit.name() + " · PK 2064 versi 1")));
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2064")
                        .param("version", "1")
                        .with(as("kanwilhead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"party\" value=\"SECOND\"")))
                .andExpect(content().string(containsString("Pihak pertama: ditandatangani oleh " + own.user("head"))))
                .andExpect(content().string(containsString("Pihak kedua: belum ditandatangani")));

        // an edit after the first signature withdraws it: the content changed
        v = commands.setIndicators(
                me("admin"),
                own.unit,
                id,
                v.rowVersion(),
                List.of(new PerformanceAgreement.Indicator(
                        "01a-CP", new BigDecimal("30"), Map.of(Period.Y, Target.of(new BigDecimal("100"))))));
        assertThat(v.firstPartySignedBy()).isNull();
        assertThat(audit.find(own.unit.id(), "agreement", "2064/v1"))
                .extracting(AuditEvent::action)
                .contains("sign-first-party", "withdraw-signatures");

        // the second party may sign first; the first party's signature then puts it in force
        v = commands.sign(me("kanwilhead"), own.unit, id, v.rowVersion(), null, true, null);
        assertThat(v.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(v.secondPartySignedBy()).isEqualTo(own.user("kanwilhead"));
        v = commands.sign(me("head"), own.unit, id, v.rowVersion(), AgreementParty.FIRST, true, null);
        assertThat(v.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(v.signedBy()).isEqualTo(own.user("head"));
        assertThat(audit.find(own.unit.id(), "agreement", "2064/v1"))
                .extracting(AuditEvent::action)
                .contains("sign-second-party", "sign");

        // a revision needs both signatures again
        AgreementVersion revision = commands.revise(me("admin"), own.unit, id, v.rowVersion());
        revision = commands.sign(me("head"), own.unit, revision.id(), revision.rowVersion(), null, true, "Arahan");
        assertThat(revision.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreements.findCurrent(own.unit.id(), 2064).orElseThrow().version())
                .isEqualTo(1);
    }

    @Test
    void theApiAloneStartsFillsAndSignsTheYearAndThePkDocumentPrintsIt() throws Exception {
        office("ya", 2065);
        framework(2066);
        String base = "/api/v1/units/" + own.code() + "/agreements";
        MockHttpServletResponse created =
                call(post(base).contentType(MediaType.APPLICATION_JSON).content("""
                        {"year": 2066, "from": "PREVIOUS_YEAR"}"""), "admin");
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("dropped").get(0).asString()).isEqualTo(DROPPED);
        long id = body.get("agreement").get("id").asLong();
        int rv = body.get("agreement").get("rowVersion").asInt();

        MockHttpServletResponse header = call(
                put(base + "/" + id + "/header")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"rowVersion": %d, "number": "PK-API/2066", "date": "2066-02-03", "place": "Kupang",
                         "firstParty": {"name": "Rina Kepala", "position": "Kepala KPP Pratama Uji"},
                         "secondParty": {"name": "Budi Kakanwil", "position": "Kepala Kanwil DJP Uji"}}""".formatted(rv)),
                "admin");
        assertThat(header.getStatus()).isEqualTo(200);
        rv = json(header).get("rowVersion").asInt();

        // a bad weight changes nothing and names the IKU; a stale row version is 412
        MockHttpServletResponse bad = call(
                put(base + "/" + id + "/indicators")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"rowVersion": %d, "indicators": [{"code": "01a-CP", "weight": 0}]}""".formatted(rv)),
                "admin");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad).get("message").asString()).isEqualTo("Bobot IKU 01a-CP harus lebih dari 0.");
        MockHttpServletResponse stale = call(
                put(base + "/" + id + "/indicators")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"rowVersion": %d, "indicators": []}""".formatted(rv - 1)),
                "admin");
        assertThat(stale.getStatus()).isEqualTo(412);
        MockHttpServletResponse targets = call(
                put(base + "/" + id + "/indicators")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"rowVersion": %d, "indicators": [{"code": "01a-CP", "weight": 27.5,
                          "targets": {"Q4": {"value": 100}, "Y": {"value": 100}}}]}""".formatted(rv)),
                "admin");
        assertThat(targets.getStatus()).isEqualTo(200);
        JsonNode filled = json(targets);
        assertThat(filled.get("indicators")
                        .get(0)
                        .get("targets")
                        .get("Y")
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("100");
        rv = filled.get("rowVersion").asInt();

        MockHttpServletResponse wrong = call(
                post(base + "/" + id + "/sign")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"rowVersion": %d, "confirm": true}""".formatted(rv)),
                "otherhead");
        assertThat(wrong.getStatus()).isEqualTo(403);
        MockHttpServletResponse first = call(
                post(base + "/" + id + "/sign")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"rowVersion": %d, "party": "FIRST", "confirm": true}""".formatted(rv)),
                "head");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(json(first).get("status").asString()).isEqualTo("DRAFT");
        rv = json(first).get("rowVersion").asInt();
        MockHttpServletResponse second = call(
                post(base + "/" + id + "/sign")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"rowVersion": %d, "party": "SECOND", "confirm": true}""".formatted(rv)),
                "kanwilhead");
        assertThat(second.getStatus()).isEqualTo(200);

        JsonNode inForce =
                json(call(get("/api/v1/units/" + own.code() + "/agreement").param("year", "2066"), "viewer"));
        assertThat(inForce.get("status").asString()).isEqualTo("SIGNED");
        assertThat(inForce.get("number").asString()).isEqualTo("PK-API/2066");
        assertThat(inForce.get("firstPartySignature").get("signedBy").asString())
                .isEqualTo(own.user("head"));
        assertThat(inForce.get("secondPartySignature").get("signedBy").asString())
                .isEqualTo(own.user("kanwilhead"));

        // the PK document prints the header once entered and both parties with their signatures
        String pk = call(get("/units/{u}/reports/pk", own.code()).param("year", "2066"), "viewer")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(pk)
                .contains("PK-API/2066")
                .contains("Kupang, 3 Februari 2066")
                .contains("Rina Kepala")
                .contains("Budi Kakanwil")
                .contains("Kepala Kanwil DJP Uji");
        assertThat(pk.split("Ditandatangani secara elektronik pada", -1)).hasSize(3);
    }

    MockHttpServletResponse call(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String role)
            throws Exception {
        return mvc.perform(request.with(as(role)).with(csrf())).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
