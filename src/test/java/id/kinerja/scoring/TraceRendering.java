package id.kinerja.scoring;

import id.kinerja.web.TraceText;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The engine's trace lines rendered from the real message bundles, as the web and report layers render them, for
 * the engine's tests (the engine itself stays plain Java; only this test helper uses Spring's message source).
 */
final class TraceRendering {

    static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final TraceText TEXT = new TraceText(bundles());

    private TraceRendering() {}

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** Every line in Indonesian. */
    static List<String> id(List<TraceLine> lines) {
        return TEXT.lines(lines, ID);
    }

    /** Every line in English. */
    static List<String> en(List<TraceLine> lines) {
        return TEXT.lines(lines, Locale.ENGLISH);
    }

    static String id(TraceLine line) {
        return TEXT.text(line, ID);
    }

    static String en(TraceLine line) {
        return TEXT.text(line, Locale.ENGLISH);
    }
}
