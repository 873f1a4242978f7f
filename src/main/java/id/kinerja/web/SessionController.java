package id.kinerja.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /session/keepalive}: the narrative editor calls it while the user types, so that a long text is not
 * cut off by the session's idle timeout. 204 with {@code X-Session-Seconds} (the idle timeout the session has again)
 * while signed in; without a session the request is sent to the sign-in page like any other.
 */
@RestController
class SessionController {

    static final String SECONDS_HEADER = "X-Session-Seconds";

    private final long timeoutSeconds;

    SessionController(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeoutSeconds = timeout.toSeconds();
    }

    @PostMapping("/session/keepalive")
    ResponseEntity<Void> keepAlive(HttpServletRequest request) {
        int interval = request.getSession().getMaxInactiveInterval();
        long seconds = interval > 0 ? interval : timeoutSeconds;
        return ResponseEntity.noContent()
                .cacheControl(CacheControl.noStore())
                .header(SECONDS_HEADER, String.valueOf(seconds))
                .build();
    }
}
