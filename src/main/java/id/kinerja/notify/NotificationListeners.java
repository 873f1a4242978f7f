package id.kinerja.notify;

import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.AgreementSigned;
import id.kinerja.dialogue.DialogueRecorded;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.RealizationStepTaken;
import id.kinerja.review.ReviewCommentPosted;
import id.kinerja.sending.DocumentSent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into notifications (docs/architecture.md, "Notifications"): after the publishing
 * transaction commits, asynchronously, in a transaction of their own (the event publication registry redelivers a
 * failed one). Every notification names its cause ({@code dedupKey}), so an event delivered twice tells nobody twice;
 * the actor is never told of his own step.
 */
@Component
class NotificationListeners {

    private final Notifications notifications;
    private final AccountService accounts;
    private final Units units;

    NotificationListeners(Notifications notifications, AccountService accounts, Units units) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.units = units;
    }

    /**
     * SUBMIT: the unit's performance administrators; RETURN: the IKU's PICs, with the reason; VERIFY: the head;
     * APPROVE: the PICs; UNLOCK: the PICs and the performance administrators, with the reason.
     */
    @ApplicationModuleListener
    void on(RealizationStepTaken step) {
        NotificationKind kind;
        List<Account> to = new ArrayList<>();
        switch (step.step()) {
            case SUBMIT -> {
                kind = NotificationKind.SUBMITTED;
                to.addAll(accounts.holders(step.unitId(), Role.PERFORMANCE_ADMIN));
            }
            case RETURN -> {
                kind = NotificationKind.RETURNED;
                to.addAll(accounts.picsOf(step.unitId(), step.indicatorCode()));
            }
            case VERIFY -> {
                kind = NotificationKind.VERIFIED;
                to.addAll(accounts.holders(step.unitId(), Role.HEAD));
            }
            case APPROVE -> {
                kind = NotificationKind.APPROVED;
                to.addAll(accounts.picsOf(step.unitId(), step.indicatorCode()));
            }
            case UNLOCK -> {
                kind = NotificationKind.UNLOCKED;
                to.addAll(accounts.picsOf(step.unitId(), step.indicatorCode()));
                to.addAll(accounts.holders(step.unitId(), Role.PERFORMANCE_ADMIN));
            }
            default -> {
                return;
            }
        }
        String href = "/units/" + step.unitCode() + "/realizations/" + step.indicatorCode() + "/"
                + step.period().name() + "?year=" + step.year();
        String key = "realization:" + step.unitId() + "/" + step.year() + "/" + step.indicatorCode() + "/"
                + step.period().name() + "/" + step.step().name() + "/v" + step.rowVersion();
        notifications.notify(
                to,
                step.actor(),
                new NewNotification(
                        kind,
                        step.unitId(),
                        step.unitCode(),
                        step.year(),
                        step.period(),
                        step.indicatorCode(),
                        List.of(
                                name(step.actor()),
                                step.indicatorCode(),
                                step.period().name(),
                                String.valueOf(step.year()),
                                step.unitCode(),
                                step.remark() == null ? "" : step.remark()),
                        href,
                        key));
    }

    /** The unit's administrators, performance administrators and head: the PK of the year is in force. */
    @ApplicationModuleListener
    void on(AgreementSigned signed) {
        Optional<Unit> unit = units.findById(signed.unitId());
        if (unit.isEmpty()) {
            return;
        }
        String code = unit.get().code();
        List<Account> to = new ArrayList<>();
        to.addAll(accounts.holders(signed.unitId(), Role.ADMINISTRATOR));
        to.addAll(accounts.holders(signed.unitId(), Role.PERFORMANCE_ADMIN));
        to.addAll(accounts.holders(signed.unitId(), Role.HEAD));
        notifications.notify(
                to,
                signed.signedBy(),
                new NewNotification(
                        NotificationKind.AGREEMENT_SIGNED,
                        signed.unitId(),
                        code,
                        signed.year(),
                        null,
                        null,
                        List.of(
                                code,
                                String.valueOf(signed.year()),
                                String.valueOf(signed.version()),
                                name(signed.signedBy())),
                        "/units/" + code + "/agreement?year=" + signed.year(),
                        "agreement:" + signed.agreementId() + "/signed"));
    }

    /** The comment's recipients, as the review module names them. */
    @ApplicationModuleListener
    void on(ReviewCommentPosted posted) {
        List<Account> to = posted.recipients().stream()
                .map(accounts::findByUsername)
                .flatMap(Optional::stream)
                .toList();
        String code = units.findById(posted.unitId()).map(Unit::code).orElse(null);
        notifications.notify(
                to,
                posted.author(),
                new NewNotification(
                        NotificationKind.REVIEW_COMMENT,
                        posted.unitId(),
                        code,
                        posted.year(),
                        null,
                        null,
                        List.of(
                                name(posted.author()),
                                posted.subject() == null ? "" : posted.subject(),
                                String.valueOf(posted.year()),
                                code == null ? "" : code),
                        posted.href(),
                        "review-comment:" + posted.commentId()));
    }

    /** The reviewers and the head of the Kanwil the office sent its report to. */
    @ApplicationModuleListener
    void on(DocumentSent sent) {
        Optional<Unit> office = units.findById(sent.unitId());
        if (office.isEmpty()) {
            return;
        }
        String code = office.get().code();
        List<Account> to = new ArrayList<>();
        to.addAll(accounts.holders(sent.kanwilId(), Role.REVIEWER));
        to.addAll(accounts.holders(sent.kanwilId(), Role.HEAD));
        notifications.notify(
                to,
                sent.sentBy(),
                new NewNotification(
                        NotificationKind.DOCUMENT_SENT,
                        sent.unitId(),
                        code,
                        sent.year(),
                        sent.period(),
                        null,
                        List.of(
                                name(sent.sentBy()),
                                code,
                                sent.kind().name(),
                                sent.period().name(),
                                String.valueOf(sent.year()),
                                String.valueOf(sent.version())),
                        "/units/" + code + "/sent?year=" + sent.year() + "#sent-" + sent.sentDocumentId(),
                        "sent:" + sent.sentDocumentId()));
    }

    /** Each follow-up's owner: what, by when, from which dialogue. */
    @ApplicationModuleListener
    void on(DialogueRecorded recorded) {
        for (DialogueRecorded.Assigned a : recorded.followUps()) {
            List<Account> to = accounts.findByUsername(a.owner()).stream().toList();
            notifications.notify(
                    to,
                    recorded.recordedBy(),
                    new NewNotification(
                            NotificationKind.FOLLOW_UP,
                            recorded.unitId(),
                            recorded.unitCode(),
                            recorded.year(),
                            recorded.quarter(),
                            null,
                            List.of(
                                    name(recorded.recordedBy()),
                                    recorded.kind().name(),
                                    recorded.quarter().name(),
                                    String.valueOf(recorded.year()),
                                    a.text(),
                                    a.dueOn().toString()),
                            "/units/" + recorded.unitCode() + "/dialogue?year=" + recorded.year() + "#follow-up-"
                                    + a.followUpId(),
                            "follow-up:" + a.followUpId()));
        }
    }

    /** The actor's display name, else his username (an account removed since, or the command line). */
    private String name(String username) {
        return accounts.findByUsername(username).map(Account::displayName).orElse(username);
    }
}
