package id.kinerja.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in throttling: after {@value #MAX_FAILURES} wrong passwords for one username within the window,
 * that username is locked for {@link #LOCK} (also against the right password), then counting starts
 * again. A successful sign-in clears the count.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    void failed(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> {
            if (f == null || now.isAfter(f.first().plus(WINDOW)) || (f.lockedUntil() != null && now.isAfter(f.lockedUntil()))) {
                return new Failures(1, now, null);
            }
            int count = f.count() + 1;
            return new Failures(count, f.first(), count >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
