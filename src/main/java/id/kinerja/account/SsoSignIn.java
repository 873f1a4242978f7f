package id.kinerja.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a single sign-on: the session's principal becomes the account's {@link CurrentUser} (what every controller's
 * {@code @AuthenticationPrincipal CurrentUser} expects, and what a form sign-in holds), then on as after the form
 * ({@link SignInSuccess}: last sign-in, language). A refused sign-in goes back to the login page with its reason.
 */
final class SsoSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String REFUSAL = SsoSignIn.class.getName() + ".refusal";

    private final UserDetailsService users;
    private final SignInSuccess next;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SsoSignIn(UserDetailsService users, SignInSuccess next) {
        this.users = users;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        CurrentUser me = (CurrentUser) users.loadUserByUsername(authentication.getName());
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        next.onAuthenticationSuccess(request, response, signedIn);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        SsoUserService.Refusal refusal = exception instanceof SsoUserService.Refused refused
                ? refused.refusal()
                : new SsoUserService.Refusal("login.sso.failed", java.util.List.of());
        request.getSession(true).setAttribute(REFUSAL, refusal);
        response.sendRedirect(request.getContextPath() + "/login?sso-refused");
    }
}
