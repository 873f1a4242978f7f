package id.kinerja.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own password: {@code GET /account/password} (the form), {@code POST} (the change). */
@Controller
class PasswordController {

    private final AccountService accounts;
    private final MessageSource messages;

    PasswordController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model, HttpServletRequest request) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("mustChange", mustChange(request));
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeated,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(me.username(), current, password, repeated);
        } catch (PasswordRefusedException e) {
            response.setStatus(400);
            model.addAttribute("error", messages.getMessage(e.key(), e.args(), locale));
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            model.addAttribute("mustChange", mustChange(request));
            return "account/password";
        }
        PasswordChangeRequired.clear(request);
        redirect.addFlashAttribute("message", messages.getMessage("account.password.changed", null, locale));
        return "redirect:/account/password";
    }

    private static boolean mustChange(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(PasswordChangeRequired.ATTRIBUTE) != null;
    }
}
