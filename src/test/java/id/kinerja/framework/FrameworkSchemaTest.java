package id.kinerja.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.kinerja.framework.internal.FrameworkBinder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/framework.schema.json (JSON Schema 2020-12) describes the framework files the loader reads: every shipped
 * file passes it, a broken document fails it and the loader alike, and the schema names exactly the keys the
 * binder accepts.
 */
class FrameworkSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("docs/framework.schema.json")));

    @Test
    void everyShippedFrameworkFilePassesTheSchemaAndLoads() throws IOException {
        List<Path> shipped;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            shipped = files.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> read(p).contains("\nindicators:"))
                    .toList();
        }
        assertThat(shipped).contains(Path.of("src/main/resources/frameworks/djp-kpp-pratama-2024.yaml"));
        for (Path p : shipped) {
            assertThat(errors(read(p))).as(p.toString()).isEmpty();
            assertThat(FrameworkLoader.load(p).indicators()).as(p.toString()).isNotEmpty();
        }
        assertThat(errors(FrameworkLoaderTest.BASE)).isEmpty();
    }

    @Test
    void aMissingRequiredFieldFailsTheSchemaAndTheLoader() {
        String yaml = FrameworkLoaderTest.BASE.replace("    polarity: minimize\n", "");
        assertThat(errors(yaml)).extracting(Error::getKeyword).contains("required");
        assertRejectedByTheLoader(yaml);
    }

    @Test
    void aWrongTypeFailsTheSchemaAndTheLoader() {
        String yaml = FrameworkLoaderTest.BASE.replace("    weight: 60\n", "    weight: enam puluh\n");
        assertThat(errors(yaml)).extracting(Error::getKeyword).contains("type");
        assertRejectedByTheLoader(yaml);
        String list = FrameworkLoaderTest.BASE.replace("year: 2030", "year: [2030]");
        assertThat(errors(list)).extracting(Error::getKeyword).contains("type");
        assertRejectedByTheLoader(list);
    }

    @Test
    void anUnknownKeyFailsTheSchemaAndTheLoader() {
        String yaml = FrameworkLoaderTest.BASE.replace("    unit: percent\n", "    unti: percent\n    unit: percent\n");
        assertThat(errors(yaml)).extracting(Error::getKeyword).contains("additionalProperties");
        assertRejectedByTheLoader(yaml);
    }

    @Test
    void anUnknownNameANonPositiveWeightAndAnUnknownPeriodFailTheSchemaAndTheLoader() {
        for (String yaml : List.of(
                FrameworkLoaderTest.BASE.replace("polarity: minimize", "polarity: minimise"),
                FrameworkLoaderTest.BASE.replace("    weight: 5\n", "    weight: 0\n"),
                FrameworkLoaderTest.BASE + "    scored-against-yearly-target: [Q5]\n")) {
            assertThat(errors(yaml)).as(yaml).isNotEmpty();
            assertRejectedByTheLoader(yaml);
        }
        assertThat(errors(FrameworkLoaderTest.BASE + "    scored-against-yearly-target: [q4, Smt. 1, s.d. Q3, Y]\n"))
                .isEmpty();
    }

    @Test
    void theSchemaNamesExactlyTheKeysTheBinderAccepts() {
        JsonNode schema = JSON.readTree(read(Path.of("docs/framework.schema.json")));
        JsonNode defs = schema.get("$defs");
        Map<JsonNode, Set<String>> expected = Map.of(
                schema,
                FrameworkBinder.TOP_KEYS,
                defs.get("perspective"),
                FrameworkBinder.PERSPECTIVE_KEYS,
                defs.get("objective"),
                FrameworkBinder.OBJECTIVE_KEYS,
                defs.get("indicator"),
                FrameworkBinder.INDICATOR_KEYS,
                defs.get("componentSet"),
                FrameworkBinder.COMPONENT_SET_KEYS,
                defs.get("component"),
                FrameworkBinder.COMPONENT_KEYS,
                defs.get("conversionTable").get("items"),
                FrameworkBinder.BAND_KEYS,
                defs.get("colourBands"),
                FrameworkBinder.COLOUR_KEYS,
                defs.get("predicateScale"),
                FrameworkBinder.SCALE_KEYS,
                defs.get("predicateScale").get("properties").get("predicates").get("items"),
                FrameworkBinder.PREDICATE_KEYS);
        expected.forEach((object, keys) -> {
            assertThat(object.get("additionalProperties").asBoolean(true)).isFalse();
            assertThat(new TreeSet<>(object.get("properties").propertyNames())).isEqualTo(new TreeSet<>(keys));
        });
    }

    private static void assertRejectedByTheLoader(String yaml) {
        assertThatThrownBy(() -> FrameworkLoader.load("broken.yaml", new StringReader(yaml)))
                .isInstanceOf(FrameworkValidationException.class);
    }

    /** The schema's errors for a YAML document, read as JSON the way an editor's YAML support reads it. */
    private static List<Error> errors(String yaml) {
        Object document = new Yaml().load(yaml);
        return SCHEMA.validate(JSON.valueToTree(document));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
