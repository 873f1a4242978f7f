package id.kinerja.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.account.AccountService;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditEvent;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.narrative.internal.NarrativeRepository;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The narrative editor on a unit of the test's own: saving, refusing, conflicts, history, rights, audit. */
@SpringBootTest
@AutoConfigureMockMvc
class NarrativeEditorTest {

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
    NarrativeRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    NarrativeService narratives;

    OwnUnit own;

    @BeforeEach
    void ownUnit() {
        own = OwnUnit.create("n", true, Set.of(), units, agreements, frameworks, realizations, accounts);
    }

    @Test
    void aMissingValueNamesItsPeriodAsTheDocumentsDoAndAnUnknownOneInIndonesian() {
        OwnUnit open =
                OwnUnit.create("np", true, Set.of("02a-CP"), units, agreements, frameworks, realizations, accounts);
        var values = narratives.values(open.unit.id(), 2024);
        var missing = values.resolve("iku.02a-CP.realisasi.SDQ3").problem();
        var unknown = values.resolve("iku.02a-CP.realisasi.Q5").problem();
        assertThat(narratives.problemTexts(java.util.List.of(missing, unknown)))
                .containsExactly(
                        "Nilai {{iku.02a-CP.realisasi.SDQ3}} belum ada: belum ada realisasi yang disetujui untuk "
                                + "IKU 02a-CP periode s.d. Triwulan III",
                        "Penanda angka tidak dikenal: {{iku.02a-CP.realisasi.Q5}} (periode Q5 tidak dikenal; "
                                + "kode periode: Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
        // the same problems for an English reader
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(narratives.problemTexts(java.util.List.of(missing, unknown)))
                    .containsExactly(
                            "No value for {{iku.02a-CP.realisasi.SDQ3}} yet: no approved realization of IKU 02a-CP "
                                    + "for Up to Quarter III yet",
                            "Unknown figure marker: {{iku.02a-CP.realisasi.Q5}} (period Q5 unknown; period codes: "
                                    + "Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername(own.user(role)));
    }

    ResultActions save(String role, String key, String content, int base) throws Exception {
        return mvc.perform(post("/units/{c}/narratives/{k}", own.code(), key)
                .with(as(role))
                .with(csrf())
                .param("year", "2024")
                .param("content", content)
                .param("baseVersion", String.valueOf(base))
                .param("action", "save"));
    }

    @Test
    void theListShowsEverySectionOfTheYearWithItsStatus() throws Exception {
        save("admin", "kata-pengantar", "<p>Pengantar {{unit.nama}}</p>", 0).andExpect(status().is3xxRedirection());
        mvc.perform(get("/units/{c}/narratives", own.code())
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata Pengantar")))
                .andExpect(
                        content().string(containsString("Bab III.A IKU 01a-CP Persentase realisasi penerimaan pajak")))
                .andExpect(content().string(containsString("1 dari 2 ditulis")))
                .andExpect(content().string(containsString(own.user("admin"))))
                .andExpect(content().string(containsString("/reports/check")));
    }

    @Test
    void aSaveIsSanitisedVersionedAuditedAndItsPlaceholdersPrintTheFigures() throws Exception {
        save(
                        "admin",
                        "ikhtisar-eksekutif",
                        "<p onclick=\"x()\">NKO {{nko.Y}} <script>alert(1)</script><b>tebal</b></p>",
                        0)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/units/*/narratives/ikhtisar-eksekutif?year=2024&saved=1"));
        NarrativeVersion v =
                repository.latest(own.unit.id(), 2024, "ikhtisar-eksekutif").orElseThrow();
        assertThat(v.content()).isEqualTo("<p>NKO {{nko.Y}} <strong>tebal</strong></p>");
        assertThat(v.author()).isEqualTo(own.user("admin"));
        List<AuditEvent> events = audit.find(own.unit.id(), "narrative", "2024/ikhtisar-eksekutif");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("save");
            assertThat(e.newValue()).contains("{{nko.Y}}");
        });
        // the editor page shows the text as printed: Kupang's copied realizations give the NKO 108,38
        mvc.perform(get("/units/{c}/narratives/ikhtisar-eksekutif", own.code())
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NKO 108,38")))
                .andExpect(content().string(not(containsString("alert(1)"))))
                .andExpect(content().string(containsString("narrative-editor.js")));
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingItAndTheTextComesBack() throws Exception {
        save("admin", "kata-pengantar", "<p>Realisasi {{iku.01a-CP.realisasi.Q9}} dan {{ iku.01a-CP }}</p>", 0)
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(containsString(
                                "penanda angka tidak dikenal {{iku.01a-CP.realisasi.Q9}}, {{iku.01a-CP}}")))
                .andExpect(content().string(containsString("Realisasi {{iku.01a-CP.realisasi.Q9}}")));
        assertThat(repository.latest(own.unit.id(), 2024, "kata-pengantar")).isEmpty();
    }

    @Test
    void aSaveBasedOnAnOutdatedVersionIsAConflictThatLosesNothing() throws Exception {
        save("admin", "bab4.penutup", "<p>Versi pertama</p>", 0).andExpect(status().is3xxRedirection());
        save("head", "bab4.penutup", "<p>Versi kepala</p>", 1).andExpect(status().is3xxRedirection());
        save("admin", "bab4.penutup", "<p>Teks saya yang panjang</p>", 1)
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString("sudah diubah orang lain (versi terbaru 2, Anda mulai dari versi 1)")))
                .andExpect(content().string(containsString("Teks saya yang panjang")))
                .andExpect(content().string(containsString("Versi kepala")))
                .andExpect(content().string(containsString("name=\"baseVersion\" value=\"2\"")));
        assertThat(repository.history(own.unit.id(), 2024, "bab4.penutup")).hasSize(2);
        // saving again from the conflict page (now based on version 2) succeeds
        save("admin", "bab4.penutup", "<p>Teks saya yang panjang</p>", 2).andExpect(status().is3xxRedirection());
        assertThat(repository
                        .latest(own.unit.id(), 2024, "bab4.penutup")
                        .orElseThrow()
                        .version())
                .isEqualTo(3);
    }

    @Test
    void anOldVersionCanBeViewedAndRestoredAsANewVersion() throws Exception {
        save("admin", "bab1.latar-belakang", "<p>Satu</p>", 0);
        save("admin", "bab1.latar-belakang", "<p>Dua</p>", 1);
        mvc.perform(get("/units/{c}/narratives/bab1.latar-belakang", own.code())
                        .param("year", "2024")
                        .param("version", "1")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Versi 1 oleh " + own.user("admin"))))
                .andExpect(content().string(containsString("<p>Satu</p>")));
        mvc.perform(post("/units/{c}/narratives/bab1.latar-belakang/restore", own.code())
                        .with(as("head"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("version", "1")
                        .param("baseVersion", "2"))
                .andExpect(status().is3xxRedirection());
        List<NarrativeVersion> history = repository.history(own.unit.id(), 2024, "bab1.latar-belakang");
        assertThat(history).extracting(NarrativeVersion::version).containsExactly(3, 2, 1);
        assertThat(history.get(0).content()).isEqualTo("<p>Satu</p>");
        assertThat(history.get(0).author()).isEqualTo(own.user("head"));
        assertThat(audit.find(own.unit.id(), "narrative", "2024/bab1.latar-belakang"))
                .extracting(AuditEvent::action)
                .containsExactly("restore", "save", "save");
    }

    @Test
    void aPicWritesTheBlocksOfTheirOwnIkuOnlyAndOthersMayOnlyRead() throws Exception {
        save("pic", "iku.01a-CP.analisis", "<p>Analisis {{iku.01a-CP.realisasi.Y}}</p>", 0)
                .andExpect(status().is3xxRedirection());
        save("pic", "iku.02a-CP.analisis", "<p>Bukan IKU saya</p>", 0).andExpect(status().isForbidden());
        save("pic", "kata-pengantar", "<p>Bukan bagian saya</p>", 0).andExpect(status().isForbidden());
        save("viewer", "iku.01a-CP.analisis", "<p>Pembaca</p>", 1).andExpect(status().isForbidden());
        save("sibling", "kata-pengantar", "<p>Kantor lain</p>", 0).andExpect(status().isForbidden());
        mvc.perform(get("/units/{c}/narratives/iku.01a-CP.analisis", own.code())
                        .param("year", "2024")
                        .with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Analisis 100,50%")))
                .andExpect(content().string(not(containsString("name=\"content\""))));
        mvc.perform(get("/units/{c}/narratives", own.code())
                        .param("year", "2024")
                        .with(as("sibling")))
                .andExpect(status().isForbidden());
        // a section outside the year's catalogue (an IKU not in the agreement) does not exist
        mvc.perform(get("/units/{c}/narratives/iku.99z-X.analisis", own.code())
                        .param("year", "2024")
                        .with(as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void previewResolvesWithoutSavingAndThePlainTextareaWorks() throws Exception {
        mvc.perform(post("/units/{c}/narratives/kata-pengantar", own.code())
                        .with(as("admin"))
                        .with(csrf())
                        .param("year", "2024")
                        .param("content", "NKO {{nko.Y}}\n\nParagraf {{iku.07b-CP.realisasi.Q1}}")
                        .param("baseVersion", "0")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p>NKO 108,38</p><p>Paragraf –</p>")))
                .andExpect(content().string(containsString("Nilai {{iku.07b-CP.realisasi.Q1}} belum ada")));
        assertThat(repository.latest(own.unit.id(), 2024, "kata-pengantar")).isEmpty();
        // the live preview (htmx) gets the preview fragment only
        mvc.perform(post("/units/{c}/narratives/kata-pengantar", own.code())
                        .with(as("admin"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("year", "2024")
                        .param("content", "<p>{{predikat.Y}}</p>")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p>Istimewa</p>")))
                .andExpect(content().string(not(containsString("<html"))));
        save("admin", "kata-pengantar", "Baris satu\nbaris dua\n\nParagraf dua", 0)
                .andExpect(status().is3xxRedirection());
        assertThat(repository
                        .latest(own.unit.id(), 2024, "kata-pengantar")
                        .orElseThrow()
                        .content())
                .isEqualTo("<p>Baris satu<br />baris dua</p><p>Paragraf dua</p>");
    }
}
