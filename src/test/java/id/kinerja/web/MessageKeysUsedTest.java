package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key of the message bundles is read by some source or template: a key nothing names is a text no user sees
 * (dead, or a feature half wired). A key is named literally ({@code "exchange.flag.row"}, {@code #{exchange.flag.row}})
 * or computed from one of {@link #COMPUTED_PREFIXES} and an enum or code ({@code 'score.period.' + p.name()}); each of
 * those prefixes must itself be used that way, so the list cannot hide a dead family of keys.
 */
class MessageKeysUsedTest {

    /** Prefixes completed in code by an enum name or a code: {@code "prefix." + x} (Java) or {@code 'prefix.' + x}. */
    static final List<String> COMPUTED_PREFIXES = List.of(
            "account.state.",
            "onboarding.go.",
            "onboarding.help.",
            "onboarding.state.",
            "onboarding.step.",
            "agreement.done.",
            "agreement.status.",
            "audit.action.",
            "audit.segment.",
            "batch.kind.",
            "batch.outcome.",
            "budget.level.",
            "calendar.kind.",
            "check.document.column.",
            "check.figure.",
            "check.figure.kind.",
            "check.severity.",
            "framework.problem.term.",
            "dashboard.status.",
            "dialogue.kind.",
            "evidence.kind.",
            "exchange.kind.",
            "indicator.consolidation.",
            "indicator.polarity.",
            "indicator.scoring.",
            "indicator.unit.",
            "narrative.chapter.",
            "narrative.import.kind.",
            "realization.bulk.confirm.",
            "realization.bulk.done.",
            "realization.bulk.explain.",
            "realization.bulk.title.",
            "notify.kind.",
            "notify.label.",
            "realization.done.",
            "realization.status.",
            "recognition.kind.",
            "report.colour.",
            "report.period.",
            "report.unit.",
            "revenue.chart.",
            "revenue.method.",
            "revenue.missing.",
            "revenue.month.",
            "revenue.source.",
            "revenue.source.short.",
            "review.done.",
            "review.scope.",
            "review.state.",
            "score.period.",
            "search.kind.",
            "tasks.detail.",
            "tasks.kind.",
            "scoring.consolidation.",
            "scoring.exclusion.",
            "unit.staff.",
            "unit.type.");

    static Set<String> keys() throws IOException {
        Properties p = new Properties();
        try (Reader r =
                Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** Every Java source, template, script and configuration under src/main except the bundles themselves. */
    static String sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> list = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("messages"))
                    .filter(f -> f.toString().matches(".*\\.(java|html|js|properties|yml|yaml|xml)$"))
                    .sorted()
                    .toList();
            StringBuilder all = new StringBuilder();
            for (Path f : list) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
            return all.toString();
        }
    }

    private static final Pattern NAME = Pattern.compile("[\\w.-]+");

    /** Every name in the sources: a run of letters, digits, dots, hyphens and underscores. */
    static Set<String> names(String sources) {
        Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher m = NAME.matcher(sources);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /** The key as a whole name: not part of a longer key or word. */
    static boolean named(String sources, String key) {
        return names(sources).contains(key);
    }

    static boolean computed(String sources, String prefix) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(prefix) + "['\"]\\s*\\+")
                .matcher(sources)
                .find();
    }

    @Test
    void everyBundleKeyIsReadBySomeSourceOrTemplate() throws IOException {
        Set<String> names = names(sources());
        List<String> unused = new ArrayList<>();
        for (String key : keys()) {
            if (!names.contains(key)
                    && COMPUTED_PREFIXES.stream()
                            .noneMatch(p -> key.startsWith(p) && key.indexOf('.', p.length()) < 0)) {
                unused.add(key);
            }
        }
        assertThat(unused)
                .as("keys of messages.properties that no source or template reads")
                .isEmpty();
    }

    @Test
    void everyComputedPrefixIsComputedInSomeSource() throws IOException {
        String sources = sources();
        assertThat(COMPUTED_PREFIXES.stream().filter(p -> !computed(sources, p)).collect(Collectors.toList()))
                .as("prefixes listed as computed that no source completes")
                .isEmpty();
    }

    @Test
    void theScanTellsANamedKeyFromALongerOne() {
        String source = "th:text=\"#{exchange.flag.row(${f.row()})}\" messages.getMessage(\"import.where.file\")";
        assertThat(named(source, "exchange.flag.row")).isTrue();
        assertThat(named(source, "import.where.file")).isTrue();
        assertThat(named(source, "exchange.flag"))
                .as("only a prefix of a longer key")
                .isFalse();
        assertThat(named(source, "import.where")).isFalse();
        assertThat(computed("#{'score.period.' + ${p.name()}}", "score.period."))
                .isTrue();
        assertThat(computed("\"score.period.Q1\"", "score.period.")).isFalse();
    }
}
