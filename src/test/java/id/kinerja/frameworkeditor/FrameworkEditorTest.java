package id.kinerja.frameworkeditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkLoader;
import id.kinerja.framework.FrameworkProblem;
import id.kinerja.framework.FrameworkValidationException;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Period;
import id.kinerja.frameworkeditor.internal.FormTree;
import id.kinerja.organisation.Units;
import id.kinerja.realization.internal.RealizationRepository;
import id.kinerja.testsupport.OwnUnit;
import id.kinerja.web.NumberParser;
import id.kinerja.web.UserError;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The framework editor on the web and in its service: next year's manual copied from 2024 with one IKU changed and
 * one added, published and then found by year for a new agreement; the loader's own messages for a mistake made in
 * the forms; a published version never changes (an edit makes the next version); export = the stored text; only an
 * HQ administrator edits. Each test has codes and years of its own (years far ahead, so that no other test finds
 * them), and the shipped 2024 manual and Kupang's 2024 are left as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkEditorTest {

    static final String SHIPPED = "frameworks/djp-kpp-pratama-2024.yaml";

    @Autowired
    MockMvc mvc;

    @Autowired
    FrameworkDrafts drafts;

    @Autowired
    FrameworkCatalog catalog;

    @Autowired
    UserDetailsService users;

    @Autowired
    Units units;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    RealizationRepository realizations;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    CurrentUser me(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    CurrentUser hq() {
        return me("admin");
    }

    static String tag() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);
    }

    static int year() {
        return ThreadLocalRandom.current().nextInt(2070, 2100);
    }

    FrameworkVersion shipped() {
        return catalog.latest("djp-kpp-pratama-2024").orElseThrow();
    }

    static String shippedText() throws Exception {
        try (InputStream in = FrameworkEditorTest.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        MockHttpServletRequestBuilder r = request.with(csrf()).with(user(hq()));
        for (Map.Entry<String, String> f : fields.entrySet()) {
            r = r.param("f." + f.getKey(), f.getValue());
        }
        return r;
    }

    /** The fields of IKU {@code index} of a draft as its page fills them (Indonesian numbers). */
    Map<String, String> indicatorFields(FrameworkDraft draft, int index) {
        Map<String, Object> tree = drafts.tree(draft).orElseThrow();
        Object indicator = ((List<?>) tree.get("indicators")).get(index);
        return new LinkedHashMap<>(FormTree.fields(indicator, NumberParser.Style.INDONESIAN));
    }

    long draftIdOf(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        assertThat(location).startsWith("/frameworks/drafts/");
        return Long.parseLong(location.substring("/frameworks/drafts/".length()).replaceAll("/.*", ""));
    }

    @Test
    void nextYearCopiedFromTheShippedManualWithOneIkuChangedAndOneAddedIsPublishedAndFoundForANewAgreement()
            throws Exception {
        String code = "uji-" + tag();
        int year = year();
        String copyName = "Manual IKU Uji " + year;
        MockHttpServletResponse copied = mvc.perform(post("/frameworks/copy")
                        .with(csrf())
                        .with(user(hq()))
                        .param("from", String.valueOf(shipped().id()))
                        .param("code", code)
                        .param("year", String.valueOf(year))
                        .param("name", copyName))
                .andReturn()
                .getResponse();
        long id = draftIdOf(copied);
        DraftCheck fresh = drafts.check(hq(), id);
        assertThat(fresh.problems()).isEmpty();
        assertThat(fresh.draft().code()).isEqualTo(code);
        assertThat(fresh.draft().year()).isEqualTo(year);
        // only the three header lines differ from the shipped text (its comments and layout are kept)
        assertThat(fresh.draft().content())
                .isEqualTo(shippedText()
                        .replace("\nid: djp-kpp-pratama-2024\n", "\nid: " + code + "\n")
                        .replace("\nyear: 2024\n", "\nyear: " + year + "\n")
                        .replace(
                                "\nname: Manual IKU DJP - Kantor Pelayanan Pajak Pratama - 2024\n",
                                "\nname: " + copyName + "\n"));

        // the draft's page and the first IKU's form
        String page = mvc.perform(get("/frameworks/drafts/" + id).with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(copyName).contains("01a-CP");
        String ikuPage = mvc.perform(
                        get("/frameworks/drafts/" + id + "/indicators/0").with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ikuPage)
                .contains("name=\"f.polarity\"")
                .contains("name=\"f.component-sets[0].components[0].weight\"");

        // one IKU changed: name and weight (typed the Indonesian way)
        Map<String, String> first = indicatorFields(fresh.draft(), 0);
        assertThat(first.get("code")).isEqualTo("01a-CP");
        first.put("name", "Persentase realisasi penerimaan pajak (uji)");
        first.put("weight", "12,5");
        MockHttpServletResponse saved = mvc.perform(form(post("/frameworks/drafts/" + id + "/indicators/0"), first)
                        .param("version", String.valueOf(fresh.draft().rowVersion())))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/frameworks/drafts/" + id + "/indicators/0");

        // one IKU added under SS1
        FrameworkDraft afterChange = drafts.check(hq(), id).draft();
        Map<String, String> added = new LinkedHashMap<>();
        added.put("code", "99z-CP");
        added.put("objective", "SS1");
        added.put("name", "Persentase IKU baru uji");
        added.put("definition", "IKU yang ditambahkan di editor.");
        added.put("formula", "Realisasi / target x 100%");
        added.put("unit", "percent");
        added.put("polarity", "maximize");
        added.put("consolidation", "take-last");
        added.put("scoring", "ratio");
        added.put("weight", "5");
        MockHttpServletResponse addedResponse = mvc.perform(
                        form(post("/frameworks/drafts/" + id + "/indicators/new"), added)
                                .param("version", String.valueOf(afterChange.rowVersion())))
                .andReturn()
                .getResponse();
        Framework base = catalog.framework(shipped().id());
        assertThat(addedResponse.getRedirectedUrl())
                .isEqualTo("/frameworks/drafts/" + id + "/indicators/"
                        + base.indicators().size());
        DraftCheck ready = drafts.check(hq(), id);
        assertThat(ready.problems()).isEmpty();

        // the preview scores it (targets = realizations for every IKU without a sample unit)
        String preview = mvc.perform(
                        get("/frameworks/drafts/" + id + "/preview").with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains("nko-card").contains("99z-CP");

        MockHttpServletResponse published = mvc.perform(post("/frameworks/drafts/" + id + "/publish")
                        .with(csrf())
                        .with(user(hq()))
                        .param("version", String.valueOf(ready.draft().rowVersion())))
                .andReturn()
                .getResponse();
        FrameworkVersion version = catalog.ofYear(year).getFirst();
        assertThat(published.getRedirectedUrl()).isEqualTo("/frameworks/versions/" + version.id());
        assertThat(version.code()).isEqualTo(code);
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.origin()).isEqualTo(FrameworkVersion.EDITOR);
        assertThat(version.publishedBy()).isEqualTo("admin");
        Framework next = catalog.framework(version.id());
        assertThat(next.indicators()).hasSize(base.indicators().size() + 1);
        assertThat(next.indicator("01a-CP").name()).isEqualTo("Persentase realisasi penerimaan pajak (uji)");
        assertThat(next.indicator("01a-CP").defaultWeight()).isEqualByComparingTo("12.5");
        assertThat(next.indicator("99z-CP").objectiveCode()).isEqualTo("SS1");
        assertThat(next.indicator("02a-CP")).isEqualTo(base.indicator("02a-CP"));
        // the shipped manual is untouched
        assertThat(catalog.text(shipped().id())).contains(shippedText());
        assertThat(audit.findWithoutUnit("framework", code + "/v1"))
                .singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("admin"));

        // an office can now make its agreement of that year from the published version
        OwnUnit own = OwnUnit.create("fwed", false, Set.of(), units, agreements, catalog, realizations, accounts);
        String agreementPage = mvc.perform(get("/units/" + own.code() + "/agreement")
                        .param("year", String.valueOf(year))
                        .with(user(me(own.user("admin")))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(agreementPage)
                .contains("name=\"frameworkVersionId\"")
                .contains("value=\"" + version.id() + "\"")
                .doesNotContain("Tidak ada manual IKU untuk tahun");
        mvc.perform(post("/units/" + own.code() + "/agreement/create")
                .with(csrf())
                .with(user(me(own.user("admin"))))
                .param("year", String.valueOf(year))
                .param("frameworkVersionId", String.valueOf(version.id())));
        assertThat(agreements.findCurrent(own.unit.id(), year)).get().satisfies(pk -> {
            assertThat(pk.frameworkVersionId()).isEqualTo(version.id());
            assertThat(pk.indicators()).anyMatch(i -> i.code().equals("99z-CP"));
        });
    }

    @Test
    void aMistakeInAFormGivesTheFileLoadersOwnMessageNextToTheField() throws Exception {
        FrameworkDraft draft = drafts.copy(hq(), shipped().id(), "uji-" + tag(), year(), null);
        Map<String, Object> tree = drafts.tree(draft).orElseThrow();
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("perspectives", tree.get("perspectives"));
        structure.put("objectives", tree.get("objectives"));
        Map<String, String> fields = new LinkedHashMap<>(FormTree.fields(structure, NumberParser.Style.INDONESIAN));
        fields.put("perspectives[0].weight", "20");
        fields.put("objectives[1].perspective", "TIDAK_ADA");
        mvc.perform(form(post("/frameworks/drafts/" + draft.id() + "/structure"), fields)
                .param("version", String.valueOf(draft.rowVersion())));
        DraftCheck check = drafts.check(hq(), draft.id());
        assertThat(check.problems())
                .extracting(FrameworkProblem::key)
                .contains("framework.problem.perspectiveWeights", "framework.problem.unknownPerspective");

        // the same text through the file loader: the same problems, places and messages
        assertThatThrownBy(() -> FrameworkLoader.load(
                        check.draft().code() + ".yaml",
                        new StringReader(check.draft().content())))
                .isInstanceOfSatisfying(
                        FrameworkValidationException.class,
                        e -> assertThat(e.getProblems()).isEqualTo(check.problems()));

        // shown next to the field on the page
        String page = mvc.perform(
                        get("/frameworks/drafts/" + draft.id() + "/structure").with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        FrameworkProblem unknown = check.problems().stream()
                .filter(p -> p.key().equals("framework.problem.unknownPerspective"))
                .findFirst()
                .orElseThrow();
        assertThat(unknown.path()).isEqualTo("objectives[1].perspective");
        String field = page.substring(page.indexOf("name=\"f.objectives[1].perspective\""));
        assertThat(field.substring(0, field.indexOf("</td>"))).contains(HtmlUtils.htmlEscape(unknown.text(null)));

        // a number that cannot be read stores nothing
        fields.put("perspectives[0].weight", "1,2,3");
        MockHttpServletResponse refused = mvc.perform(
                        form(post("/frameworks/drafts/" + draft.id() + "/structure"), fields)
                                .param("version", String.valueOf(check.draft().rowVersion())))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("1,2,3").contains("Bukan angka");
        assertThat(drafts.check(hq(), draft.id()).draft()).isEqualTo(check.draft());

        // a draft with problems cannot be published
        assertThatThrownBy(() -> drafts.publish(hq(), draft.id(), check.draft().rowVersion()))
                .isInstanceOf(FrameworkValidationException.class);
        assertThat(catalog.latest(draft.code())).isEmpty();
    }

    @Test
    void aPublishedVersionNeverChangesAndAnEditMakesTheNextVersion() throws Exception {
        String code = "uji-" + tag();
        int year = year();
        FrameworkDraft draft = drafts.copy(hq(), shipped().id(), code, year, null);
        FrameworkVersion v1 = drafts.publish(hq(), draft.id(), draft.rowVersion());
        String v1Text = catalog.text(v1.id()).orElseThrow();

        FrameworkDraft published = drafts.check(hq(), draft.id()).draft();
        assertThat(published.publishedVersionId()).isEqualTo(v1.id());
        assertThatThrownBy(() -> drafts.save(hq(), draft.id(), published.rowVersion(), v1Text, "yaml"))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.code()).isEqualTo("framework.editor.error.published"));

        // "Ubah (versi baru)": the same code and year again, changed, published as version 2
        mvc.perform(post("/frameworks/copy").with(csrf()).with(user(hq())).param("from", String.valueOf(v1.id())));
        FrameworkDraft next = drafts.open(hq()).stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(next.content()).isEqualTo(v1Text);
        assertThatThrownBy(() -> drafts.publish(hq(), next.id(), next.rowVersion()))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.code()).isEqualTo("framework.editor.error.unchanged"));
        DraftCheck changed = drafts.saveTree(
                hq(),
                next.id(),
                next.rowVersion(),
                t -> {
                    t.put("cap", 110);
                    return t;
                },
                "header");
        assertThat(changed.problems()).isEmpty();
        // a save on the row version read before is refused
        assertThatThrownBy(() -> drafts.save(hq(), next.id(), next.rowVersion(), v1Text, "yaml"))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.code()).isEqualTo("framework.editor.error.stale"));
        FrameworkVersion v2 = drafts.publish(hq(), next.id(), changed.draft().rowVersion());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(catalog.framework(v2.id()).cap()).isEqualByComparingTo("110");
        assertThat(catalog.text(v1.id())).contains(v1Text);
        assertThat(catalog.framework(v1.id()).cap()).isEqualByComparingTo("120");
        // the year's versions of this code, newest first (other test classes may publish other codes for a far-off
        // year too)
        assertThat(catalog.ofYear(year).stream().filter(v -> v.code().equals(code)))
                .extracting(FrameworkVersion::id)
                .containsExactly(v2.id(), v1.id());
    }

    @Test
    void exportIsTheStoredTextAndAnImportedFileRoundTripsByteForByte() throws Exception {
        // the shipped manual's export is its file
        byte[] shippedExport = mvc.perform(
                        get("/frameworks/versions/" + shipped().id() + "/yaml").with(user(me("kupang.admin"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(shippedExport, StandardCharsets.UTF_8)).isEqualTo(shippedText());

        String code = "uji-" + tag();
        int year = year();
        String file = "# manual impor uji\n"
                + shippedText()
                        .replace("\nid: djp-kpp-pratama-2024\n", "\nid: " + code + "\n")
                        .replace("\nyear: 2024\n", "\nyear: " + year + "\n")
                        .replace("perspectives:\n", "perspectives:   # komentar dipertahankan\n");
        DraftCheck imported = drafts.importText(hq(), file);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.draft().content()).isEqualTo(file);
        FrameworkVersion v =
                drafts.publish(hq(), imported.draft().id(), imported.draft().rowVersion());
        byte[] export = mvc.perform(
                        get("/frameworks/versions/" + v.id() + "/yaml").with(user(me("kupang.admin"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(export, StandardCharsets.UTF_8)).isEqualTo(file);

        // the same through the pages: upload, then the text page saves exactly what is typed
        String otherCode = "uji-" + tag();
        String other = file.replace("\nid: " + code + "\n", "\nid: " + otherCode + "\n");
        MockHttpServletResponse uploaded = mvc.perform(multipart("/frameworks/import")
                        .file(new MockMultipartFile(
                                "file", "manual.yaml", "application/yaml", other.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(user(hq())))
                .andReturn()
                .getResponse();
        long uploadedId = draftIdOf(uploaded);
        assertThat(drafts.check(hq(), uploadedId).draft().content()).isEqualTo(other);
        String typed = other.replace("cap: 120\n", "cap: 115   # dinaikkan\n");
        mvc.perform(post("/frameworks/drafts/" + uploadedId + "/yaml")
                .with(csrf())
                .with(user(hq()))
                .param("version", "1")
                .param("text", typed.replace("\n", "\r\n")));
        assertThat(drafts.check(hq(), uploadedId).draft().content()).isEqualTo(typed);
        String textPage = mvc.perform(
                        get("/frameworks/drafts/" + uploadedId + "/yaml").with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(textPage).contains("cap: 115   # dinaikkan");

        // a file that is no framework document is refused with the loader's problem; nothing is stored
        int before = drafts.open(hq()).size();
        assertThatThrownBy(() -> drafts.importText(hq(), "id: [tidak ditutup\n"))
                .isInstanceOfSatisfying(
                        FrameworkValidationException.class,
                        e -> assertThat(e.getProblems())
                                .extracting(FrameworkProblem::key)
                                .containsExactly("framework.problem.yamlSyntax"));
        assertThat(drafts.open(hq())).hasSize(before);
    }

    @Test
    void theShippedManualCopiedUnchangedScoresKupang2024AsItsAgreementDoes() {
        FrameworkDraft draft = drafts.copy(hq(), shipped().id(), "uji-" + tag(), year(), null);
        DraftPreview preview = drafts.preview(hq(), draft.id(), "KPP-KUPANG", 2024, Period.Y);
        assertThat(preview.fromAssumption()).isEmpty();
        assertThat(preview.scorecard().nko().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("108.38"));
        assertThat(preview.scorecard().trace()).isNotEmpty();
    }

    @Test
    void onlyAnHqAdministratorEditsWhileEveryoneReadsThePublishedVersions() throws Exception {
        FrameworkDraft draft = drafts.copy(hq(), shipped().id(), "uji-" + tag(), year(), null);
        for (String other : List.of("kupang.admin", "nusra.reviewer", "kupang.head")) {
            CurrentUser u = me(other);
            assertThat(drafts.canEdit(u)).isFalse();
            assertThat(mvc.perform(get("/frameworks/drafts/" + draft.id()).with(user(u)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/frameworks/copy")
                                    .with(csrf())
                                    .with(user(u))
                                    .param("from", String.valueOf(shipped().id()))
                                    .param("code", "uji-" + tag()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            String list = mvc.perform(get("/frameworks").with(user(u)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list).contains("djp-kpp-pratama-2024").doesNotContain("action=\"/frameworks/import\"");
        }
        assertThatThrownBy(() -> drafts.publish(me("kupang.admin"), draft.id(), draft.rowVersion()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(drafts.check(hq(), draft.id()).draft().published()).isFalse();
        String list = mvc.perform(get("/frameworks").with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("action=\"/frameworks/import\"").contains(draft.code());
    }

    @Test
    void everyPageOfADraftShowsAndSavesItsSection() throws Exception {
        FrameworkDraft draft = drafts.copy(hq(), shipped().id(), "uji-" + tag(), year(), null);
        long id = draft.id();
        for (String page : List.of("", "/structure", "/scale", "/yaml", "/indicators/new", "/indicators/3")) {
            MockHttpServletResponse r = mvc.perform(
                            get("/frameworks/drafts/" + id + page).with(user(hq())))
                    .andReturn()
                    .getResponse();
            assertThat(r.getStatus()).as(page).isEqualTo(200);
            assertThat(r.getContentAsString()).as(page).contains("name=\"version\" value=\"1\"");
        }
        assertThat(mvc.perform(get("/frameworks/drafts/" + id + "/indicators/999")
                                .with(user(hq())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        // the header: a cap typed the Indonesian way
        Map<String, String> header = new LinkedHashMap<>();
        header.put("id", draft.code());
        header.put("year", String.valueOf(draft.year()));
        header.put("name", "Manual uji");
        header.put("organisation-type", "KPP_PRATAMA");
        header.put("cap", "117,5");
        MockHttpServletResponse saved = mvc.perform(form(post("/frameworks/drafts/" + id + "/header"), header)
                        .param("version", "1"))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/frameworks/drafts/" + id);
        DraftCheck afterHeader = drafts.check(hq(), id);
        assertThat(afterHeader.problems()).isEmpty();
        assertThat(afterHeader.draft().name()).isEqualTo("Manual uji");
        // the form wrote the text afresh, keeping the comment block that opens it
        assertThat(afterHeader.draft().content())
                .startsWith("# =====")
                .contains("\ncap: 117.5\n")
                .doesNotContain("\ndescription:");
        Framework framework =
                FrameworkLoader.load("x", new StringReader(afterHeader.draft().content()));
        assertThat(framework.cap()).isEqualByComparingTo("117.5");
        assertThat(framework.indicators())
                .isEqualTo(catalog.framework(shipped().id()).indicators());

        // the scale: a predicate out of order is the loader's problem at its row
        Map<String, Object> tree = drafts.tree(afterHeader.draft()).orElseThrow();
        Map<String, Object> scale = new LinkedHashMap<>();
        scale.put("colour-bands", tree.get("colour-bands"));
        scale.put("predicate-scale", tree.get("predicate-scale"));
        Map<String, String> fields = new LinkedHashMap<>(FormTree.fields(scale, NumberParser.Style.INDONESIAN));
        assertThat(fields).containsEntry("predicate-scale.assumption", "true");
        fields.put("predicate-scale.predicates[1].above", "105");
        mvc.perform(form(post("/frameworks/drafts/" + id + "/scale"), fields).param("version", "2"));
        DraftCheck afterScale = drafts.check(hq(), id);
        assertThat(afterScale.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("framework.problem.predicateOrder");
            assertThat(p.path()).isEqualTo("predicate-scale.predicates[1]");
        });
        String scalePage = mvc.perform(
                        get("/frameworks/drafts/" + id + "/scale").with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(scalePage)
                .contains("2: "
                        + HtmlUtils.htmlEscape(afterScale.problems().getFirst().text(null)));
        // the preview waits for a draft without problems; publishing is refused with the loader's text
        assertThat(mvc.perform(get("/frameworks/drafts/" + id + "/preview").with(user(hq())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("nko-card");
        MockHttpServletResponse refused = mvc.perform(post("/frameworks/drafts/" + id + "/publish")
                        .with(csrf())
                        .with(user(hq()))
                        .param("version", "3"))
                .andReturn()
                .getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/frameworks/drafts/" + id);
        fields.put("predicate-scale.predicates[1].above", "90");
        mvc.perform(form(post("/frameworks/drafts/" + id + "/scale"), fields).param("version", "3"));
        assertThat(drafts.check(hq(), id).problems()).isEmpty();

        // removing an IKU, a stale form, the draft's download, the history, discarding
        mvc.perform(post("/frameworks/drafts/" + id + "/indicators/0/delete")
                .with(csrf())
                .with(user(hq()))
                .param("version", "4"));
        assertThat(FrameworkLoader.load(
                                "x",
                                new StringReader(drafts.check(hq(), id).draft().content()))
                        .indicators())
                .hasSize(catalog.framework(shipped().id()).indicators().size() - 1);
        MockHttpServletResponse stale = mvc.perform(form(post("/frameworks/drafts/" + id + "/header"), header)
                        .param("version", "1"))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("telah diubah orang lain");
        byte[] download = mvc.perform(
                        get("/frameworks/drafts/" + id + "/yaml/download").with(user(hq())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(download, StandardCharsets.UTF_8))
                .isEqualTo(drafts.check(hq(), id).draft().content());
        assertThat(drafts.history(hq(), id))
                .extracting(e -> e.kind())
                .contains(AuditAction.COPY_FRAMEWORK, AuditAction.SAVE);
        String versionPage = mvc.perform(
                        get("/frameworks/versions/" + shipped().id()).with(user(me("kupang.head"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(versionPage).contains("01a-CP").contains("djp-kpp-pratama-2024");
        mvc.perform(post("/frameworks/drafts/" + id + "/discard")
                .with(csrf())
                .with(user(hq()))
                .param("version", "5"));
        assertThatThrownBy(() -> drafts.check(hq(), id))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.code()).isEqualTo("framework.editor.error.noDraft"));
    }

    @Test
    void aPreviewOnAnOfficeWithoutThatYearsAgreementIsRefusedWithItsReason() throws Exception {
        FrameworkDraft draft = drafts.copy(hq(), shipped().id(), "uji-" + tag(), year(), null);
        assertThatThrownBy(() -> drafts.preview(hq(), draft.id(), "KPP-KUPANG", 2001, Period.Y))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.code()).isEqualTo("framework.editor.error.noSample"));
        MockHttpServletResponse unknown = mvc.perform(get("/frameworks/drafts/" + draft.id() + "/preview")
                        .param("unit", "TIDAK-ADA")
                        .with(user(hq())))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("TIDAK-ADA");
        // a copy of a text whose name is no one-line scalar is written afresh, with the new header
        String folded = shippedText()
                .replace(
                        "\nname: Manual IKU DJP - Kantor Pelayanan Pajak Pratama - 2024\n",
                        "\nname: >-\n  Manual IKU DJP lipat\n")
                .replace("\nid: djp-kpp-pratama-2024\n", "\nid: uji-" + tag() + "\n");
        DraftCheck imported = drafts.importText(hq(), folded);
        assertThat(imported.draft().name()).isEqualTo("Manual IKU DJP lipat");
        String withHeader = FrameworkDrafts.withHeader(folded, "uji-baru", 2099, "Nama: baru");
        Framework f = FrameworkLoader.load("x", new StringReader(withHeader));
        assertThat(f.id()).isEqualTo("uji-baru");
        assertThat(f.year()).isEqualTo(2099);
        assertThat(f.name()).isEqualTo("Nama: baru");
        assertThat(drafts.problems("x", withHeader)).isEmpty();
    }
}
