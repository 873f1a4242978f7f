package id.kinerja.tasks;

/**
 * What a person is asked to do, one kind per line of "Tugas saya" (docs/domain.md, "Who does what next"). Each kind
 * has its label in the bundles as {@code tasks.kind.<NAME>}; the module that knows the work provides the tasks of its
 * kinds through a {@link TaskSource}.
 */
public enum TaskKind {
    /** A PIC's value for an agreed IKU and period that is not yet entered or is still a draft. */
    FILL,
    /** A submitted value awaiting the performance administrator's verification. */
    VERIFY,
    /** A verified value awaiting the head's approval. */
    APPROVE,
    /** A value the administrator returned to the PIC, with the reason. */
    RETURNED,
    /** A performance agreement awaiting this person's signature as first or second party. */
    SIGN_AGREEMENT,
    /** A LAKIN narrative section of the year not yet written (or carried over and not yet reviewed). */
    WRITE_NARRATIVE,
    /** A Kanwil review comment awaiting the office's answer, or an answer awaiting the reviewer. */
    ANSWER_COMMENT,
    /** A follow-up decided in a performance dialogue (DKO/DKRO), owned by this person. */
    FOLLOW_UP,
    /** A risk mitigation action owned by this person, not yet complete. */
    MITIGATION,
    /** A document an office sent to its Kanwil whose receipt is not yet acknowledged. */
    ACKNOWLEDGE_RECEIPT,
    /** An office's quarter that the Kanwil has not yet marked as reviewed. */
    REVIEW_PERIOD
}
