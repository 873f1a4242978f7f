package id.kinerja.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The shared check of every request's text before any handler sees it: a request a filter has refused
 * ({@link RequestRefusal#isMarked}) is refused here, before a controller could act on its missing body; a
 * parameter with a NUL byte (which PostgreSQL cannot store in text, and which no form can type) is refused with 400
 * naming the field, so that no write ever sends one to the database. JSON bodies get the same check when they are
 * read ({@link TextInputModule}).
 */
@Component
public class InputGuardInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(RequestRefusal.ATTRIBUTE) instanceof RequestRefusal refusal) {
            throw refusal;
        }
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (hasNul(p.getKey())) {
                throw new RequestRefusal(HttpStatus.BAD_REQUEST, "input.error.nul", clean(p.getKey()));
            }
            for (String value : p.getValue()) {
                if (hasNul(value)) {
                    throw new RequestRefusal(HttpStatus.BAD_REQUEST, "input.error.nul", p.getKey());
                }
            }
        }
        return true;
    }

    /** Whether a text holds a NUL byte. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** The text without NUL bytes (to show back what was typed). */
    public static String clean(String text) {
        return text == null ? null : text.replace("\0", "");
    }
}
