package id.kinerja.api;

import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import id.kinerja.account.ApiTokenAuthenticator;
import id.kinerja.account.CurrentUser;
import id.kinerja.api.internal.ApiTokenRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.web.UserError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal API tokens: created by a signed-in user for themself, shown once, stored hashed, revocable, with an
 * optional expiry. A token reads {@code kin_<prefix>_<secret>}: the prefix (6 random bytes, hex) finds the row,
 * the secret (32 random bytes, base64url) is stored only as its SHA-256 and compared in constant time. A token
 * acts as its owner, with the owner's roles and unit as they are at the time of the call, and only while the owner is
 * enabled and may use the API ({@link Account#apiAccess()}, set by an administrator). Creation and revocation
 * are audited (entity {@code api_token}, key = prefix).
 */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

    public static final int MAX_NAME = 100;
    /** At most this many active tokens per account. */
    public static final int MAX_ACTIVE = 20;

    static final String ENTITY = "api_token";
    private static final Pattern FORMAT = Pattern.compile("kin_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

    /** A token just made: its secret text, shown to its owner this once. */
    public record Created(ApiToken token, String secret) {}

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Makes a token for {@code me}, valid until the end of {@code expires} (in {@code zone}) when given.
     *
     * @throws UserError (400) for a missing or too long name, an expiry in the past, or too many active tokens
     */
    @Transactional
    public Created create(CurrentUser me, String name, LocalDate expires, ZoneId zone) {
        if (!mayUse(me)) {
            throw new UserError(HttpStatus.FORBIDDEN, "api.token.error.noAccess");
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw UserError.invalid("api.token.error.nameRequired");
        }
        if (clean.length() > MAX_NAME) {
            throw UserError.invalid("api.token.error.nameTooLong", MAX_NAME);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expiresAt = null;
        if (expires != null) {
            expiresAt = expires.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            if (!expiresAt.isAfter(now)) {
                throw UserError.invalid("api.token.error.expiryPast");
            }
        }
        if (tokens.findByUser(me.id()).stream().filter(t -> t.active(now)).count() >= MAX_ACTIVE) {
            throw UserError.invalid("api.token.error.tooMany", MAX_ACTIVE);
        }
        byte[] prefixBytes = new byte[6];
        byte[] secretBytes = new byte[32];
        random.nextBytes(prefixBytes);
        random.nextBytes(secretBytes);
        String prefix = HexFormat.of().formatHex(prefixBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        long id = tokens.insert(me.id(), clean, prefix, sha256(secret), expiresAt);
        ApiToken token = tokens.findById(id).orElseThrow();
        audit.record(
                me.username(),
                me.unitId(),
                ENTITY,
                prefix,
                AuditAction.CREATE,
                null,
                clean + (expiresAt == null ? "" : " (berlaku s.d. " + expires + ")"),
                null);
        return new Created(token, "kin_" + prefix + "_" + secret);
    }

    /**
     * Whether the account may use the API (the right an administrator sets per account, as it is now in the
     * database: a right withdrawn counts at once, not at the next sign-in).
     */
    @Transactional(readOnly = true)
    public boolean mayUse(CurrentUser me) {
        return accounts.findById(me.id()).map(a -> a.enabled() && a.apiAccess()).orElse(false);
    }

    /** The user's tokens, newest first (revoked ones too, for the record). */
    @Transactional(readOnly = true)
    public List<ApiToken> list(CurrentUser me) {
        return tokens.findByUser(me.id());
    }

    /** Revokes one of the user's own tokens; another user's token or an unknown id: 404. */
    @Transactional
    public ApiToken revoke(CurrentUser me, long id) {
        ApiToken token = tokens.findById(id)
                .filter(t -> t.userId() == me.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Token tidak dikenal"));
        if (tokens.revoke(id, me.username())) {
            audit.record(
                    me.username(), me.unitId(), ENTITY, token.prefix(), AuditAction.REVOKE, token.name(), null, null);
        }
        return tokens.findById(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<String> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Stored> stored = tokens.findByPrefix(m.group(1));
        if (stored.isEmpty()
                || !MessageDigest.isEqual(stored.get().secretHash(), sha256(m.group(2)))
                || !stored.get().token().active(OffsetDateTime.now(clock))) {
            return Optional.empty();
        }
        Optional<Account> owner = accounts.findById(stored.get().token().userId());
        if (owner.isEmpty() || !owner.get().enabled() || !owner.get().apiAccess()) {
            return Optional.empty();
        }
        tokens.touch(stored.get().token().id());
        return Optional.of(owner.get().username());
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
