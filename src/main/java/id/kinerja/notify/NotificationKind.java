package id.kinerja.notify;

/**
 * What a notification tells (docs/architecture.md, "Notifications"). Each kind has its text in the bundles as
 * {@code notify.kind.<NAME>} (with the notification's arguments) and its label as {@code notify.label.<NAME>};
 * {@link #emailByDefault()} is whether it arrives by e-mail for a person who has not chosen.
 */
public enum NotificationKind {
    /** A PIC submitted a value: the unit's performance administrators are to verify it. */
    SUBMITTED(true),
    /** The performance administrator returned a value, with the reason: the IKU's PIC is to correct it. */
    RETURNED(true),
    /** A value was verified: the head is to approve it. */
    VERIFIED(true),
    /** The head approved a value: its PIC is told. */
    APPROVED(false),
    /** An administrator unlocked an approved value, with the reason: its PIC and the performance administrators. */
    UNLOCKED(true),
    /** A performance agreement was signed by both parties and is in force: the unit's administrators and head. */
    AGREEMENT_SIGNED(false),
    /** A review comment awaits an answer. */
    REVIEW_COMMENT(true),
    /** A realization deadline is near and values are not yet approved. */
    DUE_SOON(true),
    /** A realization deadline has passed and values are not yet approved. */
    OVERDUE(true),
    /** An office sent its NKO report or LAKIN: the Kanwil's reviewers and head are to acknowledge it. */
    DOCUMENT_SENT(true),
    /** A performance dialogue gave this person a follow-up, with its due date. */
    FOLLOW_UP(true);

    private final boolean emailByDefault;

    NotificationKind(boolean emailByDefault) {
        this.emailByDefault = emailByDefault;
    }

    /** Whether this kind is sent in the daily e-mail digest unless the person turned it off (or on). */
    public boolean emailByDefault() {
        return emailByDefault;
    }

    /** The bundle key of the notification's text (arguments: the notification's {@code args}). */
    public String key() {
        return "notify.kind." + name();
    }

    /** The bundle key of the kind's name on the preferences page. */
    public String label() {
        return "notify.label." + name();
    }
}
