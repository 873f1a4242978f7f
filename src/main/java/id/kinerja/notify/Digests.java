package id.kinerja.notify;

import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import id.kinerja.notify.internal.NotificationRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily e-mail digest (docs/architecture.md, "Notifications"): per person, ONE e-mail with every notification
 * not yet mailed of the kinds the person wants by e-mail ({@link Notifications#emailPreferences}). Exactly once: in
 * one transaction per person the rows are claimed ({@code for update skip locked}), the e-mail is sent and the rows
 * are marked {@code emailed_at}; a failed send rolls the claim back (the rows go with the next run), a second run finds
 * nothing left. With {@code kinerja.mail.enabled=false} the digest is logged (one INFO line) instead of sent, and the
 * rows are marked the same way. Notifications older than {@link #MAX_AGE} are not mailed any more (a person who adds
 * an address or turns a kind on later does not get the past weeks).
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    /** How old a notification may be and still be mailed. */
    public static final Duration MAX_AGE = Duration.ofDays(14);

    private final NotificationRepository repository;
    private final Notifications notifications;
    private final NotificationTexts texts;
    private final AccountService accounts;
    private final MessageSource messages;
    private final NotifyProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Digests(
            NotificationRepository repository,
            Notifications notifications,
            NotificationTexts texts,
            AccountService accounts,
            MessageSource messages,
            NotifyProperties properties,
            ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.repository = repository;
        this.notifications = notifications;
        this.texts = texts;
        this.accounts = accounts;
        this.messages = messages;
        this.properties = properties;
        this.mailSender = mailSender;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Every person's digest as the settings say: by the configured mail sender when {@code kinerja.mail.enabled} (and
     * Spring Boot has one, {@code spring.mail.host}), else logged. The number of digests.
     */
    public int sendAll() {
        JavaMailSender sender = properties.enabled() ? mailSender.getIfAvailable() : null;
        if (properties.enabled() && sender == null) {
            log.warn("kinerja.mail.enabled is true but no mail server is configured (spring.mail.host): digests are"
                    + " logged, not sent");
        }
        return sendAll(sender);
    }

    /** Every person's digest through {@code sender}; null: logged instead of sent. The number of digests. */
    public int sendAll(JavaMailSender sender) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(MAX_AGE);
        int digests = 0;
        for (long userId : repository.usersWithUnsent(since)) {
            Optional<Account> account = accounts.findById(userId);
            if (account.isEmpty()) {
                continue;
            }
            try {
                Boolean sent = transactions.execute(status -> digest(account.get(), since, sender));
                if (Boolean.TRUE.equals(sent)) {
                    digests++;
                }
            } catch (MailException | IllegalStateException e) {
                log.warn(
                        "The digest of {} was not sent, it is tried again at the next run: {}",
                        account.get().username(),
                        e.getMessage());
            }
        }
        return digests;
    }

    /** In the caller's transaction: claim, send (or log), mark. True when a digest went. */
    private boolean digest(Account account, OffsetDateTime since, JavaMailSender sender) {
        Map<NotificationKind, Boolean> prefs = notifications.emailPreferences(account.id());
        Set<NotificationKind> byEmail = EnumSet.noneOf(NotificationKind.class);
        Set<NotificationKind> appOnly = EnumSet.noneOf(NotificationKind.class);
        prefs.forEach((k, on) -> (on ? byEmail : appOnly).add(k));
        repository.markNotMailed(account.id(), appOnly);
        if (account.email() == null || account.email().isBlank() || !account.enabled()) {
            return false;
        }
        List<NotificationRepository.Unsent> claimed = repository.claimUnsent(account.id(), since, byEmail);
        if (claimed.isEmpty()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(account.language() == null ? "id" : account.language());
        String subject = messages.getMessage("notify.mail.subject", new Object[] {claimed.size()}, locale);
        String body = body(account, claimed, locale);
        if (sender == null) {
            log.info(
                    "Digest for {} <{}>: {} notification(s), not sent (kinerja.mail.enabled=false): {}",
                    account.username(),
                    account.email(),
                    claimed.size(),
                    subject);
        } else {
            send(sender, account.email(), subject, body);
        }
        List<Long> ids = new ArrayList<>();
        claimed.forEach(u -> ids.add(u.id()));
        repository.markEmailed(ids);
        return true;
    }

    String body(Account account, List<NotificationRepository.Unsent> claimed, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(messages.getMessage("notify.mail.greeting", new Object[] {account.displayName()}, locale))
                .append("\n\n");
        for (NotificationRepository.Unsent u : claimed) {
            text.append("- ")
                    .append(texts.text(u.notification(), locale))
                    .append("\n  ")
                    .append(properties.link(u.notification().href()))
                    .append('\n');
        }
        text.append('\n')
                .append(messages.getMessage(
                        "notify.mail.footer", new Object[] {properties.link("/account/notifications")}, locale))
                .append('\n');
        return text.toString();
    }

    private void send(JavaMailSender sender, String to, String subject, String body) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
        } catch (MessagingException e) {
            throw new IllegalStateException("the digest to " + to + " could not be written: " + e.getMessage(), e);
        }
        sender.send(message);
    }
}
