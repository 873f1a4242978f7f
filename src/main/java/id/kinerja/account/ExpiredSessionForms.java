package id.kinerja.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Keeps what a user typed into a form that was sent after their session had ended. Such a POST fails the CSRF check
 * (the token lived in the session) and used to end in "Akses ditolak" with the text lost. For the forms that opt in
 * (the narrative editor: {@code POST /units/{code}/narratives/{key}}), the fields are kept in a new session and the
 * user is sent to the form's page; that page asks them to sign in again and, once they have, shows the kept text
 * unsaved, for them to save. Only a request that carried the cookie of a session that has since expired qualifies
 * (a cross-site POST carries no cookie: same-site=lax), so no one can plant text in another user's editor.
 */
public final class ExpiredSessionForms implements AccessDeniedHandler {

    /** The session attribute holding the kept form. */
    public static final String ATTRIBUTE = ExpiredSessionForms.class.getName() + ".kept";

    /** The forms whose typed text is kept, and the fields kept. */
    private static final Pattern NARRATIVE = Pattern.compile("/units/[^/]+/narratives/[^/]+");

    private static final String[] FIELDS = {"year", "content", "baseVersion"};

    /** A kept form: the page it was sent from (path without context) and its fields. */
    public record Kept(String path, Map<String, String> fields) implements Serializable {}

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (denied instanceof CsrfException
                && expired
                && "POST".equals(request.getMethod())
                && NARRATIVE.matcher(path).matches()
                && request.getParameter("content") != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String f : FIELDS) {
                if (request.getParameter(f) != null) {
                    fields.put(f, request.getParameter(f));
                }
            }
            request.getSession(true).setAttribute(ATTRIBUTE, new Kept(path, fields));
            UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + path)
                    .queryParam("kept");
            if (fields.containsKey("year")) {
                target.queryParam("year", fields.get("year"));
            }
            response.sendRedirect(target.build().encode().toUriString());
            return;
        }
        otherwise.handle(request, response, denied);
    }

    /** The form kept for this page, removed from the session (it is shown once). */
    public static Optional<Kept> take(HttpServletRequest request, String path) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)
                || !kept.path().equals(path)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(kept);
    }

    /** Whether a form is kept in this session (the sign-in page says so). */
    public static boolean holds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) != null;
    }
}
