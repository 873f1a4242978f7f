package id.kinerja.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.testsupport.OwnUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The PK editor on a unit of the test's own: a draft is created and edited, signing locks it, a revision is a
 * new draft version while the signed one stays in force, and signing the revision supersedes it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AgreementEditorTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

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
    AuditLog audit;

    @Autowired
    ScorecardService scorecards;

    OwnUnit own;

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    ResultActions post(String role, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/units/{u}/agreement" + path, own.code())
                        .with(as(role))
                        .with(csrf())
                        .param("year", "2024");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    AgreementVersion version(int v) {
        return agreements.versions(own.unit.id(), 2024).stream()
                .filter(x -> x.version() == v)
                .findFirst()
                .orElseThrow();
    }

    String rv(int v) {
        return String.valueOf(version(v).rowVersion());
    }

    List<String> actions() {
        return audit.find(own.unit.id(), "agreement", "2024/").stream()
                .map(AuditEvent::action)
                .toList();
    }

    /** The head of the test's own Kanwil, who signs its office's PK as the second party. */
    void kanwilHead() {
        accounts.create(
                own.user("kanwilhead"),
                "Kepala Kanwil " + own.tag,
                "rahasia-uji-kinerja",
                own.kanwil.code(),
                Set.of(Role.HEAD),
                Set.of(),
                "test");
    }

    @Test
    void draftEditSignReviseAndSupersede() throws Exception {
        own = OwnUnit.create("a", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        kanwilHead();
        long fw = frameworks.latest("djp-kpp-pratama-2024").orElseThrow().id();

        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Belum ada perjanjian kinerja tahun 2024")))
                .andExpect(content().string(containsString("name=\"frameworkVersionId\"")));
        post("pic", "/create", "frameworkVersionId", String.valueOf(fw)).andExpect(status().isForbidden());
        post("admin", "/create", "frameworkVersionId", String.valueOf(fw)).andExpect(status().is3xxRedirection());
        post("admin", "/create", "frameworkVersionId", String.valueOf(fw)).andExpect(status().isConflict());

        PerformanceAgreement draft = agreements.findCurrent(own.unit.id(), 2024).orElseThrow();
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.indicators()).hasSize(20);
        assertThat(draft.indicators().getFirst().weight()).isEqualByComparingTo("26");
        long id = draft.id();

        // header
        post(
                        "admin",
                        "/" + id + "/header",
                        "rowVersion",
                        rv(1),
                        "number",
                        "PK-UJI/2024",
                        "date",
                        "2024-01-15",
                        "place",
                        "Kupang",
                        "firstName",
                        "Kepala Uji",
                        "firstPosition",
                        "Kepala KPP",
                        "secondName",
                        "Kepala Kanwil",
                        "secondPosition",
                        "Kepala Kanwil DJP Nusa Tenggara")
                .andExpect(status().is3xxRedirection());
        draft = agreements.findById(id).orElseThrow();
        assertThat(draft.number()).isEqualTo("PK-UJI/2024");
        assertThat(draft.date()).isEqualTo(LocalDate.of(2024, 1, 15));
        // a stale form changes nothing and says who changed it
        String stale = String.valueOf(version(1).rowVersion() - 1);
        post("admin", "/" + id + "/header", "rowVersion", stale, "number", "LAMA")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Konflik")))
                .andExpect(content().string(containsString(own.user("admin"))));
        assertThat(agreements.findById(id).orElseThrow().number()).isEqualTo("PK-UJI/2024");

        // weights and targets in Indonesian numbers; a zero weight names the IKU and saves nothing
        post("admin", "/" + id + "/indicators", "rowVersion", rv(1), "weight.01a-CP", "0", "target.01a-CP.Q1", "15")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bobot IKU 01a-CP harus lebih dari 0")))
                .andExpect(content().string(containsString("value=\"0\"")));
        post("admin", "/" + id + "/indicators", "rowVersion", rv(1), "weight.01a-CP", "26", "target.01a-CP.Q2", "35,5%")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Target IKU 01a-CP periode Triwulan II")));
        assertThat(agreements.findById(id).orElseThrow().indicators().getFirst().targets())
                .isEmpty();
        post(
                        "admin",
                        "/" + id + "/indicators",
                        "rowVersion",
                        rv(1),
                        "weight.01a-CP",
                        "27,5",
                        "target.01a-CP.Q1",
                        "15",
                        "target.01a-CP.Q2",
                        "35,5",
                        "target.01a-CP.Y",
                        "100",
                        "target.01a-CP.S1",
                        "")
                .andExpect(status().is3xxRedirection());
        PerformanceAgreement.Indicator iku =
                agreements.findById(id).orElseThrow().indicators().getFirst();
        assertThat(iku.weight()).isEqualByComparingTo("27.5");
        assertThat(iku.targets()).containsOnlyKeys(Period.Q1, Period.Q2, Period.Y);
        assertThat(iku.targets().get(Period.Q2).value()).isEqualByComparingTo("35.5");

        // pick IKU: remove one and add it back (with the framework's weight)
        post("admin", "/" + id + "/indicators/10a-CP/remove", "rowVersion", rv(1))
                .andExpect(status().is3xxRedirection());
        assertThat(agreements.findById(id).orElseThrow().indicators())
                .hasSize(19)
                .noneMatch(i -> i.code().equals("10a-CP"));
        post("admin", "/" + id + "/indicators/add", "rowVersion", rv(1), "indicator", "10a-CP")
                .andExpect(status().is3xxRedirection());
        assertThat(agreements.findById(id).orElseThrow().indicators())
                .hasSize(20)
                .last()
                .satisfies(i -> assertThat(i.code()).isEqualTo("10a-CP"));
        post("admin", "/" + id + "/indicators/add", "rowVersion", rv(1), "indicator", "99x-NO")
                .andExpect(status().isBadRequest());

        // budget lines
        post(
                        "admin",
                        "/" + id + "/budget",
                        "rowVersion",
                        rv(1),
                        "budgetCode",
                        "015.01.WA",
                        "budgetName",
                        "Program Dukungan Manajemen",
                        "budgetAmount",
                        "12.500.000.000")
                .andExpect(status().is3xxRedirection());
        assertThat(agreements.findById(id).orElseThrow().budget())
                .singleElement()
                .satisfies(b -> assertThat(b.amount()).isEqualByComparingTo("12500000000"));
        post(
                        "admin",
                        "/" + id + "/budget",
                        "rowVersion",
                        rv(1),
                        "budgetCode",
                        "015.01.WA",
                        "budgetName",
                        "Program Dukungan Manajemen",
                        "budgetAmount",
                        "12.500.000.000",
                        "budgetCode",
                        "015.01.WA.4707",
                        "budgetName",
                        "Pengelolaan Keuangan",
                        "budgetAmount",
                        "2.000.000.000",
                        "budgetCode",
                        "",
                        "budgetName",
                        "",
                        "budgetAmount",
                        "")
                .andExpect(status().is3xxRedirection());
        assertThat(agreements.findById(id).orElseThrow().budget()).hasSize(2);
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(content().string(containsString("12.500.000.000")))
                .andExpect(content().string(not(containsString("14.500.000.000"))));
        post(
                        "admin",
                        "/" + id + "/budget",
                        "rowVersion",
                        rv(1),
                        "budgetCode",
                        "015.01.WA",
                        "budgetName",
                        "X",
                        "budgetAmount",
                        "-5")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Jumlah anggaran 015.01.WA")));

        // others may not edit; the head signs, and then it is locked
        post("head", "/" + id + "/header", "rowVersion", rv(1), "number", "X").andExpect(status().isForbidden());
        post("pic", "/" + id + "/budget", "rowVersion", rv(1)).andExpect(status().isForbidden());
        post("admin", "/" + id + "/sign", "rowVersion", rv(1)).andExpect(status().isForbidden());
        post("sibling", "/" + id + "/sign", "rowVersion", rv(1)).andExpect(status().isForbidden());
        // signing is not one click: without the confirmation nothing is signed
        post("head", "/" + id + "/sign", "rowVersion", rv(1))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("centang konfirmasi")));
        assertThat(version(1).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(events.stream(AgreementSigned.class)).isEmpty();
        // the office's head signs as the first party: recorded, but not in force until the Kanwil's head signs
        post("head", "/" + id + "/sign", "rowVersion", rv(1), "confirm", "yes").andExpect(status().is3xxRedirection());
        assertThat(version(1).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(version(1).firstPartySignedBy()).isEqualTo(own.user("head"));
        assertThat(version(1).secondPartySignedBy()).isNull();
        assertThat(events.stream(AgreementSigned.class)).isEmpty();
        post("head", "/" + id + "/sign", "rowVersion", rv(1), "confirm", "yes", "party", "SECOND")
                .andExpect(status().isForbidden());
        post("head", "/" + id + "/sign", "rowVersion", rv(1), "confirm", "yes")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Pihak pertama sudah menandatangani")));
        post("kanwilhead", "/" + id + "/sign", "rowVersion", rv(1), "confirm", "yes")
                .andExpect(status().is3xxRedirection());
        assertThat(version(1).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(version(1).secondPartySignedBy()).isEqualTo(own.user("kanwilhead"));
        assertThat(version(1).signedBy()).isEqualTo(own.user("kanwilhead"));
        // the completing signature published the event, once, with the signed version
        assertThat(events.stream(AgreementSigned.class))
                .containsExactly(new AgreementSigned(id, own.unit.id(), 2024, 1, own.user("kanwilhead")));
        post("admin", "/" + id + "/indicators", "rowVersion", rv(1), "weight.01a-CP", "30")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("terkunci")));
        assertThat(agreements.findById(id).orElseThrow().indicators().getFirst().weight())
                .isEqualByComparingTo("27.5");
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"weight.01a-CP\""))))
                .andExpect(content().string(containsString("/revise")));

        // a revision: version 2 as a draft copy; version 1 stays in force (and in the score)
        post("admin", "/" + id + "/revise", "rowVersion", rv(1)).andExpect(status().is3xxRedirection());
        post("admin", "/" + id + "/revise", "rowVersion", rv(1)).andExpect(status().isConflict());
        AgreementVersion v2 = version(2);
        assertThat(v2.status()).isEqualTo(AgreementStatus.DRAFT);
        PerformanceAgreement revision = agreements.findById(v2.id()).orElseThrow();
        assertThat(revision.indicators()).hasSize(20);
        assertThat(revision.indicators().getFirst().targets().get(Period.Q2).value())
                .isEqualByComparingTo("35.5");
        assertThat(revision.budget()).hasSize(2);
        assertThat(revision.number()).isEqualTo("PK-UJI/2024");
        assertThat(agreements.findCurrent(own.unit.id(), 2024).orElseThrow().version())
                .isEqualTo(1);
        assertThat(scorecards.score(own.code(), 2024, Period.Q1).agreement().version())
                .isEqualTo(1);

        post(
                        "admin",
                        "/" + v2.id() + "/indicators",
                        "rowVersion",
                        rv(2),
                        "weight.01a-CP",
                        "30",
                        "target.01a-CP.Q2",
                        "40")
                .andExpect(status().is3xxRedirection());
        assertThat(agreements
                        .findCurrent(own.unit.id(), 2024)
                        .orElseThrow()
                        .indicators()
                        .getFirst()
                        .weight())
                .as("the signed version is in force while the revision is a draft")
                .isEqualByComparingTo("27.5");
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draf revisi versi 2")));

        // before signing the revision the head sees what it changes against version 1, and must give the reason
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .param("version", "2")
                        .with(as("head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Perubahan versi 2 terhadap versi 1 yang berlaku")))
                .andExpect(content().string(containsString("<li>Bobot IKU 01a-CP: 27,50 → 30,00</li>")))
                .andExpect(content().string(containsString("<li>Target IKU 01a-CP Triwulan II: 35,50 → 40,00</li>")))
                .andExpect(content().string(containsString("name=\"reason\"")))
                .andExpect(content().string(containsString("name=\"confirm\"")));
        post("head", "/" + v2.id() + "/sign", "rowVersion", rv(2), "confirm", "yes", "reason", "  ")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("versi 2 adalah revisi; tulis alasan revisinya")));
        assertThat(version(2).status()).isEqualTo(AgreementStatus.DRAFT);
        post(
                        "head",
                        "/" + v2.id() + "/sign",
                        "rowVersion",
                        rv(2),
                        "confirm",
                        "yes",
                        "reason",
                        "Bobot 01a-CP disesuaikan dengan arahan Kanwil")
                .andExpect(status().is3xxRedirection());
        assertThat(version(2).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(version(1).status()).isEqualTo(AgreementStatus.SIGNED);
        // the revision needs both signatures again; the second party need not repeat the reason
        post("kanwilhead", "/" + v2.id() + "/sign", "rowVersion", rv(2), "confirm", "yes")
                .andExpect(status().is3xxRedirection());
        assertThat(audit.find(own.unit.id(), "agreement", "2024/v2"))
                .filteredOn(e -> e.action().equals("sign"))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Bobot 01a-CP disesuaikan dengan arahan Kanwil"));
        assertThat(version(1).status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(version(2).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(events.stream(AgreementSigned.class))
                .containsExactly(
                        new AgreementSigned(id, own.unit.id(), 2024, 1, own.user("kanwilhead")),
                        new AgreementSigned(v2.id(), own.unit.id(), 2024, 2, own.user("kanwilhead")));
        PerformanceAgreement inForce =
                agreements.findCurrent(own.unit.id(), 2024).orElseThrow();
        assertThat(inForce.version()).isEqualTo(2);
        assertThat(inForce.indicators().getFirst().weight()).isEqualByComparingTo("30");
        assertThat(scorecards.score(own.code(), 2024, Period.Q1).agreement().version())
                .isEqualTo(2);

        // the superseded version stays readable, read-only
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .param("version", "1")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Digantikan")))
                .andExpect(content().string(containsString("27,5")))
                .andExpect(content().string(not(containsString("name=\"weight.01a-CP\""))))
                .andExpect(content().string(not(containsString("/revise"))));
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .param("version", "9")
                        .with(as("admin")))
                .andExpect(status().isNotFound());

        assertThat(actions())
                .contains(
                        "create",
                        "header",
                        "indicators",
                        "remove-indicator",
                        "add-indicator",
                        "budget",
                        "sign-first-party",
                        "sign-second-party",
                        "sign",
                        "revise",
                        "supersede");
        AuditEvent weightChange =
                audit.find(own.unit.id(), "agreement", "2024/v2/01a-CP").getFirst();
        assertThat(weightChange.oldValue()).startsWith("bobot 27.5");
        assertThat(weightChange.newValue()).startsWith("bobot 30");
        assertThat(weightChange.username()).isEqualTo(own.user("admin"));
    }

    @Test
    void signingNeedsNumberDateAndSignatoriesAndOtherUnitsSeeNothing() throws Exception {
        own = OwnUnit.create("s", false, Set.of(), units, agreements, frameworks, realizations, accounts);
        long fw = frameworks.latest("djp-kpp-pratama-2024").orElseThrow().id();
        post("admin", "/create", "frameworkVersionId", String.valueOf(fw)).andExpect(status().is3xxRedirection());
        long id = version(1).id();
        post("head", "/" + id + "/sign", "rowVersion", rv(1))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nomor wajib diisi")));
        assertThat(version(1).status()).isEqualTo(AgreementStatus.DRAFT);
        // the header's lengths (Bean Validation, messages of the bundles in the user's language), after the checks of
        // who may edit; the text is stripped before it is measured
        String tooLong = "N".repeat(129);
        post("head", "/" + id + "/header", "rowVersion", rv(1), "number", tooLong)
                .andExpect(status().isForbidden());
        post("admin", "/" + id + "/header", "rowVersion", rv(1), "number", tooLong)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nomor terlalu panjang (maksimal 128 karakter).")));
        post("admin", "/" + id + "/header", "rowVersion", rv(1), "number", "1", "secondPosition", "J".repeat(256))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString("Pihak kedua: jabatan terlalu panjang (maksimal 255 karakter).")));
        post("admin", "/" + id + "/header", "rowVersion", rv(1), "number", tooLong, "lang", "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Number is too long (at most 128 characters).")));
        assertThat(version(1).number()).isNull();
        post("admin", "/" + id + "/header", "rowVersion", rv(1), "number", "  " + "N".repeat(128) + "  ")
                .andExpect(status().is3xxRedirection());
        assertThat(version(1).number()).isEqualTo("N".repeat(128));
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .with(as("sibling")))
                .andExpect(status().isForbidden());
        // an agreement id of another unit through this unit's address is not found
        long kupang = agreements
                .findCurrent(units.findByCode("KPP-KUPANG").orElseThrow().id(), 2024)
                .orElseThrow()
                .id();
        post("admin", "/" + kupang + "/header", "rowVersion", "0", "number", "X")
                .andExpect(status().isNotFound());
        post("admin", "/create", "frameworkVersionId", "999999").andExpect(status().isConflict());
        mvc.perform(get("/units/{u}/agreement", own.code())
                        .param("year", "2024")
                        .param("lang", "en")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Save weights and targets")));
    }
}
