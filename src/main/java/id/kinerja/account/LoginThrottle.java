package id.kinerja.account;

import id.kinerja.account.internal.LoginThrottleRepository;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in throttling by client address and by account-at-address, with growing delays instead of a lock a stranger
 * controls. After {@value #PAIR_THRESHOLD} wrong passwords for one account from one address within {@link #WINDOW}
 * (or {@value #ADDRESS_THRESHOLD} from one address for any accounts: password spraying), further sign-ins from there
 * wait {@link #FIRST_DELAY}, doubling with every further failure up to {@link #MAX_DELAY}. The owner at another address
 * is never affected. During a delay the answer is the same as for a wrong password or an unknown account, so it does
 * not tell which usernames exist. The counts live in the table {@code login_throttle} (shared by every app node,
 * kept across restarts, rows without a recent failure deleted), and an administrator can clear an account's
 * ({@link #unlock}).
 */
@Component
public class LoginThrottle {

    static final int PAIR_THRESHOLD = 5;
    static final int ADDRESS_THRESHOLD = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final LoginThrottleRepository throttles;

    LoginThrottle(LoginThrottleRepository throttles) {
        this.throttles = throttles;
    }

    /** Whether a sign-in to {@code username} from {@code address} must wait now. */
    public boolean isDelayed(String username, String address) {
        return throttles.anyDelayed(pairKey(username, address), addressKey(address));
    }

    /** The same for the sign-in being handled now (the client address of the current request). */
    boolean isDelayed(String username) {
        return isDelayed(username, currentAddress());
    }

    void failed(String username, String address) {
        count(pairKey(username, address), PAIR_THRESHOLD);
        count(addressKey(address), ADDRESS_THRESHOLD);
        // bounded: what has not failed for a day and is not delayed any more is forgotten
        throttles.forgetOld();
    }

    void succeeded(String username, String address) {
        throttles.delete(pairKey(username, address));
    }

    /** An administrator clears every delay of an account (all addresses); answers how many were cleared. */
    public int unlock(String username) {
        return throttles.deleteStartingWith("user:" + key(username) + "|");
    }

    /** The usernames (lower case) delayed now from at least one address. */
    public java.util.Set<String> delayedUsers() {
        return throttles.delayedUsers();
    }

    private void count(String throttleKey, int threshold) {
        int failures = throttles.countFailure(throttleKey, WINDOW);
        if (failures >= threshold) {
            throttles.block(throttleKey, delay(failures - threshold));
        }
    }

    /** {@link #FIRST_DELAY} doubled {@code beyond} times, at most {@link #MAX_DELAY}. */
    static Duration delay(int beyond) {
        if (beyond >= 30) {
            return MAX_DELAY;
        }
        Duration d = FIRST_DELAY.multipliedBy(1L << Math.max(0, beyond));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()), address(event.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress()
                : currentAddress();
    }

    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr()
                : "local";
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "local" : address);
    }

    private static String pairKey(String username, String address) {
        return "user:" + key(username) + "|" + addressKey(address);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
