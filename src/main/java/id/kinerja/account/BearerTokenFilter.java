package id.kinerja.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: a valid personal token signs the request in as the token's
 * owner, with the owner's roles and unit ({@link CurrentUser}, the same object a browser session holds), for this
 * request only. A request without the header goes on unauthenticated (the API chain answers 401); a header with
 * an unknown, revoked or expired token, or the token of a disabled account, is answered 401 here.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenAuthenticator tokens;
    private final UserDetailsService users;

    BearerTokenFilter(ApiTokenAuthenticator tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user = tokens.authenticate(header.substring(7).trim())
                .flatMap(this::load)
                .filter(CurrentUser::isEnabled);
        if (user.isEmpty()) {
            ApiSecurityResponses.write(
                    response, 401, "Unauthorized", "Token API tidak sah, sudah dicabut, atau kedaluwarsa.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<CurrentUser> load(String username) {
        try {
            return Optional.of((CurrentUser) users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
