package id.kinerja.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final AccountService accounts;
    private final SsoProperties sso;

    LoginController(AccountService accounts, SsoProperties sso) {
        this.accounts = accounts;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        // the demo on the embedded database: its accounts sign in with "demo", and the page says so
        model.addAttribute("demoPasswords", accounts.demoPasswords());
        // single sign-on (kinerja.sso.issuer-uri): the button, and why the last attempt was refused (shown once)
        model.addAttribute("sso", sso.enabled());
        Object refusal = session.getAttribute(SsoSignIn.REFUSAL);
        if (refusal instanceof SsoUserService.Refusal r) {
            session.removeAttribute(SsoSignIn.REFUSAL);
            model.addAttribute("ssoRefusal", r);
        }
        return "account/login";
    }
}
