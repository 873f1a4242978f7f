package id.kinerja.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session signed in with a temporary password (set by an administrator: {@link AccountService#reset}) reaches
 * nothing but the change-password page, signing out and the static files until the password is changed
 * ({@link PasswordController} then clears the mark). Every other request is sent to {@value #PAGE}.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String ATTRIBUTE = "kinerja.mustChangePassword";
    static final String PAGE = "/account/password";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/favicon.ico");
    private static final List<String> OPEN_PREFIXES = List.of("/assets/", "/webjars/");

    static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!OPEN.contains(path) && OPEN_PREFIXES.stream().noneMatch(path::startsWith)) {
                response.sendRedirect(request.getContextPath() + PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
