package id.kinerja.web;

import id.kinerja.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the signed-in user's own unit dashboard. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/units/" + user.unitCode() + "/dashboard";
    }
}
