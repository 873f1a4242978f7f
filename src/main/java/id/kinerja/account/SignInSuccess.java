package id.kinerja.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a sign-in with the form: notes the time (shown to administrators), applies the account's language (kept
 * like the ID/EN switch), and when the password is a temporary one set by an administrator marks the session so that
 * {@link PasswordChangeRequired} leads to {@code /account/password} before anything else. Otherwise on to the page
 * asked for, or the home page.
 */
final class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AccountService accounts;
    private final ObjectProvider<LocaleResolver> locales;

    SignInSuccess(AccountService accounts, ObjectProvider<LocaleResolver> locales) {
        this.accounts = accounts;
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        Optional<Account> account = accounts.signedIn(authentication.getName());
        if (account.isPresent() && account.get().language() != null) {
            LocaleResolver resolver = locales.getIfAvailable();
            if (resolver != null) {
                resolver.setLocale(
                        request, response, Locale.forLanguageTag(account.get().language()));
            }
        }
        if (account.isPresent() && account.get().mustChangePassword()) {
            request.getSession().setAttribute(PasswordChangeRequired.ATTRIBUTE, Boolean.TRUE);
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequired.PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
