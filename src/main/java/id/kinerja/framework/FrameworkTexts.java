package id.kinerja.framework;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves the framework loader's message keys in the application's message bundles (messages.properties,
 * Indonesian, and messages_en.properties) without Spring: the loader is a plain library that also runs before
 * the application context exists (start-up problems). Indonesian is the root bundle, so it is the answer for
 * Indonesian and for every locale without a bundle of its own, whatever the JVM's default locale is.
 */
public final class FrameworkTexts {

    /** The language of the root bundle and of start-up messages. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private FrameworkTexts() {}

    /**
     * The text of {@code key} in {@code locale} (null: Indonesian), its arguments formatted by
     * {@link MessageFormat}; an argument that is a {@link FrameworkProblem.Term} is resolved in the same locale.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof FrameworkProblem.Term t ? text(locale, t.key()) : arguments[i];
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // never hide a framework problem behind a missing text: show its key and arguments
            return key + java.util.Arrays.toString(resolved);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(resolved);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale wanted = locale == null || isIndonesian(locale) ? Locale.ROOT : locale;
        ClassLoader loader = FrameworkTexts.class.getClassLoader();
        return ResourceBundle.getBundle("messages", wanted, loader, NO_FALLBACK);
    }

    private static boolean isIndonesian(Locale locale) {
        return locale.getLanguage().equals("id") || locale.getLanguage().equals("in");
    }
}
