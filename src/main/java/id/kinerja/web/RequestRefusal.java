package id.kinerja.web;

import id.kinerja.account.RefusedRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

/**
 * A request refused before any controller reads it: a body over its route's limit ({@link BodyLimitFilter}), an
 * upload the server could not take apart (a file or a file name too large, a NUL byte in the file name), or text
 * with a NUL byte ({@link InputGuardInterceptor}). The filter that finds it marks the request
 * ({@link #mark}); such a request is exempt from the CSRF check (it never reaches a handler, and its body was not
 * read, so the token in it cannot be read either), and {@link InputGuardInterceptor} throws it before any handler
 * runs, so that {@link RefusalAdvice} answers with the explanation in the user's language.
 */
public class RequestRefusal extends UserError {

    /** The request attribute that holds the refusal of a marked request. */
    public static final String ATTRIBUTE = RefusedRequests.ATTRIBUTE;
    /** The request attribute with the address to go back to, when the marking filter knows a better one. */
    public static final String BACK_ATTRIBUTE = RequestRefusal.class.getName() + ".back";

    public RequestRefusal(HttpStatus status, String code, Object... args) {
        super(status, code, args);
    }

    /** Marks the request as refused (and, with a non-null {@code back}, where its page should lead back to). */
    public static void mark(HttpServletRequest request, RequestRefusal refusal, String back) {
        request.setAttribute(ATTRIBUTE, refusal);
        if (back != null) {
            request.setAttribute(BACK_ATTRIBUTE, back);
        }
    }

    /** Whether a filter has already refused this request. */
    public static boolean isMarked(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof RequestRefusal;
    }
}
