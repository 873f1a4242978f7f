package id.kinerja.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one password rule for every path that sets a password (the command line's {@code user add}, the change
 * password page, and whatever creates accounts later): at least {@value #MIN_LENGTH} characters, not only spaces or
 * one repeated character, not containing the username, not in the shipped list of common passwords
 * ({@code account/common-passwords.txt}). Answers the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The message key (argument: {@link #MIN_LENGTH} or {@link #MAX_LENGTH}) of the broken rule, or empty. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("account.password.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.password.long");
        }
        if (password.isBlank() || password.codePoints().distinct().count() == 1) {
            return Optional.of("account.password.trivial");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.username");
        }
        if (common.contains(lower)) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
