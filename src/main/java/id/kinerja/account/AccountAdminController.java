package id.kinerja.account;

import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' account pages, within their subtree ({@link UnitAccess#canAdministerAccounts}):
 * {@code GET /admin/accounts} (list with unit, roles, last sign-in and state), {@code GET|POST /admin/accounts/new}
 * (create with a temporary password, shown once), {@code GET|POST /admin/accounts/{username}} (edit name, e-mail,
 * unit, roles, IKU, API right), and the actions {@code POST .../disable}, {@code .../enable}, {@code .../reset}
 * (temporary password, shown once), {@code .../unlock}. Everything goes through {@link AccountService}.
 */
@Controller
class AccountAdminController {

    private final AccountService accounts;
    private final UnitAccess access;
    private final Units units;
    private final MessageSource messages;

    AccountAdminController(AccountService accounts, UnitAccess access, Units units, MessageSource messages) {
        this.accounts = accounts;
        this.access = access;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("entries", web(() -> accounts.list(me)));
        model.addAttribute("unitNames", unitNames(me));
        return "account/admin-list";
    }

    @GetMapping("/admin/accounts/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String unit, Model model) {
        UnitAccess.require(access.administersAccounts(me));
        // ?unit= (the onboarding page's link) preselects a unit the administrator administers, else their own
        String preselected = unit != null
                        && units.findByCode(unit)
                                .filter(u -> access.canAdministerAccounts(me, u.id()))
                                .isPresent()
                ? unit
                : me.unitCode();
        fillForm(model, me, new AccountForm("", "", "", preselected, Set.of(), Set.of(), false), true);
        return "account/admin-form";
    }

    @PostMapping("/admin/accounts/new")
    String create(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(required = false) String indicators,
            @RequestParam(required = false) String apiAccess,
            @RequestParam(required = false) String password,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        UnitAccess.require(access.administersAccounts(me));
        AccountForm form = form(username, displayName, email, unit, roles, indicators, apiAccess);
        try {
            AccountService.Reset created = accounts.createByAdmin(me, form, password);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("reset", created);
            model.addAttribute("created", true);
            return "account/admin-password";
        } catch (AccountRefusedException e) {
            response.setStatus(e.status());
            model.addAttribute("error", messages.getMessage(e.key(), e.args(), locale));
            fillForm(model, me, form, true);
            return "account/admin-form";
        }
    }

    @GetMapping("/admin/accounts/{username}")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable String username, Model model) {
        AccountEntry entry = web(() -> accounts.manageable(me, username));
        Account a = entry.account();
        fillForm(
                model,
                me,
                new AccountForm(
                        a.username(),
                        a.displayName(),
                        a.email(),
                        a.unitCode(),
                        a.roles(),
                        a.indicatorCodes(),
                        a.apiAccess()),
                false);
        model.addAttribute("entry", entry);
        return "account/admin-form";
    }

    @PostMapping("/admin/accounts/{username}")
    String update(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String username,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(required = false) String indicators,
            @RequestParam(required = false) String apiAccess,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AccountEntry entry = web(() -> accounts.manageable(me, username));
        AccountForm form = form(username, displayName, email, unit, roles, indicators, apiAccess);
        try {
            accounts.update(me, username, form);
        } catch (AccountRefusedException e) {
            response.setStatus(e.status());
            model.addAttribute("error", messages.getMessage(e.key(), e.args(), locale));
            fillForm(model, me, form, false);
            model.addAttribute("entry", entry);
            return "account/admin-form";
        }
        redirect.addFlashAttribute(
                "message", messages.getMessage("account.admin.saved", new Object[] {username}, locale));
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String username,
            Locale locale,
            RedirectAttributes redirect) {
        web(() -> accounts.setEnabled(me, username, false));
        redirect.addFlashAttribute(
                "message", messages.getMessage("account.admin.disabled", new Object[] {username}, locale));
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String username,
            Locale locale,
            RedirectAttributes redirect) {
        web(() -> accounts.setEnabled(me, username, true));
        redirect.addFlashAttribute(
                "message", messages.getMessage("account.admin.enabled", new Object[] {username}, locale));
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlock(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String username,
            Locale locale,
            RedirectAttributes redirect) {
        int cleared = web(() -> accounts.unlock(me, username));
        redirect.addFlashAttribute(
                "message", messages.getMessage("account.admin.unlocked", new Object[] {username, cleared}, locale));
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/admin/accounts/{username}/reset")
    String reset(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String username,
            @RequestParam(required = false) String password,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            AccountService.Reset reset = accounts.reset(me, username, password);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("reset", reset);
            model.addAttribute("created", false);
            return "account/admin-password";
        } catch (AccountRefusedException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw web(e);
            }
            redirect.addFlashAttribute("error", messages.getMessage(e.key(), e.args(), locale));
            return "redirect:/admin/accounts/" + username;
        }
    }

    private static AccountForm form(
            String username,
            String displayName,
            String email,
            String unit,
            List<String> roles,
            String indicators,
            String apiAccess) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String r : roles) {
                for (Role role : Role.values()) {
                    if (role.name().equals(r)) {
                        chosen.add(role);
                    }
                }
            }
        }
        return new AccountForm(
                username == null ? null : username.strip(),
                displayName,
                email,
                unit,
                chosen,
                splitCodes(indicators),
                apiAccess != null);
    }

    /** IKU codes typed with commas, spaces or line breaks between them. */
    static Set<String> splitCodes(String typed) {
        Set<String> out = new LinkedHashSet<>();
        if (typed != null) {
            for (String c : typed.split("[,;\\s]+")) {
                if (!c.isBlank()) {
                    out.add(c.strip());
                }
            }
        }
        return out;
    }

    private void fillForm(Model model, CurrentUser me, AccountForm form, boolean isNew) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("indicatorText", String.join(", ", form.indicatorCodes()));
        model.addAttribute("units", administeredUnits(me));
        model.addAttribute("grantable", List.copyOf(access.grantableRoles(me)));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
    }

    private List<Unit> administeredUnits(CurrentUser me) {
        Set<Long> ids = Set.copyOf(access.accountUnits(me));
        return units.findAll().stream().filter(u -> ids.contains(u.id())).toList();
    }

    private java.util.Map<String, String> unitNames(CurrentUser me) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        administeredUnits(me).forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** A refusal of the service as the web answers it: 403 and 404 as pages, the rest as themselves. */
    private static <T> T web(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (AccountRefusedException e) {
            throw web(e);
        }
    }

    private static RuntimeException web(AccountRefusedException e) {
        if (e.status() == 403) {
            return new AccessDeniedException(e.getMessage());
        }
        if (e.status() == 404) {
            return new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return e;
    }
}
