package id.kinerja.audit;

/**
 * What a recorded change did. The {@link #code()} is what the audit trail stores (unchanged from the codes stored
 * before this enum); users read the label from the message bundles ({@link #key()}: {@code audit.action.SAVE}).
 */
public enum AuditAction {
    SAVE("save"),
    SUBMIT("submit"),
    VERIFY("verify"),
    RETURN("return"),
    APPROVE("approve"),
    UNLOCK("unlock"),
    UPLOAD("upload"),
    NOTE("note"),
    CREATE("create"),
    HEADER("header"),
    INDICATORS("indicators"),
    ADD_INDICATOR("add-indicator"),
    REMOVE_INDICATOR("remove-indicator"),
    BUDGET("budget"),
    SIGN("sign"),
    SUPERSEDE("supersede"),
    REVISE("revise"),
    RESTORE("restore"),
    REVOKE("revoke"),
    FILL_REALIZATION("fill-realization"),
    IMPORT("IMPORT"),
    IMPORT_CREATE("IMPORT_CREATE"),
    IMPORT_UPDATE("IMPORT_UPDATE"),
    PASSWORD("password"),
    ACCEPT_CHECK_ERRORS("accept-check-errors"),
    PUBLISH_FRAMEWORK("publish-framework"),
    REVENUE_NET("revenue-net"),
    REVENUE_ACTIVITY("revenue-activity"),
    REVENUE_MONTHS("revenue-months"),
    DELETE("delete"),
    /** The place and date a unit's LAKIN or NKO report of a year is signed. */
    DOCUMENT_SETTING("document-setting"),
    /** An IKU's Renstra / RPJMN targets and national standard of a unit's year. */
    PLANNING_REFERENCE("planning-reference"),
    /** A past year's realization and index of an IKU of a unit. */
    INDICATOR_HISTORY("indicator-history"),
    IMPORT_NARRATIVE("import-narrative"),
    CARRY_OVER("carry-over"),
    ACCOUNT_UPDATE("account-update"),
    DISABLE("disable"),
    ENABLE("enable"),
    RESET_PASSWORD("reset-password"),
    UNLOCK_SIGN_IN("unlock-sign-in"),
    PROFILE("profile"),
    COPY_FRAMEWORK("copy-framework"),
    DISCARD_FRAMEWORK_DRAFT("discard-framework-draft"),
    SIGN_FIRST_PARTY("sign-first-party"),
    SIGN_SECOND_PARTY("sign-second-party"),
    WITHDRAW_SIGNATURES("withdraw-signatures"),
    START_YEAR("start-year"),
    RENAME("rename"),
    MOVE("move"),
    DEACTIVATE("deactivate"),
    REACTIVATE("reactivate"),
    FOLLOW_UP_DONE("follow-up-done"),
    /** The Kanwil's review: a thread opened, answered by the office, replied to or closed by the reviewer. */
    REVIEW_OPEN("review-open"),
    REVIEW_ANSWER("review-answer"),
    REVIEW_REPLY("review-reply"),
    REVIEW_CLOSE("review-close"),
    /** An office's quarter marked as reviewed by the Kanwil, or the mark taken back. */
    PERIOD_REVIEWED("period-reviewed"),
    PERIOD_UNREVIEWED("period-unreviewed"),
    /** A report sent to the Kanwil (frozen), and its receipt acknowledged. */
    SEND("send"),
    ACKNOWLEDGE("acknowledge");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stored code, e.g. "save". */
    public String code() {
        return code;
    }

    /** The message key of the label, e.g. "audit.action.SAVE". */
    public String key() {
        return "audit.action." + name();
    }

    /** The action of a stored code; null for a code no action has (never written by this version). */
    public static AuditAction fromCode(String code) {
        for (AuditAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        return null;
    }
}
