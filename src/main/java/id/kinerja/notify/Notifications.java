package id.kinerja.notify;

import id.kinerja.account.Account;
import id.kinerja.account.CurrentUser;
import id.kinerja.notify.internal.NotificationRepository;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications of a person (docs/architecture.md, "Notifications"): written by this module's listeners and
 * reminders, read under the bell and on {@code /notifications}, marked read by their owner only; and the person's
 * choice of the kinds that also arrive by e-mail.
 */
@Service
public class Notifications {

    /** The most a list (the page, the API) shows. */
    public static final int LIST_LIMIT = 200;

    private final NotificationRepository repository;

    Notifications(NotificationRepository repository) {
        this.repository = repository;
    }

    /**
     * Writes {@code notification} for each recipient except {@code actor} (nobody is told of his own step), once per
     * person and cause; the number written.
     */
    @Transactional
    public int notify(Collection<Account> recipients, String actor, NewNotification notification) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Account a : recipients) {
            if (a.enabled() && !a.username().equals(actor)) {
                ids.add(a.id());
            }
        }
        return repository.insert(ids, notification);
    }

    @Transactional(readOnly = true)
    public List<Notification> recent(CurrentUser me) {
        return repository.recent(me.id(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser me) {
        return repository.unreadCount(me.id());
    }

    /** Marks one of {@code me}'s notifications read and returns it; empty when it is not his. */
    @Transactional
    public Optional<Notification> markRead(CurrentUser me, long id) {
        if (!repository.markRead(me.id(), id)) {
            return Optional.empty();
        }
        return repository.find(me.id(), id);
    }

    @Transactional
    public int markAllRead(CurrentUser me) {
        return repository.markAllRead(me.id());
    }

    /** For every kind whether it arrives by e-mail: the person's choice, else the kind's default. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Boolean> emailPreferences(long userId) {
        Map<NotificationKind, Boolean> chosen = repository.preferences(userId);
        Map<NotificationKind, Boolean> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            all.put(k, chosen.getOrDefault(k, k.emailByDefault()));
        }
        return all;
    }

    /** Saves {@code me}'s choice: the kinds in {@code byEmail} arrive by e-mail, the others only in the app. */
    @Transactional
    public void saveEmailPreferences(CurrentUser me, Set<NotificationKind> byEmail) {
        for (NotificationKind k : NotificationKind.values()) {
            repository.savePreference(me.id(), k, byEmail.contains(k));
        }
    }
}
