package id.kinerja.account;

/** What the administrators' list shows of an account: the message key is {@code account.state.<name>}. */
public enum AccountState {
    /** Signs in normally. */
    ACTIVE,
    /** Disabled by an administrator: no sign-in, no API token works. */
    DISABLED,
    /** Too many wrong passwords from some address: sign-ins from there wait ({@link LoginThrottle}). */
    THROTTLED;

    public String key() {
        return "account.state." + name();
    }
}
