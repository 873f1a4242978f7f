package id.kinerja.consistency;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.consistency.internal.CheckAcceptanceRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.web.FormValidation;
import id.kinerja.web.UserError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a unit's year's documents are drafts: the LAKIN and the NKO report are marked as drafts on every page while
 * the consistency check has errors that are neither fixed nor accepted by the head of the unit with a reason (see
 * docs/architecture.md, "Draft marking"). An acceptance is of one set of errors, identified by its
 * {@link #fingerprint}: a new or changed error makes the documents drafts again until it is fixed or accepted too.
 */
@Service
public class CheckAcceptanceService {

    /** The longest reason accepted (characters, after trimming); the column holds this many. */
    public static final int MAX_REASON = 1000;

    /** The audit trail's entity of an acceptance; its key is {@code <year>/<fingerprint>}. */
    static final String ENTITY = "consistency-check";

    private final ConsistencyCheck check;
    private final CheckAcceptanceRepository acceptances;
    private final UnitAccess access;
    private final AuditLog audit;
    private final FormValidation forms;

    CheckAcceptanceService(
            ConsistencyCheck check,
            CheckAcceptanceRepository acceptances,
            UnitAccess access,
            AuditLog audit,
            FormValidation forms) {
        this.check = check;
        this.acceptances = acceptances;
        this.access = access;
        this.audit = audit;
        this.forms = forms;
    }

    /** The reason typed for accepting the errors, stripped; checked by Bean Validation ({@link FormValidation}). */
    record ReasonForm(
            @NotBlank(message = "{check.accept.error.reasonRequired}")
            @Size(max = MAX_REASON, message = "{check.accept.error.reasonTooLong}")
            String reason) {

        ReasonForm {
            reason = reason == null ? "" : reason.strip();
        }
    }

    /** One acceptance: how many errors, why, who (username and name) and when. */
    public record Acceptance(
            long id,
            String fingerprint,
            int errors,
            String reason,
            String acceptedBy,
            String acceptedByName,
            OffsetDateTime acceptedAt) {}

    /**
     * A unit's year's check and what it means for its documents.
     *
     * @param report      the check as it is now
     * @param fingerprint the fingerprint of its errors (of the empty set when none)
     * @param inForce     the acceptance of exactly these errors, or null
     * @param superseded  the newest acceptance when it accepted other errors than these (no longer in force), or null
     */
    public record Status(ConsistencyReport report, String fingerprint, Acceptance inForce, Acceptance superseded) {

        public long errors() {
            return report.count(Finding.Severity.ERROR);
        }

        /** The documents are drafts: the check has errors, and they are not accepted. */
        public boolean draft() {
            return errors() > 0 && inForce == null;
        }
    }

    /**
     * The check of a unit's year now, with the acceptance of its errors if there is one.
     *
     * @throws id.kinerja.scorecard.ScorecardNotFoundException unknown unit or no agreement for the year
     */
    @Transactional(readOnly = true)
    public Status status(String unitCode, int year) {
        return status(check.check(unitCode, year));
    }

    /** The same, with the findings of the documents' models the caller already made ({@link ConsistencyCheck}). */
    @Transactional(readOnly = true)
    public Status status(String unitCode, int year, List<Finding> documentFindings) {
        return status(check.check(unitCode, year, documentFindings));
    }

    /** What a check already made means for its documents. */
    @Transactional(readOnly = true)
    public Status status(ConsistencyReport report) {
        String fingerprint = fingerprint(report.findings());
        long unitId = report.unit().id();
        if (report.count(Finding.Severity.ERROR) == 0) {
            return new Status(report, fingerprint, null, null);
        }
        Acceptance inForce =
                acceptances.find(unitId, report.year(), fingerprint).orElse(null);
        Acceptance superseded = inForce != null
                ? null
                : acceptances.latest(unitId, report.year()).orElse(null);
        return new Status(report, fingerprint, inForce, superseded);
    }

    /**
     * The head accepts the errors of a unit's year as they are now, with a reason (audited). {@code shown} is the
     * fingerprint of the errors the head was shown: when the errors have changed since, nothing is accepted.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless {@link UnitAccess#canAcceptCheckErrors}
     * @throws UserError 400 blank or too long a reason; 409 no errors to accept, or not the errors shown
     */
    @Transactional
    public Acceptance accept(CurrentUser me, Unit unit, int year, String shown, String reason) {
        UnitAccess.require(access.canAcceptCheckErrors(me, unit.id()));
        ReasonForm form = new ReasonForm(reason);
        forms.check(form, "check.accept.field");
        String why = form.reason();
        Status now = status(check.check(unit.code(), year));
        if (now.errors() == 0) {
            throw UserError.conflict("check.accept.error.noErrors", year);
        }
        if (!now.fingerprint().equals(shown)) {
            throw UserError.conflict("check.accept.error.changed", year);
        }
        int errors = Math.toIntExact(now.errors());
        long id = acceptances.insert(unit.id(), year, now.fingerprint(), errors, why, me.username(), me.displayName());
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                year + "/" + now.fingerprint(),
                AuditAction.ACCEPT_CHECK_ERRORS,
                null,
                errors,
                why);
        return acceptances
                .find(unit.id(), year, now.fingerprint())
                .filter(a -> a.id() == id)
                .orElseThrow();
    }

    /**
     * The identity of the set of errors among these findings: SHA-256 (hex) of each error's check, place and text,
     * sorted, so that the order of the findings does not matter and any new or changed error (another figure) gives
     * another fingerprint. Warnings and infos do not count.
     */
    static String fingerprint(List<Finding> findings) {
        List<String> errors = findings.stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR)
                .map(CheckAcceptanceService::identity)
                .sorted()
                .toList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String e : errors) {
                sha.update(e.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1e);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 tidak tersedia", e);
        }
    }

    /** What makes an error the same error: the check that found it, where and what, as the check states them. */
    private static String identity(Finding f) {
        return f.check() + '\u001f' + f.where() + '\u001f' + f.what();
    }
}
