package id.kinerja.notify;

import id.kinerja.account.CurrentUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * The signed-in person's notifications: {@code GET /notifications} (newest first, unread marked),
 * {@code POST /notifications/{id}/read} (one, then on to its page when {@code open} is set),
 * {@code POST /notifications/read-all}; and the e-mail choice {@code GET/POST /account/notifications}. Everyone sees
 * and changes only his own; another person's notification is 404.
 */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationController(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        List<Notification> list = notifications.recent(me);
        model.addAttribute("notifications", list);
        model.addAttribute("unread", list.stream().filter(Notification::unread).count());
        return "notify/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) String open) {
        Notification read =
                notifications.markRead(me, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // only a path within the application (never "//host"): the link cannot lead elsewhere
        if (open != null
                && read.href().startsWith("/")
                && !read.href().startsWith("//")
                && !read.href().startsWith("/\\")) {
            return "redirect:" + read.href();
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(me);
        redirect.addFlashAttribute(
                "message", messages.getMessage("notify.list.allRead", new Object[] {marked}, locale));
        return "redirect:/notifications";
    }

    @GetMapping("/account/notifications")
    String preferences(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("preferences", notifications.emailPreferences(me.id()));
        return "notify/preferences";
    }

    @PostMapping("/account/notifications")
    String savePreferences(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "email", required = false) List<String> email,
            Locale locale,
            RedirectAttributes redirect) {
        Set<NotificationKind> byEmail = EnumSet.noneOf(NotificationKind.class);
        if (email != null) {
            for (String k : email) {
                for (NotificationKind kind : NotificationKind.values()) {
                    if (kind.name().equals(k)) {
                        byEmail.add(kind);
                    }
                }
            }
        }
        notifications.saveEmailPreferences(me, byEmail);
        redirect.addFlashAttribute("message", messages.getMessage("notify.preferences.saved", null, locale));
        return "redirect:/account/notifications";
    }
}
