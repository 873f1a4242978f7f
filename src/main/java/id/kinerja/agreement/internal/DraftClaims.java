package id.kinerja.agreement.internal;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.AgreementVersion;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.Target;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.UserError;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The checks before an edit of a draft: the user's right, the version of the unit, still a draft, the row version
 * the form was loaded with; then the claim of the draft (a stale form changes nothing: 409 naming who changed it and
 * when). Also the audit trail's texts of an agreement.
 */
@Component
public class DraftClaims {

    /** The audit trail's entity of agreements. */
    public static final String ENTITY = "agreement";

    /** A draft checked for an edit: its version row and the agreement. */
    public record Claimed(AgreementVersion version, PerformanceAgreement agreement) {}

    private final UnitAccess access;
    private final AgreementRepository agreements;
    private final TimeFormats times;

    private final AuditLog audit;

    DraftClaims(UnitAccess access, AgreementRepository agreements, TimeFormats times, AuditLog audit) {
        this.access = access;
        this.agreements = agreements;
        this.times = times;
        this.audit = audit;
    }

    public Claimed requireEditable(CurrentUser me, Unit unit, long id, Integer rowVersion) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        AgreementVersion version = version(unit, id);
        requireDraft(version);
        requireVersion(version, rowVersion);
        return new Claimed(version, agreements.findById(id).orElseThrow());
    }

    /**
     * Claims the draft for the edit; a party's signature it had is withdrawn (it was given to the content the edit
     * changes), recorded in the audit trail.
     */
    public void claim(CurrentUser me, Unit unit, Claimed c, Integer rowVersion) {
        if (!agreements.claim(c.version().id(), rowVersion, me.username())) {
            throw stale(unit, c.version().id());
        }
        AgreementVersion v = c.version();
        if (v.firstPartySignedBy() != null || v.secondPartySignedBy() != null) {
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    key(c.agreement()),
                    AuditAction.WITHDRAW_SIGNATURES,
                    signatures(v),
                    null,
                    null);
        }
    }

    /** The parties' signatures of a version as the audit trail keeps them. */
    public static String signatures(AgreementVersion v) {
        return "pihak pertama=" + (v.firstPartySignedBy() == null ? "" : v.firstPartySignedBy()) + "; pihak kedua="
                + (v.secondPartySignedBy() == null ? "" : v.secondPartySignedBy());
    }

    /** The version of the unit with this id; 404 when the unit has none such. */
    public AgreementVersion version(Unit unit, long id) {
        return agreements
                .find(unit.id(), id)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Perjanjian kinerja tidak ditemukan"));
    }

    public static void requireDraft(AgreementVersion v) {
        if (v.status() != AgreementStatus.DRAFT) {
            throw UserError.conflict("agreement.error.locked", v.version(), status(v.status()));
        }
    }

    public void requireVersion(AgreementVersion v, Integer rowVersion) {
        if (rowVersion == null || rowVersion != v.rowVersion()) {
            throw stale(v);
        }
    }

    public UserError stale(Unit unit, long id) {
        return stale(version(unit, id));
    }

    private UserError stale(AgreementVersion current) {
        return UserError.conflict(
                "agreement.error.stale",
                current.version(),
                current.lastBy(),
                times.format(current.lastAt()),
                status(current.status()));
    }

    /** A status by its {@code agreement.status.*} label. */
    public static DefaultMessageSourceResolvable status(AgreementStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"agreement.status." + status.name()}, status.name());
    }

    /** The audit key of an agreement version: {@code year/vN}. */
    public static String key(PerformanceAgreement a) {
        return a.year() + "/v" + a.version();
    }

    /** {@code bobot 26; Q1 12; Q2 35; ...} with plain numbers. */
    public static String indicatorText(PerformanceAgreement.Indicator i) {
        StringBuilder sb = new StringBuilder("bobot ")
                .append(i.weight().stripTrailingZeros().toPlainString());
        for (Period p : Period.values()) {
            Target t = i.targets().get(p);
            if (t != null) {
                sb.append("; ")
                        .append(p.name())
                        .append(' ')
                        .append(t.value().stripTrailingZeros().toPlainString());
                if (t.upper() != null) {
                    sb.append('-').append(t.upper().stripTrailingZeros().toPlainString());
                }
            }
        }
        return sb.toString();
    }
}
