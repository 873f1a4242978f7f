package id.kinerja.account;

import id.kinerja.account.internal.AccountRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts (the command line's {@code user add}, the demo) and changing a password, with validation (the
 * {@link PasswordPolicy} on every path) and audit.
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository accounts;
    private final Units units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final MessageSource messages;
    private final PasswordPolicy policy = new PasswordPolicy();
    /** The demo's accounts sign in with "demo" on this node (the demo on the embedded database): the login page says so. */
    private final AtomicBoolean demoPasswords = new AtomicBoolean();

    AccountService(
            AccountRepository accounts, Units units, PasswordEncoder encoder, AuditLog audit, MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.messages = messages;
    }

    /** The account signing in with this username, with its unit, roles and IKU. */
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** The account with this id (an API token's owner, for example). */
    public Optional<Account> findById(long id) {
        return accounts.findById(id);
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException with an Indonesian message naming the field at fault
     */
    @Transactional
    public Account create(
            String username,
            String displayName,
            String password,
            String unitCode,
            Set<Role> roles,
            Set<String> indicatorCodes,
            String createdBy) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "Nama pengguna tidak sah: huruf kecil, angka, titik, garis (2-64 karakter)");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("Nama pengguna sudah dipakai: " + username);
        }
        policy.problem(username, password).ifPresent(key -> {
            throw new IllegalArgumentException(messages.getMessage(key, limits(), Locale.forLanguageTag("id")));
        });
        return insert(username, displayName, password, unitCode, roles, indicatorCodes, createdBy);
    }

    /**
     * Creates one of the demo's accounts with the demo's well-known password, outside the policy: only for the demo
     * on the embedded database (the caller decides), and the login page then says that the password is "demo".
     */
    @Transactional
    public Account createDemo(
            String username,
            String displayName,
            String password,
            String unitCode,
            Set<Role> roles,
            Set<String> indicatorCodes) {
        return insert(username, displayName, password, unitCode, roles, indicatorCodes, "demo");
    }

    /** Marks that the demo's accounts use the demo password on this server (see {@link #demoPasswords()}). */
    public void announceDemoPasswords() {
        demoPasswords.set(true);
    }

    /** Whether the login page should say that the demo accounts' password is "demo". */
    public boolean demoPasswords() {
        return demoPasswords.get();
    }

    /**
     * Changes the signed-in user's own password: the current one must be right, the new one must keep the policy and
     * be typed twice alike. Audited (without either password).
     *
     * @throws PasswordRefusedException naming what is wrong (message key with arguments)
     */
    @Transactional
    public void changePassword(String username, String current, String password, String repeated) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new PasswordRefusedException("account.password.wrongCurrent"));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new PasswordRefusedException("account.password.wrongCurrent");
        }
        if (password == null || !password.equals(repeated)) {
            throw new PasswordRefusedException("account.password.mismatch");
        }
        if (password.equals(current)) {
            throw new PasswordRefusedException("account.password.same");
        }
        var problem = policy.problem(username, password);
        if (problem.isPresent()) {
            throw new PasswordRefusedException(problem.get(), limits());
        }
        accounts.updatePasswordHash(account.id(), encoder.encode(password));
        audit.record(username, account.unitId(), "account", username, AuditAction.PASSWORD, null, null, null);
    }

    private static Object[] limits() {
        return new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH};
    }

    private Account insert(
            String username,
            String displayName,
            String password,
            String unitCode,
            Set<Role> roles,
            Set<String> indicatorCodes,
            String createdBy) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Peran wajib diisi");
        }
        if (roles.contains(Role.PIC) && indicatorCodes.isEmpty()) {
            throw new IllegalArgumentException("PIC IKU harus terikat pada minimal satu IKU");
        }
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new IllegalArgumentException("Unit tidak dikenal: " + unitCode));
        accounts.create(username, displayName, encoder.encode(password), unit.id(), roles, indicatorCodes);
        audit.record(
                createdBy,
                unit.id(),
                "account",
                username,
                AuditAction.CREATE,
                null,
                roles + " " + indicatorCodes,
                null);
        return accounts.findByUsername(username).orElseThrow();
    }
}
