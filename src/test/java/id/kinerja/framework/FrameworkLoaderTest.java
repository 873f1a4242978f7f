package id.kinerja.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FrameworkLoaderTest {

    private static final String SHIPPED = "frameworks/djp-kpp-pratama-2024.yaml";

    // ------------------------------------------------------------------------------ the shipped 2024 file

    @Test
    void shippedFrameworkLoads() {
        Framework fw = FrameworkLoader.loadResource(SHIPPED);
        assertThat(fw.id()).isEqualTo("djp-kpp-pratama-2024");
        assertThat(fw.year()).isEqualTo(2024);
        assertThat(fw.organisationType()).isEqualTo("KPP_PRATAMA");
        assertThat(fw.cap()).isEqualByComparingTo("120");
        assertThat(fw.perspectives())
                .extracting(Perspective::code)
                .containsExactly("STAKEHOLDER", "CUSTOMER", "INTERNAL_PROCESS", "LEARNING_GROWTH");
        assertThat(fw.perspectives())
                .extracting(p -> p.weight().intValueExact())
                .containsExactly(30, 20, 25, 25);
        assertThat(fw.perspective("INTERNAL_PROCESS").name()).isEqualTo("Perspektif Proses Bisnis Internal");
        assertThat(fw.perspective("STAKEHOLDER").englishName()).isEqualTo("Stakeholder Perspective");
        assertThat(fw.objectives())
                .hasSize(10)
                .allMatch(o -> o.description() != null && !o.description().isBlank());
        assertThat(fw.objectives())
                .extracting(StrategicObjective::code)
                .containsExactly("SS1", "SS2", "SS3", "SS4", "SS5", "SS6", "SS7", "SS8", "SS9", "SS10");
        assertThat(fw.objectivesOf("INTERNAL_PROCESS"))
                .extracting(StrategicObjective::code)
                .containsExactly("SS4", "SS5", "SS6", "SS7", "SS8");
        assertThat(fw.indicators())
                .hasSize(20)
                .allMatch(i -> i.formula() != null && i.definition() != null && i.dataSource() != null)
                .allMatch(i -> i.polarity() == Polarity.MAXIMIZE);
        assertThat(fw.indicatorsOf("SS7")).extracting(Indicator::code).containsExactly("07a-CP", "07b-CP", "07c-N");
    }

    @Test
    void shippedWeightsKindsAndConsolidation() {
        Framework fw = FrameworkLoader.loadResource(SHIPPED);
        Map<String, Integer> weights = fw.indicators().stream()
                .collect(
                        Collectors.toMap(Indicator::code, i -> i.defaultWeight().intValueExact()));
        assertThat(weights)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("01a-CP", 26),
                        Map.entry("01b-CP", 19),
                        Map.entry("02a-CP", 26),
                        Map.entry("02b-CP", 19),
                        Map.entry("03a-CP", 21),
                        Map.entry("04a-CP", 21),
                        Map.entry("04b-N", 21),
                        Map.entry("05a-CP", 14),
                        Map.entry("06a-CP", 14),
                        Map.entry("06b-N", 14),
                        Map.entry("06c-N", 14),
                        Map.entry("07a-CP", 14),
                        Map.entry("07b-CP", 19),
                        Map.entry("07c-N", 19),
                        Map.entry("08a-CP", 14),
                        Map.entry("08b-CP", 19),
                        Map.entry("09a-N", 14),
                        Map.entry("09b-N", 14),
                        Map.entry("09c-N", 14),
                        Map.entry("10a-CP", 14)));
        assertThat(fw.indicators().stream()
                        .filter(i -> i.scoring() == ScoringKind.REALIZATION_IS_INDEX)
                        .map(Indicator::code))
                .containsExactly("01b-CP", "06b-N", "06c-N", "07a-CP", "09a-N", "10a-CP");
        assertThat(fw.indicators().stream()
                        .filter(i -> i.consolidation() == Consolidation.SUM)
                        .map(Indicator::code))
                .containsExactly("04b-N");
        assertThat(fw.indicators().stream()
                        .filter(i -> !i.scoredAgainstYearlyTarget().isEmpty())
                        .map(Indicator::code))
                .containsExactly("04b-N", "09b-N");
        assertThat(fw.indicator("04b-N").scoredAgainstYearlyTarget()).containsExactlyInAnyOrder(Period.Q4, Period.Y);
        assertThat(fw.indicator("04a-CP").componentSetFor(Period.Q2).components())
                .extracting(c -> c.weight().intValueExact())
                .containsExactly(25, 30, 45);
        assertThat(fw.indicator("04a-CP")
                        .componentSetFor(Period.Q2)
                        .components()
                        .get(0)
                        .cap())
                .isEqualByComparingTo("100");
        assertThat(fw.indicator("09a-N").componentSetFor(Period.Q1).components())
                .hasSize(2);
        assertThat(fw.indicator("09a-N").componentSetFor(Period.Q4).components())
                .hasSize(3);
        ComponentSet tenAQ4 = fw.indicator("10a-CP").componentSetFor(Period.Q4);
        assertThat(tenAQ4.conversionTable().bands()).hasSize(6);
        assertThat(fw.indicator("10a-CP")
                        .componentSetFor(Period.Q1)
                        .components()
                        .get(0)
                        .target())
                .isEqualByComparingTo("95.5");
        assertThat(fw.colourBands()).isEqualTo(new ColourBands(new BigDecimal("100"), new BigDecimal("80")));
        assertThat(fw.predicateScale().predicates())
                .extracting(Predicate::name)
                .containsExactly("Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang");
    }

    @Test
    void loadsFromAPath(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("fw.yaml");
        Files.writeString(file, BASE);
        Framework fw = FrameworkLoader.load(file);
        assertThat(fw.indicators()).hasSize(2);
        assertThat(fw.indicator("I2").polarity()).isEqualTo(Polarity.MINIMIZE);
        assertThat(fw.cap()).isEqualByComparingTo("120");
        assertThat(fw.predicateScale()).isNull();
    }

    @Test
    void missingResourceIsReported() {
        assertThatThrownBy(() -> FrameworkLoader.loadResource("frameworks/nope.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope.yaml");
    }

    // ------------------------------------------------------------------------------ broken files

    /** A small valid file; the tests below break one line at a time (line numbers in the comments). */
    static final String BASE = """
            id: test-2030
            year: 2030
            name: Uji
            organisation-type: TEST
            perspectives:
              - code: A
                name: Perspektif A
                weight: 60
              - code: B
                name: Perspektif B
                weight: 40
            objectives:
              - code: SS1
                perspective: A
                name: Sasaran 1
              - code: SS2
                perspective: B
                name: Sasaran 2
            indicators:
              - code: I1
                objective: SS1
                name: Indikator 1
                unit: percent
                polarity: maximize
                consolidation: take-last
                scoring: ratio
                weight: 10
              - code: I2
                objective: SS2
                name: Indikator 2
                unit: index
                polarity: minimize
                consolidation: sum
                scoring: realization-is-index
                weight: 5
            """;
    //  1 id / 5 perspectives / 6 - code: A / 8 weight: 60 / 9 - code: B / 11 weight: 40 / 12 objectives
    // 13 - code: SS1 / 16 - code: SS2 / 17 perspective: B / 19 indicators / 20 - code: I1 / 22 name
    // 23 unit / 24 polarity / 28 - code: I2 / 29 objective: SS2 / 35 weight: 5

    @Test
    void baseIsValid() {
        assertThat(load(BASE).indicators()).hasSize(2);
    }

    @Test
    void unknownPolarity() {
        FrameworkProblem p = single(line(BASE, 24, "    polarity: maximise"), "indicators[0].polarity");
        assertThat(p.line()).isEqualTo(24);
        assertThat(p.column()).isEqualTo(15);
        assertThat(p.message()).isEqualTo("polaritas tidak dikenal 'maximise'; pilihan: maximize, minimize, range");
    }

    @Test
    void unknownConsolidationAndScoringKind() {
        List<FrameworkProblem> ps = problems(line(line(BASE, 25, "    consolidation: last"), 26, "    scoring: index"));
        assertThat(ps)
                .extracting(FrameworkProblem::path)
                .containsExactly("indicators[0].consolidation", "indicators[0].scoring");
        assertThat(ps.get(0).message()).isEqualTo("konsolidasi tidak dikenal 'last'; pilihan: sum, average, take-last");
        assertThat(ps.get(1).message())
                .isEqualTo(
                        "cara penilaian tidak dikenal 'index'; pilihan: ratio, realization-is-index, conversion-table");
        assertThat(ps).extracting(FrameworkProblem::line).containsExactly(25, 26);
    }

    @Test
    void nonPositiveWeight() {
        FrameworkProblem p = single(line(BASE, 35, "    weight: 0"), "indicators[1].weight");
        assertThat(p.line()).isEqualTo(35);
        assertThat(p.message()).isEqualTo("harus lebih dari nol, bukan 0");
        FrameworkProblem neg = single(line(BASE, 8, "    weight: -60"), "perspectives[0].weight");
        assertThat(neg.line()).isEqualTo(8);
    }

    @Test
    void duplicateIndicatorCode() {
        FrameworkProblem p = single(line(BASE, 28, "  - code: I1"), "indicators[1].code");
        assertThat(p.line()).isEqualTo(28);
        assertThat(p.message()).isEqualTo("kode IKU ganda 'I1'");
    }

    @Test
    void duplicatePerspectiveAndObjectiveCodes() {
        List<FrameworkProblem> ps = problems(line(line(BASE, 16, "  - code: SS1"), 9, "  - code: A"));
        assertThat(ps).extracting(FrameworkProblem::path).contains("perspectives[1].code", "objectives[1].code");
        assertThat(ps)
                .filteredOn(p -> p.path().equals("objectives[1].code"))
                .singleElement()
                .extracting(FrameworkProblem::line)
                .isEqualTo(16);
    }

    @Test
    void indicatorInAnUnknownObjective() {
        List<FrameworkProblem> ps = problems(line(BASE, 29, "    objective: SS9"));
        FrameworkProblem p = find(ps, "indicators[1].objective");
        assertThat(p.line()).isEqualTo(29);
        assertThat(p.message()).isEqualTo("sasaran strategis tidak dikenal 'SS9'; pilihan: SS1, SS2");
        // and SS2 is now without indicator: every problem is collected, not just the first
        FrameworkProblem empty = find(ps, "objectives[1]");
        assertThat(empty.line()).isEqualTo(16);
        assertThat(empty.message()).isEqualTo("sasaran strategis SS2 tidak memiliki IKU");
    }

    @Test
    void objectiveInAnUnknownPerspective() {
        FrameworkProblem p = find(problems(line(BASE, 17, "    perspective: C")), "objectives[1].perspective");
        assertThat(p.line()).isEqualTo(17);
        assertThat(p.message()).isEqualTo("perspektif tidak dikenal 'C'; pilihan: A, B");
    }

    @Test
    void perspectiveWeightsSummingTo99() {
        FrameworkProblem p = single(line(BASE, 11, "    weight: 39"), "perspectives");
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).isEqualTo("jumlah bobot perspektif 99, seharusnya 100");
    }

    @Test
    void textWhereANumberIsExpected() {
        FrameworkProblem p = single(line(BASE, 8, "    weight: enam puluh"), "perspectives[0].weight");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.column()).isEqualTo(13);
        assertThat(p.message()).isEqualTo("harus berupa angka, bukan 'enam puluh'");
    }

    @Test
    void unknownKeyIsATypo() {
        List<FrameworkProblem> ps = problems(line(BASE, 23, "    unti: percent"));
        FrameworkProblem p = find(ps, "indicators[0].unti");
        assertThat(p.line()).isEqualTo(23);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message())
                .startsWith("kunci tidak dikenal 'unti', maksud Anda 'unit'? Kunci yang dikenal: ")
                .contains("cap, code, component-sets");
        assertThat(find(ps, "indicators[0].unit").message()).isEqualTo("wajib diisi: unit");
    }

    @Test
    void yamlSyntaxError() {
        FrameworkValidationException e = failure(line(BASE, 22, "    name: Indikator 1: [rusak"));
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(22);
            assertThat(p.message()).startsWith("kesalahan sintaks YAML: ");
        });
        FrameworkValidationException tab = failure(BASE + "\tbad: tab\n");
        assertThat(tab.getProblems().get(0).line()).isEqualTo(36);
    }

    @Test
    void missingName() {
        FrameworkProblem p = single(removeLine(BASE, 22), "indicators[0].name");
        assertThat(p.line()).isEqualTo(20);
        assertThat(p.message()).isEqualTo("wajib diisi: name");
    }

    @Test
    void objectiveWithoutIndicator() {
        String yaml = BASE.replace("indicators:\n", """
                  - code: SS3
                    perspective: B
                    name: Sasaran 3
                indicators:
                """);
        FrameworkProblem p = single(yaml, "objectives[2]");
        assertThat(p.line()).isEqualTo(19);
        assertThat(p.message()).isEqualTo("sasaran strategis SS3 tidak memiliki IKU");
    }

    @Test
    void componentWeightsMustBePositive() {
        String yaml = BASE + """
                    component-sets:
                      - periods: [Q1, Q2]
                        components:
                          - {code: K1, name: Satu, weight: 50, scoring: realization-is-index}
                          - {code: K2, name: Dua, weight: 0, scoring: realization-is-index}
                """;
        FrameworkProblem p = single(yaml, "indicators[1].component-sets[0].components[1].weight");
        assertThat(p.line()).isEqualTo(40);
    }

    @Test
    void componentSetsProblems() {
        String yaml = BASE + """
                    component-sets:
                      - periods: [Q1, Q5]
                        components:
                          - {code: K1, name: Satu, weight: 50, scoring: ratio}
                      - periods: [Q1]
                        components:
                          - {code: K1, name: Satu, weight: 50, scoring: conversion-table}
                """;
        List<FrameworkProblem> ps = problems(yaml);
        assertThat(find(ps, "indicators[1].component-sets[0].periods[1]").message())
                .isEqualTo("periode tidak dikenal 'Q5'; pilihan: Q1, Q2, S1, SMT1, Q3, SDQ3, Q4, Y");
        assertThat(find(ps, "indicators[1].component-sets[0].components[0].target")
                        .message())
                .isEqualTo("target wajib diisi untuk scoring: ratio");
        assertThat(find(ps, "indicators[1].component-sets[1].periods").message())
                .isEqualTo("periode Q1 sudah ada di indicators[1].component-sets[0]");
        assertThat(find(ps, "indicators[1].component-sets[1].components[0].scoring")
                        .line())
                .isEqualTo(42);
    }

    @Test
    void conversionTableBandsOutOfOrderOrOverlapping() {
        String yaml = line(BASE, 34, "    scoring: conversion-table") + """
                    conversion-table:
                      - {below: 80, index: 79.9}
                      - {above: 91, at-most: 95, from-index: 100, to-index: 120}
                      - {above: 80, below: 91, from-index: 80, to-index: 100}
                      - {at-least: 90, index: 120}
                """;
        List<FrameworkProblem> ps = problems(yaml);
        assertThat(ps)
                .extracting(FrameworkProblem::path)
                .containsExactly("indicators[1].conversion-table[2]", "indicators[1].conversion-table[3]");
        assertThat(ps.get(0).line()).isEqualTo(39);
        assertThat(ps.get(0).message())
                .startsWith("pita '80 < R < 91' tumpang tindih dengan pita sebelumnya '91 < R <= 95'")
                .doesNotContain("(");
    }

    @Test
    void conversionTableScoringNeedsATable() {
        FrameworkProblem p = single(line(BASE, 34, "    scoring: conversion-table"), "indicators[1].conversion-table");
        assertThat(p.line()).isEqualTo(28);
    }

    @Test
    void colourAndPredicateThresholdsOutOfOrder() {
        String yaml = BASE + """
                colour-bands:
                  green-from: 80
                  yellow-from: 100
                predicate-scale:
                  assumption: true
                  predicates:
                    - {name: Baik, above: 90}
                    - {name: Istimewa, above: 100}
                    - {name: Kurang}
                """;
        List<FrameworkProblem> ps = problems(yaml);
        assertThat(find(ps, "colour-bands.yellow-from").line()).isEqualTo(38);
        assertThat(find(ps, "predicate-scale.predicates[1]").line()).isEqualTo(43);
        assertThat(find(ps, "predicate-scale.predicates[1]").message())
                .startsWith("ambang predikat tidak berurutan: 100 tidak di bawah 90");
        assertThat(find(ps, "colour-bands.yellow-from").message())
                .isEqualTo("ambang kuning 100 (yellow-from) harus di bawah ambang hijau 80 (green-from)");
    }

    @Test
    void everyProblemIsListedInTheMessage() {
        String broken = line(line(line(BASE, 24, "    polarity: maximise"), 35, "    weight: -1"), 3, "nama: Uji");
        FrameworkValidationException e = failure(broken);
        assertThat(e.getProblems()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(e.getMessage())
                .contains("broken.yaml:24:15: indicators[0].polarity: polaritas tidak dikenal")
                .contains("broken.yaml:35:13: indicators[1].weight:")
                .contains("broken.yaml:3:1: nama: kunci tidak dikenal 'nama'")
                .contains("broken.yaml:1:1: name: wajib diisi");
    }

    @Test
    void emptyAndNonMappingDocuments() {
        assertThat(failure("").getProblems().get(0).message()).isEqualTo("berkas kosong");
        assertThat(failure("- a\n- b\n").getProblems().get(0).message())
                .isEqualTo("harus berupa pemetaan kunci: nilai");
    }

    @Test
    void wrongShapes() {
        String yaml = line(BASE, 5, "perspectives: banyak");
        for (int i = 0; i < 6; i++) {
            yaml = removeLine(yaml, 6);
        }
        List<FrameworkProblem> ps = problems(yaml);
        assertThat(find(ps, "perspectives").message()).isEqualTo("harus berupa daftar");
        assertThat(find(ps, "perspectives").line()).isEqualTo(5);
    }

    // ------------------------------------------------------------------------------ the problems' language

    @Test
    void theSameBrokenFileReadsInEnglishWithLocaleEnglishAndInIndonesianByDefault() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the root bundle is Indonesian whatever the JVM's own locale is
        try {
            String broken = line(
                    line(line(line(BASE, 24, "    polarity: maximise"), 35, "    weight: -1"), 23, "    unti: percent"),
                    28,
                    "  - code: I1");
            FrameworkValidationException e = failure(broken);
            List<FrameworkProblem> ps = e.getProblems();

            FrameworkProblem polarity = find(ps, "indicators[0].polarity");
            assertThat(polarity.key()).isEqualTo("framework.problem.unknownValue");
            assertThat(polarity.text(Locale.ENGLISH))
                    .isEqualTo("unknown polarity 'maximise'; expected maximize, minimize, range");
            String indonesian = "polaritas tidak dikenal 'maximise'; pilihan: maximize, minimize, range";
            assertThat(polarity.message()).isEqualTo(indonesian);
            assertThat(polarity.text(null)).isEqualTo(indonesian);
            assertThat(polarity.text(Locale.forLanguageTag("id-ID"))).isEqualTo(indonesian);
            assertThat(polarity.text(Locale.FRENCH))
                    .as("a language without a bundle reads the default")
                    .isEqualTo(indonesian);

            assertThat(find(ps, "indicators[0].unti").text(Locale.ENGLISH))
                    .startsWith("unknown key 'unti'; did you mean 'unit'? Expected one of cap, code, ");
            assertThat(find(ps, "indicators[0].unit").text(Locale.ENGLISH)).isEqualTo("required field missing: unit");
            assertThat(find(ps, "indicators[1].code").text(Locale.ENGLISH)).isEqualTo("duplicate indicator code 'I1'");
            assertThat(find(ps, "indicators[1].code").message()).isEqualTo("kode IKU ganda 'I1'");
            assertThat(find(ps, "indicators[1].weight").text(Locale.ENGLISH)).isEqualTo("must be positive, got -1");

            for (FrameworkProblem p : ps) {
                assertThat(p.text(Locale.ENGLISH))
                        .as(p.key())
                        .isNotEqualTo(p.message())
                        .doesNotContain("framework.");
                assertThat(p.message())
                        .as(p.key())
                        .doesNotContain(p.text(Locale.ENGLISH))
                        .doesNotContain("(");
            }
            assertThat(e.text(Locale.ENGLISH))
                    .startsWith(ps.size() + " problems in the performance framework:\n")
                    .contains("broken.yaml:24:15: indicators[0].polarity: unknown polarity 'maximise'");
            assertThat(e.getMessage())
                    .isEqualTo(e.text(FrameworkTexts.INDONESIAN))
                    .startsWith(ps.size() + " masalah dalam kerangka kinerja:\n")
                    .contains("broken.yaml:24:15: indicators[0].polarity: " + indonesian)
                    .doesNotContain("unknown", "problem");
            assertThat(failure("").getProblems().get(0).describe(Locale.ENGLISH))
                    .isEqualTo("broken.yaml:1:1: (document): the file is empty");
            assertThat(failure("").getProblems().get(0)).hasToString("broken.yaml:1:1: (dokumen): berkas kosong");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static final Path BUNDLES = Path.of("src/main/resources");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(framework\\.problem\\.[A-Za-z.]+)\"");
    /** The kinds of thing a problem names, written term("...") and read as framework.problem.term.*. */
    private static final Pattern TERM_ARGUMENT = Pattern.compile("\\bterm\\(\\s*\"(\\w+)\"\\s*\\)");

    @Test
    void everyProblemKeyOfTheLoaderIsInBothBundlesAndEveryBundleKeyIsUsed() throws Exception {
        Set<String> used = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/kinerja/framework"))) {
            sources = new java.util.ArrayList<>(
                    files.filter(f -> f.toString().endsWith(".java")).toList());
        }
        sources.add(Path.of("src/main/java/id/kinerja/database/StartupFailureAnalyzer.java"));
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            KEY_LITERAL.matcher(text).results().map(m -> m.group(1)).forEach(used::add);
            TERM_ARGUMENT
                    .matcher(text)
                    .results()
                    .map(m -> "framework.problem.term." + m.group(1))
                    .forEach(used::add);
        }
        assertThat(used)
                .contains(
                        "framework.problem.unknownValue",
                        "framework.problem.required",
                        "framework.problem.count",
                        "framework.problem.fixAndRestart",
                        "framework.problem.term.polarity",
                        "framework.problem.term.indicator",
                        "framework.problem.term.componentScoring");
        // the prefix of the term keys is a literal too, not a key
        used.remove("framework.problem.term.");

        Properties id = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> inBundles = new TreeSet<>(id.stringPropertyNames());
        inBundles.removeIf(k -> !k.startsWith("framework.problem."));
        for (String key : used) {
            assertThat(id.getProperty(key)).as("messages.properties: " + key).isNotBlank();
            assertThat(en.getProperty(key))
                    .as("messages_en.properties: " + key)
                    .isNotBlank()
                    .isNotEqualTo(id.getProperty(key));
            // both are MessageFormat patterns with the same arguments
            new MessageFormat(id.getProperty(key));
            new MessageFormat(en.getProperty(key));
            assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(id.getProperty(key)));
        }
        assertThat(inBundles).as("framework.problem.* keys nothing uses").isSubsetOf(used);
    }

    private static Set<String> arguments(String pattern) {
        return Pattern.compile("\\{(\\d+)")
                .matcher(pattern)
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String name) throws java.io.IOException {
        Properties p = new Properties();
        try (java.io.Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    // ------------------------------------------------------------------------------ helpers

    private static Framework load(String yaml) {
        return FrameworkLoader.load("test.yaml", new StringReader(yaml));
    }

    private static FrameworkValidationException failure(String yaml) {
        FrameworkValidationException e = catchThrowableOfType(
                FrameworkValidationException.class, () -> FrameworkLoader.load("broken.yaml", new StringReader(yaml)));
        assertThat(e).as("expected the file to be rejected").isNotNull();
        assertThat(e.getProblems()).isNotEmpty().allMatch(p -> p.source().equals("broken.yaml"));
        return e;
    }

    private static List<FrameworkProblem> problems(String yaml) {
        return failure(yaml).getProblems();
    }

    private static FrameworkProblem single(String yaml, String path) {
        List<FrameworkProblem> ps = problems(yaml);
        assertThat(ps).as(ps.toString()).hasSize(1);
        assertThat(ps.get(0).path()).isEqualTo(path);
        return ps.get(0);
    }

    private static FrameworkProblem find(List<FrameworkProblem> ps, String path) {
        return ps.stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + ps));
    }

    /** Replaces line {@code n} (1-based). */
    private static String line(String yaml, int n, String replacement) {
        String[] lines = yaml.split("\n", -1);
        lines[n - 1] = replacement;
        return String.join("\n", lines);
    }

    private static String removeLine(String yaml, int n) {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
        lines.remove(n - 1);
        return String.join("\n", lines);
    }

    @SuppressWarnings("unused")
    private static final Set<String> UNUSED = Set.of();
}
