package id.kinerja.web;

import id.kinerja.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Makes the signed-in user available to every page's layout as {@code me}. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }
}
