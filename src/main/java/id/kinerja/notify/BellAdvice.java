package id.kinerja.notify;

import id.kinerja.account.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell of the page header: the signed-in person's unread notifications ({@code unreadNotifications}, one count
 * query per page; none for the API and for signed-out pages).
 */
@ControllerAdvice
class BellAdvice {

    private final Notifications notifications;

    BellAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return notifications.unreadCount(user);
    }
}
