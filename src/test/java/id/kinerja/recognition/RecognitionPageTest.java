package id.kinerja.recognition;

import static id.kinerja.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Awards and innovations on an office of the test's own: the rules (naming the field), the page (add with an
 * attachment, change, delete), the attachment's checks (content sniffed, not the name) and who may download it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionPageTest {

    static final int YEAR = 2024;
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

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
    Recognitions recognitions;

    @Autowired
    AuditLog audit;

    OwnUnit own;

    @BeforeAll
    void ownUnit() {
        own = OwnUnit.create("rc", false, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theRulesNameTheField() {
        assertThatThrownBy(() -> Recognitions.award(YEAR, new AwardInput("  ", "x", null, null)))
                .isInstanceOfSatisfying(
                        RecognitionRefused.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> Recognitions.award(YEAR, new AwardInput("T", null, "30-06-2024", null)))
                .isInstanceOfSatisfying(RecognitionRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.code()).isEqualTo("recognition.error.date");
                });
        assertThatThrownBy(() -> Recognitions.award(YEAR, new AwardInput("T", "g".repeat(256), null, null)))
                .isInstanceOfSatisfying(
                        RecognitionRefused.class, e -> assertThat(e.field()).isEqualTo("giver"));
        assertThatThrownBy(() -> Recognitions.innovation(YEAR, new InnovationInput("N", null, null, "a\n".repeat(21))))
                .isInstanceOfSatisfying(
                        RecognitionRefused.class,
                        e -> assertThat(e.code()).isEqualTo("recognition.error.tooManyGoals"));
        Innovation n = Recognitions.innovation(YEAR, new InnovationInput(" N ", "", null, "satu\r\n\n dua "));
        assertThat(n.name()).isEqualTo("N");
        assertThat(n.longName()).isNull();
        assertThat(n.goals()).containsExactly("satu", "dua");
        // only the unit's own performance administrator writes
        assertThatThrownBy(() -> recognitions.createAward(
                        me(own.user("head")), own.unit, YEAR, new AwardInput("T", null, null, null), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recognitions.createAward(
                        me("kupang.admin"), own.unit, YEAR, new AwardInput("T", null, null, null), null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAwardIsAddedWithItsCertificateChangedAndDeletedOnThePage() throws Exception {
        String admin = own.user("admin");
        // a .pdf that is not a PDF is refused, and the award with it
        String refused = mvc.perform(multipart("/units/{u}/recognitions/awards", own.code())
                        .file(new MockMultipartFile("file", "piagam.pdf", "application/pdf", "MZ-not-a-pdf".getBytes()))
                        .param("year", "2024")
                        .param("title", "Juara I Pelayanan")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(refused)).contains("Isi berkas “piagam.pdf” bukan PDF yang sah");
        assertThat(refused).contains("value=\"Juara I Pelayanan\"");
        assertThat(recognitions.storedAwards(own.unit.id(), YEAR)).isEmpty();
        // a missing title names the field
        String noTitle = mvc.perform(multipart("/units/{u}/recognitions/awards", own.code())
                        .param("year", "2024")
                        .param("title", "")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(noTitle)).contains("Nama penghargaan wajib diisi; tidak ada yang disimpan.");

        mvc.perform(multipart("/units/{u}/recognitions/awards", own.code())
                        .file(new MockMultipartFile("file", "../../piagam\u202Efdp.pdf", "text/html", PDF))
                        .param("year", "2024")
                        .param("title", "Juara I Pelayanan")
                        .param("giver", "Kepala Kanwil")
                        .param("date", "2024-08-17")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredAward a = recognitions.storedAwards(own.unit.id(), YEAR).getFirst();
        assertThat(a.position()).isEqualTo(1);
        assertThat(a.attachment().name()).isEqualTo("piagamfdp.pdf");
        assertThat(a.attachment().contentType()).isEqualTo("application/pdf");
        assertThat(audit.find(own.unit.id(), "award", YEAR + "/" + a.id())).hasSize(2); // created, attachment

        String page = mvc.perform(
                        get("/units/{u}/recognitions?year=2024", own.code()).with(as(own.user("viewer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(page))
                .contains("Juara I Pelayanan")
                .contains("Kepala Kanwil")
                .contains("Unduh lampiran: piagamfdp.pdf");
        assertThat(page).doesNotContain("name=\"title\""); // a viewer has no form

        // change it: a photo replaces the certificate
        mvc.perform(multipart("/units/{u}/recognitions/awards/{id}", own.code(), a.id())
                        .file(new MockMultipartFile("file", "foto.png", "image/png", PNG))
                        .param("year", "2024")
                        .param("title", "Juara I Pelayanan Prima")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredAward changed = recognitions.findAward(own.unit, a.id());
        assertThat(changed.award().title()).isEqualTo("Juara I Pelayanan Prima");
        assertThat(changed.award().giver()).isNull();
        assertThat(changed.attachment().contentType()).isEqualTo("image/png");

        // download: whoever may view the unit; the Kanwil above too; another office not
        String url = "/units/" + own.code() + "/recognitions/awards/" + a.id() + "/attachment";
        mvc.perform(get(url).with(as(own.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(url).with(as(own.user("reviewer")))).andExpect(status().isOk());
        mvc.perform(get(url).with(as(own.user("sibling")))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("kupang.admin"))).andExpect(status().isForbidden());
        // the id of this unit's award under another unit's address is not found
        mvc.perform(get("/units/" + own.sibling.code() + "/recognitions/awards/" + a.id() + "/attachment")
                        .with(as(own.user("sibling"))))
                .andExpect(status().isNotFound());

        // remove the attachment, then the award; another unit's administrator may not
        mvc.perform(post("/units/{u}/recognitions/awards/{id}/delete", own.code(), a.id())
                        .with(as(own.user("sibling")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/units/{u}/recognitions/awards/{id}", own.code(), a.id())
                        .param("year", "2024")
                        .param("title", "Juara I Pelayanan Prima")
                        .param("removeAttachment", "true")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(recognitions.findAward(own.unit, a.id()).attachment()).isNull();
        mvc.perform(get(url).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/units/{u}/recognitions/awards/{id}/delete", own.code(), a.id())
                        .param("year", "2024")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(recognitions.storedAwards(own.unit.id(), YEAR)).isEmpty();
        assertThat(audit.find(own.unit.id(), "award", YEAR + "/" + a.id()))
                .extracting(e -> e.action())
                .contains("delete");
    }

    @Test
    void innovationsKeepTheirOrderAndGoals() throws Exception {
        String admin = own.user("admin");
        for (String name : new String[] {"SATU", "DUA"}) {
            mvc.perform(multipart("/units/{u}/recognitions/innovations", own.sibling.code())
                            .param("year", "2024")
                            .param("name", name)
                            .param("goals", "Tujuan pertama\nTujuan kedua")
                            .with(as(own.user("sibling")))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(recognitions.innovations(own.sibling.id(), YEAR))
                .extracting(Innovation::name)
                .containsExactly("SATU", "DUA");
        assertThat(recognitions.innovations(own.sibling.id(), YEAR).get(1).goals())
                .containsExactly("Tujuan pertama", "Tujuan kedua");
        mvc.perform(multipart("/units/{u}/recognitions/innovations", own.sibling.code())
                        .param("year", "2024")
                        .param("name", "TIGA")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/units/{u}/recognitions?year=2024&lang=en", own.sibling.code())
                        .with(as(own.user("sibling"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Awards and innovations").contains("name=\"goals\"");
    }
}
