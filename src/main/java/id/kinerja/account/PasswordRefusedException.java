package id.kinerja.account;

/** A password change refused: the message key (in the bundles) and its arguments say why; nothing was changed. */
public class PasswordRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    PasswordRefusedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
