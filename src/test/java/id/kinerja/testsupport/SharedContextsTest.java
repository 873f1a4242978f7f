package id.kinerja.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The Spring test classes share their application contexts: Spring caches a context by its merged configuration
 * (annotations, properties, mocks, customizers such as {@code @AutoConfigureMockMvc}), and every different
 * configuration starts another application with its own Flyway check, caches and pools. All tests that need
 * neither a real port nor their own properties use one context ({@code @SpringBootTest @AutoConfigureMockMvc}),
 * the tests on a real port a second one; only the tests of other limits or of a stopped database have their own.
 * The configurations are built here without starting any context.
 */
class SharedContextsTest {

    /** The test classes allowed outside the shared MockMvc context, by the reason they need another one. */
    static final Set<String> OWN_CONTEXT = Set.of(
            // a real port (browser, Tomcat's multipart limits): the second shared context
            "id.kinerja.api.SwaggerUiBrowserTest",
            "id.kinerja.demo.KupangDemoDatabaseTest",
            "id.kinerja.evidence.EvidenceUploadLimitTest",
            // small limits that would refuse other tests' uploads
            "id.kinerja.web.LimitsTest",
            // its own data directory without demo, and a database that it stops
            "id.kinerja.web.DatabaseDownTest",
            // an event listener of its own that fails on purpose, and a second application it starts
            "id.kinerja.database.EventPublicationRestartTest");

    static Map<MergedContextConfiguration, Set<String>> byContext;

    @BeforeAll
    static void mergeEveryConfiguration() throws ClassNotFoundException {
        byContext = contexts();
    }

    static Map<MergedContextConfiguration, Set<String>> contexts() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class, true));
        Map<MergedContextConfiguration, Set<String>> byContext = new LinkedHashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("id.kinerja")) {
            Class<?> test = Class.forName(candidate.getBeanClassName());
            MergedContextConfiguration config =
                    BootstrapUtils.resolveTestContextBootstrapper(test).buildMergedContextConfiguration();
            byContext.computeIfAbsent(config, c -> new TreeSet<>()).add(test.getName());
        }
        return byContext;
    }

    @Test
    void everySpringTestOutsideTheKnownFewSharesOneContext() {
        Set<String> shared = byContext.values().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElseThrow();
        assertThat(shared).as("the shared context's tests").hasSizeGreaterThan(40);
        List<String> others = byContext.values().stream()
                .filter(tests -> tests != shared)
                .flatMap(Set::stream)
                .sorted()
                .toList();
        assertThat(others)
                .as(
                        "test classes with a context of their own (give them @SpringBootTest @AutoConfigureMockMvc"
                                + " and no properties of their own): %s",
                        byContext.values())
                .containsExactlyInAnyOrderElementsOf(OWN_CONTEXT);
    }

    @Test
    void fiveContextsInAll() {
        assertThat(byContext).as("%s", byContext.values()).hasSize(5);
        assertThat(byContext.values())
                .as("the tests on a real port share their context")
                .anySatisfy(tests -> assertThat(tests)
                        .containsExactlyInAnyOrder(
                                "id.kinerja.api.SwaggerUiBrowserTest",
                                "id.kinerja.demo.KupangDemoDatabaseTest",
                                "id.kinerja.evidence.EvidenceUploadLimitTest"));
    }
}
