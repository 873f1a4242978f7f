package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.audit.AuditAction;
import id.kinerja.framework.Period;
import id.kinerja.scoring.Exclusion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every text a user reads is Indonesian (English only with ?lang=en): the two bundles have the same keys, and no
 * English word appears in the Indonesian bundle, in the text the templates render themselves (text outside
 * {@code th:text}/{@code th:utext}, and shown attributes such as {@code title} or {@code placeholder}), nor in the
 * NKO report, the PK and the LAKIN of the Kupang 2024 demo. Codes stay in URLs, the API and attribute values.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndonesianTextTest {

    /**
     * English words users found in pages and documents, matched as whole words: case-insensitively for words, and
     * case-sensitively for the upper-case status, source and workbook codes (so "Program" in a DIPA line is fine).
     * Words that are also Indonesian ("total", "target", "program", "status") are not listed.
     */
    static final List<String> ENGLISH_WORDS = List.of(
            "assumption",
            "warning",
            "warnings",
            "derivable",
            "derived",
            "placeholder",
            "cap",
            "capped",
            "what-if",
            "whatif",
            "quarter",
            "quarters",
            "annual",
            "yearly",
            "realization",
            "differs",
            "entered",
            "scored",
            "the",
            "and",
            "of",
            "with",
            "from",
            "not",
            "is",
            "through",
            "sheet",
            "weight",
            "index",
            "predicate",
            "objective",
            "strategic",
            "perspective",
            "agreement",
            "performance",
            "report",
            "revenue",
            "budget",
            "spending",
            "ceiling",
            "draft",
            "submitted",
            "verified",
            "approved",
            "signed",
            "returned",
            "campaign",
            "massive",
            "compliance",
            "synergy",
            "directors",
            "issues",
            "release");

    static final List<String> ENGLISH_CODES = List.of(
            "DRAFT",
            "SUBMITTED",
            "VERIFIED",
            "APPROVED",
            "SIGNED",
            "RETURNED",
            "IMPORT",
            "REVENUE",
            "MANUAL",
            "PROGRAM",
            "ACTIVITY",
            "OUTPUT",
            "ACCOUNT",
            "NONE");

    private static final Pattern WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\d_-])("
            + String.join("|", ENGLISH_WORDS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d_-])");
    private static final Pattern CODES =
            Pattern.compile("(?u)(?<![\\p{L}\\d_.-])(" + String.join("|", ENGLISH_CODES) + ")(?![\\p{L}\\d_-])");

    private static final Pattern PERIOD_CODES =
            Pattern.compile("(?<![\\p{L}\\d])(Q[1-4]|SDQ3|Smt\\. 1|s\\.d\\. Q3)(?![\\p{L}\\d])");

    /** Attributes whose value the user reads. */
    private static final Set<String> SHOWN_ATTRIBUTES =
            Set.of("title", "placeholder", "alt", "aria-label", "value", "label", "summary");

    @Autowired
    ReportService reports;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The English words in a text, with a little context each. */
    static List<String> english(String text) {
        Map<Integer, String> hits = new java.util.TreeMap<>(); // by position: a code is also a word
        for (Pattern p : List.of(WORDS, CODES)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                hits.put(
                        m.start(),
                        m.group(1) + " in \"" + text.substring(from, to).replaceAll("\\s+", " ") + "\"");
            }
        }
        return List.copyOf(hits.values());
    }

    @Test
    void theScanFindsEnglishWordsAndCodesButNotIndonesianOnes() {
        assertThat(english("Asumsi: ambang belum resmi (Assumption: not official)"))
                .hasSize(2);
        assertThat(english("realisasi yang diisi 107,97 berbeda dari jumlah triwulan"))
                .isEmpty();
        assertThat(english("Status: SIGNED, sumber IMPORT")).hasSize(2);
        assertThat(english("Program Dukungan Manajemen; kapasitas; capaian; indeks; the-best_x"))
                .isEmpty();
        assertThat(english("batas atas (cap) 120")).singleElement().asString().startsWith("cap in");
    }

    @Test
    void theTwoBundlesHaveTheSameKeys() throws IOException {
        Set<String> id = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        assertThat(id).isNotEmpty();
        Set<String> onlyId = new TreeSet<>(id);
        onlyId.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(id);
        assertThat(onlyId).as("keys only in messages.properties").isEmpty();
        assertThat(onlyEn).as("keys only in messages_en.properties").isEmpty();
    }

    @Test
    void everyAuditActionAndExclusionHasALabelInBothLanguages() throws IOException {
        Properties id = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> codes = new TreeSet<>();
        for (AuditAction a : AuditAction.values()) {
            assertThat(AuditAction.fromCode(a.code())).isSameAs(a);
            assertThat(codes.add(a.code())).as("code %s used twice", a.code()).isTrue();
            assertThat(id.getProperty(a.key())).as(a.key()).isNotBlank().isNotEqualTo(en.getProperty(a.key()));
            assertThat(en.getProperty(a.key())).as(a.key()).isNotBlank();
        }
        // the codes stored before the enum existed still read as their action
        assertThat(AuditAction.fromCode("IMPORT")).isEqualTo(AuditAction.IMPORT);
        assertThat(AuditAction.fromCode("fill-realization")).isEqualTo(AuditAction.FILL_REALIZATION);
        assertThat(id.getProperty(AuditAction.IMPORT.key())).isEqualTo("Impor dari Excel");
        for (Exclusion e : Exclusion.values()) {
            assertThat(id.getProperty(e.key())).as(e.key()).isNotBlank();
            assertThat(en.getProperty(e.key())).as(e.key()).isNotBlank();
        }
    }

    @Test
    void theIndonesianBundleHasNoEnglishWord() throws IOException {
        List<String> hits = new ArrayList<>();
        Properties id = bundle("messages.properties");
        for (String key : new TreeSet<>(id.stringPropertyNames())) {
            // {0}-style arguments and the HTML of a few messages are not words
            String value = id.getProperty(key).replaceAll("\\{[^}]*}", " ").replaceAll("<[^>]*>", " ");
            english(value).forEach(h -> hits.add(key + ": " + h));
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void templatesRenderNoEnglishTextOfTheirOwn() throws IOException {
        List<String> hits = new ArrayList<>();
        Path root = Path.of("src/main/resources/templates");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) {
            Document doc = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8));
            for (Element e : doc.getAllElements()) {
                if (replaced(e) || e.tagName().equals("script") || e.tagName().equals("style")) {
                    continue;
                }
                for (TextNode t : e.textNodes()) {
                    english(t.text()).forEach(h -> hits.add(root.relativize(f) + ": " + h));
                }
                for (Attribute a : e.attributes()) {
                    if (SHOWN_ATTRIBUTES.contains(a.getKey())) {
                        english(a.getValue()).forEach(h -> hits.add(root.relativize(f) + " @" + a.getKey() + ": " + h));
                    }
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    /** Whether the element's content is replaced when rendered (its text in the template is only a sample). */
    private static boolean replaced(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            for (String a : List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove")) {
                if (x.hasAttr(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The pages as rendered for the Kupang PIC in Indonesian: what the bundles say with their arguments filled in
     * (statuses, sources, periods, the engine's trace and warnings, exclusions, the audit history).
     */
    @Test
    void theKupangPagesRenderNoEnglishWord() throws Exception {
        List<String> urls = List.of(
                "/units/KPP-KUPANG/dashboard?year=2024&period=Y",
                "/units/KPP-KUPANG/dashboard?year=2024&period=Q1",
                "/units/KPP-KUPANG/iku/04b-N?year=2024",
                "/units/KPP-KUPANG/iku/09b-N?year=2024",
                "/units/KPP-KUPANG/iku/01a-CP?year=2024",
                "/units/KPP-KUPANG/realizations?year=2024&period=Q4",
                "/units/KPP-KUPANG/realizations/04b-N/Y?year=2024",
                "/units/KPP-KUPANG/agreement?year=2024",
                "/units/KPP-KUPANG/budget?year=2024",
                "/units/KPP-KUPANG/revenue?year=2024",
                "/units/KPP-KUPANG/exchange?year=2024",
                "/units/KPP-KUPANG/narratives?year=2024",
                "/units/KPP-KUPANG/whatif?year=2024&period=Y",
                "/units/KPP-KUPANG/reports/check?year=2024");
        List<String> hits = new ArrayList<>();
        for (String url : urls) {
            String html = mvc.perform(get(url).with(user(users.loadUserByUsername("kupang.pic"))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String text = Jsoup.parse(html).body().text();
            assertThat(text).as(url).hasSizeGreaterThan(200).doesNotContain("??");
            english(text).forEach(h -> hits.add(url + ": " + h));
            // periods by their names; the narrative's placeholder help and the workbook's page name the codes
            if (!url.contains("/narratives") && !url.contains("/exchange")) {
                Matcher m = PERIOD_CODES.matcher(text);
                while (m.find()) {
                    hits.add(url + ": period code " + m.group() + " in \""
                            + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                            + "\"");
                }
            }
        }
        // the what-if with a change: the engine's trace and the comparison
        String html = mvc.perform(post("/units/KPP-KUPANG/whatif")
                        .with(user(users.loadUserByUsername("kupang.pic")))
                        .with(csrf())
                        .param("year", "2024")
                        .param("period", "Y")
                        .param("v_02b-CP", "130")
                        .param("v_04b-N", "90"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String text = Jsoup.parse(html).body().text();
        assertThat(text).contains("02b-CP Tahunan: indeks dibatasi 130,00 -> 120,00");
        english(text).forEach(h -> hits.add("whatif POST: " + h));
        assertThat(hits).isEmpty();
    }

    @Test
    void theKupangDocumentsHaveNoEnglishWord() {
        Map<String, ReportDocument> documents = Map.of(
                "NKO Y", reports.nko("KPP-KUPANG", 2024, Period.Y),
                "NKO Q1", reports.nko("KPP-KUPANG", 2024, Period.Q1),
                "PK", reports.pk("KPP-KUPANG", 2024),
                "LAKIN", reports.lakin("KPP-KUPANG", 2024));
        List<String> hits = new ArrayList<>();
        documents.forEach((name, d) -> {
            String text = Jsoup.parse(d.xhtml()).text();
            assertThat(text).as(name).hasSizeGreaterThan(500);
            english(text).forEach(h -> hits.add(name + ": " + h));
            // periods as users say them (Triwulan I, s.d. Triwulan III, Tahunan), never by their codes
            Matcher m = PERIOD_CODES.matcher(text);
            while (m.find()) {
                hits.add(name + ": period code " + m.group() + " in \""
                        + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)) + "\"");
            }
        });
        assertThat(hits).isEmpty();
    }
}
