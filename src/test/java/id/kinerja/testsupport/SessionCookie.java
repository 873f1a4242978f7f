package id.kinerja.testsupport;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie across MockMvc requests. The sessions are Spring Session's (rows in PostgreSQL, found by
 * the {@code JSESSIONID} cookie), so a {@code MockHttpSession} handed to a request is not the session the application
 * sees: a test that needs one session over several requests keeps its cookie instead. {@link #keep} takes the cookie
 * a response set (a new session, a new id after signing in); as a post-processor it sends the cookie kept.
 */
public final class SessionCookie implements RequestPostProcessor {

    public static final String NAME = "JSESSIONID";

    private Cookie cookie;

    /** The cookie of a session id the server does not know (a session that has ended). */
    public static SessionCookie ofEnded(String sessionId) {
        SessionCookie ended = new SessionCookie();
        ended.cookie = new Cookie(NAME, Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)));
        return ended;
    }

    public MvcResult keep(MvcResult result) {
        keep(result.getResponse());
        return result;
    }

    public MockHttpServletResponse keep(MockHttpServletResponse response) {
        Cookie set = response.getCookie(NAME);
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : set;
        }
        return response;
    }

    /** Whether a session cookie has been set. */
    public boolean present() {
        return cookie != null;
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.removeIf(c -> NAME.equals(c.getName()));
            cookies.add(cookie);
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }
}
