package id.kinerja.account;

import id.kinerja.account.internal.AccountRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Accounts: creating them (the administrators' pages, the API {@code /api/v1/users}, the command line's
 * {@code user add}, the demo), editing, disabling, resetting to a temporary password, unlocking, the user's own
 * password, profile and language, with validation (the {@link PasswordPolicy} on every path) and audit. Every path
 * comes here, so the rules live once. Who may administer whom is {@link UnitAccess#canAdministerAccounts} and
 * {@link UnitAccess#grantableRoles}: within the administrator's subtree, never a role above their own, never their
 * own account (that is the profile page).
 */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern INDICATOR = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** The languages an account may choose (null: the browser's choice). */
    public static final Set<String> LANGUAGES = Set.of("id", "en");

    public static final int MAX_DISPLAY_NAME = 255;
    public static final int MAX_EMAIL = 254;
    /** Length of a temporary password an administrator gets to pass on. */
    static final int TEMPORARY_LENGTH = 16;

    private static final String ENTITY = "account";
    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";

    private final AccountRepository accounts;
    private final Units units;
    private final UnitAccess access;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final MessageSource messages;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final SecureRandom random = new SecureRandom();
    /** The demo's accounts sign in with "demo" on this node (the demo on the embedded database): the login page says so. */
    private final AtomicBoolean demoPasswords = new AtomicBoolean();

    AccountService(
            AccountRepository accounts,
            Units units,
            UnitAccess access,
            LoginThrottle throttle,
            PasswordEncoder encoder,
            AuditLog audit,
            MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.access = access;
        this.throttle = throttle;
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
     * Creates an account from the server's shell (the command line's {@code user add}) or a test: the shell is
     * trusted, so there is no administrator to check; the policy applies as everywhere.
     *
     * @throws AccountRefusedException with an Indonesian message naming the field at fault
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
        return create(
                new AccountForm(username, displayName, null, unitCode, roles, indicatorCodes, true),
                password,
                createdBy);
    }

    /** The same with every field of the form (e-mail, API right). */
    @Transactional
    public Account create(AccountForm form, String password, String createdBy) {
        checkNew(form.username());
        checkPassword(form.username(), password);
        Unit unit = validUnit(form.unitCode());
        return insert(form, unit, password, false, createdBy);
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
        AccountForm form = new AccountForm(username, displayName, null, unitCode, roles, indicatorCodes, true);
        return insert(form, validUnit(unitCode), password, false, "demo");
    }

    /** Marks that the demo's accounts use the demo password on this server (see {@link #demoPasswords()}). */
    public void announceDemoPasswords() {
        demoPasswords.set(true);
    }

    /** Whether the login page should say that the demo accounts' password is "demo". */
    public boolean demoPasswords() {
        return demoPasswords.get();
    }

    /** The enabled accounts of one unit, by display name: whom a unit's record may name (an owner, a recipient). */
    @Transactional(readOnly = true)
    public List<Account> membersOf(long unitId) {
        return accounts.findByUnits(List.of(unitId)).stream()
                .filter(Account::enabled)
                .sorted(java.util.Comparator.comparing(Account::displayName).thenComparing(Account::username))
                .toList();
    }

    /**
     * The roles the enabled accounts of a unit hold (what a new office still lacks: the onboarding page). Reads no
     * account details, so it needs no administrator's right; the page that shows it checks that the unit may be viewed.
     */
    @Transactional(readOnly = true)
    public Set<Role> rolesHeld(long unitId) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (Account a : accounts.findByUnits(List.of(unitId))) {
            if (a.enabled()) {
                held.addAll(a.roles());
            }
        }
        return held;
    }

    /**
     * The usernames of the enabled accounts of a unit that hold any of {@code roles}, or that are PIC of
     * {@code indicatorCode} (null: none), by username: who is told of something about the unit (the Kanwil's review
     * comments). Reads no account details beyond the name, so it needs no administrator's right.
     */
    @Transactional(readOnly = true)
    public List<String> usernames(long unitId, Set<Role> roles, String indicatorCode) {
        List<String> out = new ArrayList<>();
        for (Account a : accounts.findByUnits(List.of(unitId))) {
            boolean holds = a.roles().stream().anyMatch(roles::contains);
            boolean owner = indicatorCode != null
                    && a.has(Role.PIC)
                    && a.indicatorCodes().contains(indicatorCode);
            if (a.enabled() && (holds || owner)) {
                out.add(a.username());
            }
        }
        return out.stream().sorted().toList();
    }

    /**
     * The enabled accounts of a unit that hold {@code role} there, by username: whom the notifications tell of a
     * unit's work (its performance administrators, its head, its administrators). Reads no more than the unit's
     * accounts; the caller decides what it tells them.
     */
    @Transactional(readOnly = true)
    public List<Account> holders(long unitId, Role role) {
        return accounts.findByUnits(List.of(unitId)).stream()
                .filter(a -> a.enabled() && a.has(role))
                .toList();
    }

    /** The enabled PIC accounts of a unit bound to the IKU {@code indicatorCode} (table {@code user_indicator}). */
    @Transactional(readOnly = true)
    public List<Account> picsOf(long unitId, String indicatorCode) {
        return accounts.findByUnits(List.of(unitId)).stream()
                .filter(a ->
                        a.enabled() && a.has(Role.PIC) && a.indicatorCodes().contains(indicatorCode))
                .toList();
    }

    // ---- administrators ----

    /** The accounts of the units the administrator administers, with their state; 403 for anyone else. */
    @Transactional(readOnly = true)
    public List<AccountEntry> list(CurrentUser admin) {
        UnitAccess.require(access.administersAccounts(admin));
        List<Long> scope = access.accountUnits(admin);
        Set<String> delayed = throttle.delayedUsers();
        List<AccountEntry> out = new ArrayList<>();
        for (Account a : accounts.findByUnits(scope)) {
            AccountState state = !a.enabled()
                    ? AccountState.DISABLED
                    : delayed.contains(a.username().toLowerCase(Locale.ROOT))
                            ? AccountState.THROTTLED
                            : AccountState.ACTIVE;
            out.add(new AccountEntry(a, state, canManage(admin, a)));
        }
        return out;
    }

    /** One account the administrator may change: unknown 404, outside their rights 403. */
    @Transactional(readOnly = true)
    public AccountEntry manageable(CurrentUser admin, String username) {
        Account a = accounts.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> refused(404, "account.error.unknown", username));
        if (!canManage(admin, a)) {
            throw refused(403, "account.error.denied", a.username());
        }
        AccountState state = !a.enabled()
                ? AccountState.DISABLED
                : throttle.delayedUsers().contains(a.username().toLowerCase(Locale.ROOT))
                        ? AccountState.THROTTLED
                        : AccountState.ACTIVE;
        return new AccountEntry(a, state, true);
    }

    /** Whether {@code admin} may change {@code target}: see {@link UnitAccess#canManageAccount}. */
    public boolean canManage(CurrentUser admin, Account target) {
        return access.canManageAccount(admin, target.id(), target.unitId(), target.roles());
    }

    /**
     * An administrator creates an account in a unit they administer, with roles they may give, and a temporary
     * password (when {@code password} is blank, one is generated) that the first sign-in must change. Answers the
     * account and the temporary password, to be shown to the administrator once.
     */
    @Transactional
    public Reset createByAdmin(CurrentUser admin, AccountForm form, String password) {
        UnitAccess.require(access.administersAccounts(admin));
        checkNew(form.username());
        Unit unit = checkAssignment(admin, form);
        String temporary = password == null || password.isBlank() ? temporary(form.username()) : password;
        checkPassword(form.username(), temporary);
        Account a = insert(form, unit, temporary, true, admin.username());
        return new Reset(a, temporary);
    }

    /** An account and its temporary password, shown once to the administrator who set it. */
    public record Reset(Account account, String temporaryPassword) {}

    /** An administrator changes an account's display name, e-mail, unit, roles, IKU and API right. Audited. */
    @Transactional
    public Account update(CurrentUser admin, String username, AccountForm form) {
        Account before = manageable(admin, username).account();
        Unit unit = checkAssignment(admin, form);
        String name = requiredDisplayName(form.displayName());
        String email = email(form.email());
        accounts.updateProfile(before.id(), name, email, before.language());
        accounts.updateAssignment(before.id(), unit.id(), form.roles(), indicators(form), form.apiAccess());
        Account after = accounts.findById(before.id()).orElseThrow();
        audit.record(
                admin.username(),
                unit.id(),
                ENTITY,
                before.username(),
                AuditAction.ACCOUNT_UPDATE,
                describe(before),
                describe(after),
                null);
        return after;
    }

    /** Disables or enables an account (never one's own). Audited; a disabled account's API tokens stop working. */
    @Transactional
    public Account setEnabled(CurrentUser admin, String username, boolean enabled) {
        Account a = manageable(admin, username).account();
        if (a.enabled() == enabled) {
            return a;
        }
        accounts.updateEnabled(a.id(), enabled, admin.username());
        audit.record(
                admin.username(),
                a.unitId(),
                ENTITY,
                a.username(),
                enabled ? AuditAction.ENABLE : AuditAction.DISABLE,
                null,
                null,
                null);
        return accounts.findById(a.id()).orElseThrow();
    }

    /**
     * Sets a temporary password (generated when {@code password} is blank, else the one typed, which keeps the
     * policy); the next sign-in must change it. Clears the account's sign-in delays too. Audited (without the password).
     */
    @Transactional
    public Reset reset(CurrentUser admin, String username, String password) {
        Account a = manageable(admin, username).account();
        String temporary = password == null || password.isBlank() ? temporary(a.username()) : password;
        checkPassword(a.username(), temporary);
        accounts.setTemporaryPassword(a.id(), encoder.encode(temporary));
        throttle.unlock(a.username());
        audit.record(admin.username(), a.unitId(), ENTITY, a.username(), AuditAction.RESET_PASSWORD, null, null, null);
        return new Reset(accounts.findById(a.id()).orElseThrow(), temporary);
    }

    /** Clears every sign-in delay of the account. Audited; answers how many addresses were cleared. */
    @Transactional
    public int unlock(CurrentUser admin, String username) {
        Account a = manageable(admin, username).account();
        int cleared = throttle.unlock(a.username());
        audit.record(
                admin.username(),
                a.unitId(),
                ENTITY,
                a.username(),
                AuditAction.UNLOCK_SIGN_IN,
                null,
                String.valueOf(cleared),
                null);
        return cleared;
    }

    /** The command line's {@code user unlock}: the same without an administrator (the shell is trusted). Audited. */
    @Transactional
    public int unlockFromShell(String username, String by) {
        int cleared = throttle.unlock(username);
        Optional<Account> a = accounts.findByUsername(username);
        audit.record(
                by,
                a.map(Account::unitId).orElse(null),
                ENTITY,
                username,
                AuditAction.UNLOCK_SIGN_IN,
                null,
                String.valueOf(cleared),
                null);
        return cleared;
    }

    // ---- every user ----

    /**
     * Changes the signed-in user's own password: the current one must be right, the new one must keep the policy and
     * be typed twice alike. Ends a temporary password's "must change". Audited (without either password).
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
        audit.record(username, account.unitId(), ENTITY, username, AuditAction.PASSWORD, null, null, null);
    }

    /** The signed-in user's own display name, e-mail and language ("id", "en" or blank). Audited. */
    @Transactional
    public Account updateProfile(String username, String displayName, String email, String language) {
        Account before =
                accounts.findByUsername(username).orElseThrow(() -> refused(404, "account.error.unknown", username));
        String name = requiredDisplayName(displayName);
        String mail = email(email);
        String lang =
                language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang != null && !LANGUAGES.contains(lang)) {
            throw refused(400, "account.error.language", language);
        }
        accounts.updateProfile(before.id(), name, mail, lang);
        audit.record(
                username,
                before.unitId(),
                ENTITY,
                username,
                AuditAction.PROFILE,
                before.displayName() + " | " + before.email() + " | " + before.language(),
                name + " | " + mail + " | " + lang,
                null);
        return accounts.findById(before.id()).orElseThrow();
    }

    /** Notes a sign-in with the form (the time shown to administrators); answers the account as it is now. */
    @Transactional
    public Optional<Account> signedIn(String username) {
        Optional<Account> a = accounts.findByUsername(username);
        a.ifPresent(account -> accounts.touchSignIn(account.id()));
        return a;
    }

    /** The message of a refusal in Indonesian (for the command line and the exception's text). */
    private AccountRefusedException refused(int status, String key, Object... args) {
        return new AccountRefusedException(status, messages.getMessage(key, args, key, INDONESIAN), key, args);
    }

    private void checkNew(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw refused(400, "account.error.username");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw refused(409, "account.error.usernameTaken", username);
        }
    }

    private void checkPassword(String username, String password) {
        policy.problem(username, password).ifPresent(key -> {
            throw refused(400, key, limits());
        });
    }

    private Unit validUnit(String unitCode) {
        return units.findByCode(unitCode == null ? "" : unitCode.strip())
                .orElseThrow(() -> refused(404, "account.error.unit", unitCode));
    }

    /** The unit and roles of a form an administrator sent: within their rights. */
    private Unit checkAssignment(CurrentUser admin, AccountForm form) {
        Unit unit = validUnit(form.unitCode());
        if (!access.canAdministerAccounts(admin, unit.id())) {
            throw refused(403, "account.error.unitDenied", unit.code());
        }
        Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
        if (roles.isEmpty()) {
            throw refused(400, "account.error.roles");
        }
        Set<Role> beyond = EnumSet.noneOf(Role.class);
        beyond.addAll(roles);
        beyond.removeAll(access.grantableRoles(admin));
        if (!beyond.isEmpty()) {
            throw refused(
                    403, "account.error.roleDenied", beyond.iterator().next().indonesian());
        }
        return unit;
    }

    private Account insert(AccountForm form, Unit unit, String password, boolean temporary, String createdBy) {
        Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
        if (roles.isEmpty()) {
            throw refused(400, "account.error.roles");
        }
        Set<String> iku = indicators(form);
        String name = displayName(form.displayName(), form.username());
        String email = email(form.email());
        accounts.create(
                form.username(),
                name,
                encoder.encode(password),
                unit.id(),
                roles,
                iku,
                email,
                temporary,
                form.apiAccess());
        Account a = accounts.findByUsername(form.username()).orElseThrow();
        audit.record(createdBy, unit.id(), ENTITY, form.username(), AuditAction.CREATE, null, describe(a), null);
        return a;
    }

    private Set<String> indicators(AccountForm form) {
        Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
        Set<String> iku = new LinkedHashSet<>();
        if (form.indicatorCodes() != null) {
            for (String code : form.indicatorCodes()) {
                if (code != null && !code.isBlank()) {
                    String c = code.strip();
                    if (!INDICATOR.matcher(c).matches()) {
                        throw refused(400, "account.error.indicator", c);
                    }
                    iku.add(c);
                }
            }
        }
        if (roles.contains(Role.PIC) && iku.isEmpty()) {
            throw refused(400, "account.error.picIndicators");
        }
        if (!roles.contains(Role.PIC) && !iku.isEmpty()) {
            throw refused(400, "account.error.indicatorsWithoutPic");
        }
        return iku;
    }

    private String displayName(String typed, String username) {
        String name = typed == null || typed.isBlank() ? username : typed.strip();
        if (name.length() > MAX_DISPLAY_NAME) {
            throw refused(400, "account.error.displayNameLong", MAX_DISPLAY_NAME);
        }
        return name;
    }

    /** A display name that must be typed (editing an existing account: never silently replaced by the username). */
    private String requiredDisplayName(String typed) {
        if (typed == null || typed.isBlank()) {
            throw refused(400, "account.error.displayNameRequired");
        }
        return displayName(typed, null);
    }

    private String email(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String e = typed.strip();
        if (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
            throw refused(400, "account.error.email", e);
        }
        return e;
    }

    /** A random temporary password that keeps the policy. */
    private String temporary(String username) {
        while (true) {
            StringBuilder sb = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                sb.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
            }
            if (policy.problem(username, sb.toString()).isEmpty()) {
                return sb.toString();
            }
        }
    }

    private static String describe(Account a) {
        return a.displayName() + " @" + a.unitCode() + " " + a.roles()
                + (a.indicatorCodes().isEmpty() ? "" : " IKU " + a.indicatorCodes())
                + (a.email() == null ? "" : " " + a.email()) + (a.apiAccess() ? " API" : "");
    }

    private static Object[] limits() {
        return new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH};
    }
}
