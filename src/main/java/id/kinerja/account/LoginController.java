package id.kinerja.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final AccountService accounts;

    LoginController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(Model model) {
        // the demo on the embedded database: its accounts sign in with "demo", and the page says so
        model.addAttribute("demoPasswords", accounts.demoPasswords());
        return "account/login";
    }
}
