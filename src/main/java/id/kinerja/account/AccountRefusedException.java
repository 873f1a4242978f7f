package id.kinerja.account;

/**
 * A change to an account refused: the message key (in the bundles) with its arguments says why, in the user's
 * language; {@link #getMessage()} is the Indonesian text (for the command line). {@link #status()} is the HTTP status
 * of the answer: 400 invalid input, 403 outside the administrator's rights, 404 unknown account, 409 a conflict
 * (the username is taken). Nothing was changed.
 */
public class AccountRefusedException extends IllegalArgumentException {

    private final String key;
    private final transient Object[] args;
    private final int status;

    AccountRefusedException(int status, String indonesian, String key, Object... args) {
        super(indonesian);
        this.key = key;
        this.args = args.clone();
        this.status = status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public int status() {
        return status;
    }
}
