package id.kinerja.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.KinerjaApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the modules (the top-level packages under {@code id.kinerja}): no cycle between
 * them and no module reaching into another's {@code internal} package. The generated module overview in
 * docs/modules (PlantUML: all modules with their dependencies, then one diagram per module) is checked against the
 * code; after a change of
 * the module structure regenerate it with {@code ./mvnw test -Dtest=ModulithTest -Dkinerja.docs.write=true}.
 */
class ModulithTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KinerjaApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesHaveNoCycleAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void theModuleOverviewInDocsIsCurrent() throws IOException {
        Path generated = Path.of("target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        if (Boolean.getBoolean("kinerja.docs.write")) {
            Files.createDirectories(DOCS);
            try (Stream<Path> old = Files.list(DOCS)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Path p : files(generated)) {
                Files.copy(generated.resolve(p), DOCS.resolve(p));
            }
        }
        List<Path> names = files(generated);
        assertThat(files(DOCS))
                .as("docs/modules lists the generated files; regenerate with -Dkinerja.docs.write=true")
                .containsExactlyInAnyOrderElementsOf(names);
        for (Path p : names) {
            // the Documenter writes modules and relations in no fixed order: compare the lines as a set
            assertThat(Files.readAllLines(DOCS.resolve(p)))
                    .as("docs/modules/%s is stale; regenerate with -Dkinerja.docs.write=true", p)
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(generated.resolve(p)));
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile)
                    .map(Path::getFileName)
                    .sorted()
                    .toList());
        }
    }
}
