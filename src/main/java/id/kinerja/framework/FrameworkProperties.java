package id.kinerja.framework;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where {@link FrameworkCatalog} finds framework files beside the ones shipped in the jar ({@code kinerja.*}).
 *
 * @param frameworksDir a folder of extra framework files (*.yaml, *.yml), e.g. next year's manual; none by default.
 *     A path that is not a folder stops the start
 */
@ConfigurationProperties("kinerja")
public record FrameworkProperties(String frameworksDir) {

    /** The folder of extra framework files, when one is configured. */
    public Optional<Path> directory() {
        return frameworksDir == null || frameworksDir.isBlank()
                ? Optional.empty()
                : Optional.of(Path.of(frameworksDir));
    }
}
