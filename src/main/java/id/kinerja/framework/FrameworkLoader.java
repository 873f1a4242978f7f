package id.kinerja.framework;

import id.kinerja.framework.internal.FrameworkAssembler;
import id.kinerja.framework.internal.FrameworkBinder;
import id.kinerja.framework.internal.FrameworkValidator;
import id.kinerja.framework.internal.Problems;
import id.kinerja.framework.internal.Raw;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads and validates a framework file (format: docs/framework-format.md, structure: docs/framework.schema.json).
 * The file is parsed with SnakeYAML's node API so that every problem names its line and column; the binder
 * ({@code internal.FrameworkBinder}) reads the nodes into the file's raw model and reports what is wrong with a value
 * on its own, the validator ({@code internal.FrameworkValidator}) checks the rules between fields. All problems are
 * collected, in the order of the file, before failing.
 */
public final class FrameworkLoader {

    private FrameworkLoader() {}

    /** Loads a framework file (UTF-8). */
    public static Framework load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework file " + file, e);
        }
    }

    /** Loads a framework from a reader; {@code sourceName} names it in problems. */
    public static Framework load(String sourceName, Reader reader) {
        return parse(sourceName, reader);
    }

    /** Loads a framework from the classpath, e.g. "frameworks/djp-kpp-pratama-2024.yaml". */
    public static Framework loadResource(String classpathResource) {
        String name = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        InputStream in = cl == null ? null : cl.getResourceAsStream(name);
        if (in == null) {
            in = FrameworkLoader.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalArgumentException("framework resource not found on the classpath: " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework resource " + name, e);
        }
    }

    /** Binds, validates and assembles one file, collecting every problem before failing. */
    private static Framework parse(String sourceName, Reader reader) {
        Problems problems = new Problems(sourceName);
        Node root;
        try {
            root = new Yaml().compose(reader);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(
                    m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1,
                    "framework.problem.yamlSyntax",
                    String.valueOf(what));
            throw new FrameworkValidationException(problems.inFileOrder());
        } catch (YAMLException e) {
            problems.add(0, 0, "framework.problem.yaml", String.valueOf(e.getMessage()));
            throw new FrameworkValidationException(problems.inFileOrder());
        }
        if (root == null) {
            problems.add(1, 1, "framework.problem.empty");
            throw new FrameworkValidationException(problems.inFileOrder());
        }
        Raw.Document document = new FrameworkBinder(problems).document(root);
        if (document != null) {
            new FrameworkValidator(problems).validate(document);
        }
        if (!problems.isEmpty()) {
            throw new FrameworkValidationException(problems.inFileOrder());
        }
        return FrameworkAssembler.framework(document);
    }
}
