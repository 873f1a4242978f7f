package id.kinerja.api;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.web.TimeZoneProperties;
import id.kinerja.web.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's personal API tokens: {@code GET /account/tokens} (list: name, created, last used, expiry,
 * state, revoke button), {@code POST /account/tokens} (create; the token is shown on the answer page once, never
 * again: the page is not cached), {@code POST /account/tokens/{id}/revoke}. Every account manages only its own; the
 * list and creation only for an account that may use the API (403 otherwise); revoking stays open to the owner.
 */
@Controller
class ApiTokenController {

    private final ApiTokenService tokens;
    private final MessageSource messages;
    private final ZoneId zone;

    ApiTokenController(ApiTokenService tokens, MessageSource messages, TimeZoneProperties timeZone) {
        this.tokens = tokens;
        this.messages = messages;
        this.zone = timeZone.timeZone();
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        UnitAccess.require(tokens.mayUse(me));
        fill(model, me);
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String expires,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        UnitAccess.require(tokens.mayUse(me));
        response.setHeader("Cache-Control", "no-store");
        try {
            LocalDate until;
            try {
                until = expires == null || expires.isBlank() ? null : LocalDate.parse(expires.strip());
            } catch (DateTimeParseException e) {
                throw UserError.invalid("api.token.error.expiryFormat", expires);
            }
            ApiTokenService.Created created = tokens.create(me, name, until, zone);
            model.addAttribute("created", created);
        } catch (UserError e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", e.message(messages, locale));
            model.addAttribute("typedName", name);
            model.addAttribute("typedExpires", expires);
        }
        fill(model, me);
        return "account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            Locale locale,
            RedirectAttributes redirect) {
        ApiToken token = tokens.revoke(me, id);
        redirect.addFlashAttribute(
                "message", messages.getMessage("api.token.revoked", new Object[] {token.name()}, locale));
        return "redirect:/account/tokens";
    }

    private void fill(Model model, CurrentUser me) {
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("now", OffsetDateTime.now());
        model.addAttribute("maxName", ApiTokenService.MAX_NAME);
    }
}
