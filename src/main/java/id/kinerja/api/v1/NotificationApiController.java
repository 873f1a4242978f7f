package id.kinerja.api.v1;

import id.kinerja.account.CurrentUser;
import id.kinerja.notify.Notification;
import id.kinerja.notify.NotificationTexts;
import id.kinerja.notify.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications ({@code notify.Notifications}), newest first, with their text in his language. */
@RestController
@Tag(name = "Pemberitahuan", description = "Pemberitahuan pemilik token")
class NotificationApiController {

    /** A notification as the API shows it; {@code href} is a path within the application. */
    record NotificationDto(
            long id,
            String kind,
            String unit,
            Integer year,
            String period,
            String indicator,
            String text,
            String href,
            OffsetDateTime createdAt,
            OffsetDateTime readAt) {}

    /** The list with the number of unread ones. */
    record NotificationList(long unread, List<NotificationDto> notifications) {}

    private final Notifications notifications;
    private final NotificationTexts texts;

    NotificationApiController(Notifications notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @GetMapping("/api/v1/me/notifications")
    @Operation(summary = "Pemberitahuan saya (terbaru dulu, paling banyak 200) dan jumlah yang belum dibaca")
    NotificationList mine(@AuthenticationPrincipal CurrentUser me, Locale locale) {
        List<Notification> list = notifications.recent(me);
        return new NotificationList(
                notifications.unreadCount(me),
                list.stream()
                        .map(n -> new NotificationDto(
                                n.id(),
                                n.kind().name(),
                                n.unitCode(),
                                n.year(),
                                n.period() == null ? null : n.period().name(),
                                n.indicatorCode(),
                                texts.text(n, locale),
                                n.href(),
                                n.createdAt(),
                                n.readAt()))
                        .toList());
    }
}
