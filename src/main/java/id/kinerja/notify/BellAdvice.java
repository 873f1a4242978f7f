package id.kinerja.notify;

import id.kinerja.account.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell of the page header: the signed-in person's unread notifications ({@code unreadNotifications}, one count
 * query per page; none for the API and for signed-out pages, and none while the database does not answer: the count
 * is never the reason a page fails).
 */
@ControllerAdvice
class BellAdvice {

    private static final Logger log = LoggerFactory.getLogger(BellAdvice.class);

    private final Notifications notifications;

    BellAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        try {
            return notifications.unreadCount(user);
        } catch (DataAccessException | TransactionException e) {
            // the database does not answer: the page shows no count, and its own handler tells the user (503)
            log.debug("No unread count for {}: {}", user.username(), e.getMessage());
            return null;
        }
    }
}
