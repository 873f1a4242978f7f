package id.kinerja.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own profile: {@code GET /account/profile} (display name, e-mail, language),
 * {@code POST} (save; the language applies at once and at every later sign-in).
 */
@Controller
class ProfileController {

    private final AccountService accounts;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    ProfileController(AccountService accounts, MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.accounts = accounts;
        this.messages = messages;
        this.locales = locales;
    }

    @GetMapping("/account/profile")
    String form(@AuthenticationPrincipal CurrentUser me, Model model) {
        Account a = accounts.findById(me.id()).orElseThrow();
        model.addAttribute("account", a);
        model.addAttribute("typedName", a.displayName());
        model.addAttribute("typedEmail", a.email());
        model.addAttribute("typedLanguage", a.language() == null ? "" : a.language());
        return "account/profile";
    }

    @PostMapping("/account/profile")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String language,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Account saved;
        try {
            saved = accounts.updateProfile(me.username(), displayName, email, language);
        } catch (AccountRefusedException e) {
            response.setStatus(e.status());
            model.addAttribute("error", messages.getMessage(e.key(), e.args(), locale));
            model.addAttribute("account", accounts.findById(me.id()).orElseThrow());
            model.addAttribute("typedName", displayName);
            model.addAttribute("typedEmail", email);
            model.addAttribute("typedLanguage", language);
            return "account/profile";
        }
        Locale now = locale;
        if (saved.language() != null) {
            now = Locale.forLanguageTag(saved.language());
            LocaleResolver resolver = locales.getIfAvailable();
            if (resolver != null) {
                resolver.setLocale(request, response, now);
            }
        }
        redirect.addFlashAttribute("message", messages.getMessage("account.profile.saved", null, now));
        return "redirect:/account/profile";
    }
}
