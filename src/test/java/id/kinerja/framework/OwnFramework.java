package id.kinerja.framework;

import id.kinerja.framework.internal.FrameworkVersionRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A framework of a test's own, stored as the catalog stores a file of {@code kinerja.frameworks-dir} (a catalog of
 * the test's own over a temporary directory, in the test's shared application context): the shipped 2024 KPP
 * framework with a code and year of its own and some IKU of another polarity (the shipped file has, for instance, no
 * range IKU). The same code and text again is the version already stored.
 */
public final class OwnFramework {

    static final String SHIPPED = "frameworks/djp-kpp-pratama-2024.yaml";

    private OwnFramework() {}

    /** The shipped 2024 framework's text as {@code code} of {@code year}, with the given IKU's polarities changed. */
    public static String text(String code, int year, Map<String, Polarity> polarities) throws IOException {
        String text;
        try (InputStream in = OwnFramework.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = replaceOnce(text, "\nid: djp-kpp-pratama-2024\n", "\nid: " + code + "\n");
        text = replaceOnce(text, "\nyear: 2024\n", "\nyear: " + year + "\n");
        for (Map.Entry<String, Polarity> p : polarities.entrySet()) {
            int indicator = text.indexOf("\n  - code: " + p.getKey() + "\n");
            int polarity = text.indexOf("\n    polarity: ", indicator);
            if (indicator < 0 || polarity < 0) {
                throw new IllegalArgumentException("No IKU " + p.getKey() + " with a polarity in " + SHIPPED);
            }
            int end = text.indexOf('\n', polarity + 1);
            text = text.substring(0, polarity) + "\n    polarity: "
                    + p.getValue().fileName() + text.substring(end);
        }
        return text;
    }

    /**
     * Stores {@code text} as the file {@code code.yaml} of {@code dir} through a catalog over that directory, and
     * returns the stored version (the application's own catalog reads it from the database by its id).
     */
    public static FrameworkVersion store(
            String code,
            String text,
            Path dir,
            FrameworkVersionRepository versions,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager)
            throws IOException {
        Files.writeString(dir.resolve(code + ".yaml"), text, StandardCharsets.UTF_8);
        FrameworkCatalog catalog =
                new FrameworkCatalog(versions, events, transactionManager, new FrameworkProperties(dir.toString()));
        catalog.synchronise();
        return catalog.latest(code).orElseThrow();
    }

    private static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0) {
            throw new IllegalArgumentException("No '" + what.strip() + "' in " + SHIPPED);
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }
}
