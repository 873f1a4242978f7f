package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.agreement.internal.PlanningReferenceRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Renstra DJP / RPJMN targets and the national standard of the IKU of a unit's year (docs/domain.md §8, the
 * LAKIN's chapter III.A points 3 and 4), written by the office on the IKU page, through the API and from the
 * workbook's Renstra sheet, all through {@link #save}: the IKU must be one of the year's agreement in force, the
 * whole set is checked before anything is written, and each change is audited. A target left empty means the
 * document sets none for the IKU (printed "tidak ditetapkan"); an IKU with nothing recorded is reported by the
 * consistency check.
 */
@Service
public class PlanningReferences {

    /** The longest source text accepted (the column's width). */
    public static final int SOURCE_LENGTH = 512;

    static final String ENTITY = "planning-reference";

    private final PlanningReferenceRepository references;
    private final AgreementRepository agreements;
    private final UnitAccess access;
    private final AuditLog audit;

    PlanningReferences(
            PlanningReferenceRepository references, AgreementRepository agreements, UnitAccess access, AuditLog audit) {
        this.references = references;
        this.agreements = agreements;
        this.access = access;
        this.audit = audit;
    }

    /** The references recorded for a unit's year, by IKU code. */
    @Transactional(readOnly = true)
    public Map<String, PlanningReference> of(long unitId, int year) {
        return references.find(unitId, year);
    }

    /** Whether the user may record them: the unit's own performance administrator (who edits its PK). */
    public boolean canEdit(CurrentUser user, long unitId) {
        return access.canEditAgreement(user, unitId);
    }

    /**
     * Records (or replaces) the references of some IKU of a unit's year, by the user on the web or the API.
     *
     * @throws UserError 400 naming the IKU and field; nothing is written
     */
    @Transactional
    public void save(CurrentUser me, Unit unit, int year, List<PlanningReference> changes) {
        UnitAccess.require(canEdit(me, unit.id()));
        write(unit.id(), year, changes, me.username(), null);
    }

    /**
     * The same for a caller that checked the rights itself (the workbook import, which checks every unit's row
     * before writing any), with the import's reason in the audit trail.
     */
    @Transactional
    public void importAll(long unitId, int year, List<PlanningReference> changes, String username, String reason) {
        write(unitId, year, changes, username, reason);
    }

    private void write(long unitId, int year, List<PlanningReference> changes, String username, String reason) {
        Set<String> agreed = indicatorsOf(unitId, year);
        Set<String> seen = new HashSet<>();
        for (PlanningReference r : changes) {
            check(agreed, year, r);
            if (!seen.add(r.indicatorCode())) {
                throw UserError.invalid("planning.error.twice", r.indicatorCode());
            }
        }
        Map<String, PlanningReference> before = references.find(unitId, year);
        for (PlanningReference r : changes) {
            PlanningReference clean = new PlanningReference(
                    r.indicatorCode(),
                    r.renstraTarget(),
                    r.rpjmnTarget(),
                    r.nationalStandard(),
                    r.source() == null || r.source().isBlank()
                            ? null
                            : r.source().strip());
            PlanningReference old = before.get(r.indicatorCode());
            if (old != null && same(old, clean)) {
                continue;
            }
            references.save(unitId, year, clean);
            audit.record(
                    username,
                    unitId,
                    ENTITY,
                    year + "/" + clean.indicatorCode(),
                    AuditAction.PLANNING_REFERENCE,
                    old == null ? null : text(old),
                    text(clean),
                    reason);
        }
    }

    private Set<String> indicatorsOf(long unitId, int year) {
        PerformanceAgreement a = agreements
                .findCurrent(unitId, year)
                .orElseThrow(() -> UserError.invalid("planning.error.noAgreement", year));
        Set<String> out = new HashSet<>();
        a.indicators().forEach(i -> out.add(i.code()));
        return out;
    }

    private static void check(Set<String> agreed, int year, PlanningReference r) {
        if (r.indicatorCode() == null || !agreed.contains(r.indicatorCode())) {
            throw UserError.invalid("planning.error.indicator", String.valueOf(r.indicatorCode()), year);
        }
        if (r.source() != null && r.source().strip().length() > SOURCE_LENGTH) {
            throw UserError.invalid("planning.error.source", r.indicatorCode(), SOURCE_LENGTH);
        }
        negative(r.renstraTarget(), r.indicatorCode(), "planning.field.renstra");
        negative(r.rpjmnTarget(), r.indicatorCode(), "planning.field.rpjmn");
        negative(r.nationalStandard(), r.indicatorCode(), "planning.field.nationalStandard");
    }

    private static void negative(BigDecimal v, String code, String field) {
        if (v != null && v.signum() < 0) {
            throw UserError.invalid(
                    "planning.error.negative", code, new DefaultMessageSourceResolvable(new String[] {field}, field));
        }
    }

    private static boolean same(PlanningReference a, PlanningReference b) {
        return cmp(a.renstraTarget(), b.renstraTarget())
                && cmp(a.rpjmnTarget(), b.rpjmnTarget())
                && cmp(a.nationalStandard(), b.nationalStandard())
                && Objects.equals(a.source(), b.source());
    }

    private static boolean cmp(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(PlanningReference r) {
        return "Renstra " + plain(r.renstraTarget()) + " / RPJMN " + plain(r.rpjmnTarget()) + " / standar "
                + plain(r.nationalStandard());
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }
}
