package id.kinerja.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The mark a filter puts on a request it refuses before anything reads its body (a body over its route's limit,
 * an upload the server could not take apart): such a request cannot carry a readable CSRF token and never reaches
 * a handler (it is answered with its explanation, see {@code id.kinerja.web.RequestRefusal}), so the CSRF check
 * leaves it alone instead of hiding the explanation behind a 403.
 */
public final class RefusedRequests {

    /** The request attribute that holds the refusal. */
    public static final String ATTRIBUTE = "id.kinerja.refusedRequest";

    private RefusedRequests() {}

    public static boolean isMarked(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
