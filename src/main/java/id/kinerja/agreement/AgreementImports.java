package id.kinerja.agreement;

import id.kinerja.agreement.PerformanceAgreement.BudgetItem;
import id.kinerja.agreement.PerformanceAgreement.Party;
import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.agreement.internal.DraftClaims;
import id.kinerja.agreement.internal.IndicatorRules;
import id.kinerja.agreement.internal.PlanningReferenceRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.web.UserError;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements written from outside the editor: the targets of an Excel import (into drafts only) and the demo data.
 * The IKU, weights and targets obey the same {@link IndicatorRules} as the editor's form; a refusal writes nothing.
 */
@Service
public class AgreementImports {

    private final AgreementRepository agreements;
    private final PlanningReferenceRepository references;
    private final FrameworkCatalog frameworks;
    private final Units units;
    private final AuditLog audit;

    AgreementImports(
            AgreementRepository agreements,
            PlanningReferenceRepository references,
            FrameworkCatalog frameworks,
            Units units,
            AuditLog audit) {
        this.agreements = agreements;
        this.references = references;
        this.frameworks = frameworks;
        this.units = units;
        this.audit = audit;
    }

    /**
     * Whether the imported targets obey the agreement's rules (an IKU of the agreement's framework, at most once, a
     * weight above 0, a range IKU's upper bound), without writing.
     *
     * @throws TargetsRefusedException the first unit and IKU that breaks a rule
     */
    public void check(List<ImportedTargets> targets) {
        for (ImportedTargets t : targets) {
            Framework framework = frameworks.framework(t.frameworkVersionId());
            for (PerformanceAgreement.Indicator i : t.indicators()) {
                try {
                    IndicatorRules.check(framework, List.of(i));
                } catch (UserError e) {
                    throw new TargetsRefusedException(t.unitId(), i.code(), e.code(), e.args());
                }
            }
            try {
                IndicatorRules.check(framework, t.indicators());
            } catch (UserError e) {
                throw new TargetsRefusedException(t.unitId(), String.valueOf(e.args()[0]), e.code(), e.args());
            }
        }
    }

    /**
     * Why the agreement's rules refuse one IKU of a unit's year under its framework (not in the framework, a weight
     * not above 0, a range IKU's target without an upper bound or with one below it): the editor's reason, empty when
     * the IKU obeys them. The import's plan asks it row by row, so that a refusal names the row before anything is
     * written; {@link #importTargets} checks the same rules again when writing.
     */
    public Optional<MessageSourceResolvable> refusal(Framework framework, PerformanceAgreement.Indicator indicator) {
        try {
            IndicatorRules.check(framework, List.of(indicator));
            return Optional.empty();
        } catch (UserError e) {
            return Optional.of(new DefaultMessageSourceResolvable(new String[] {e.code()}, e.args(), e.code()));
        }
    }

    /**
     * Writes an import's targets of a year, all checked first ({@link #check}): a new draft (the next version, the
     * unit's head as first party, audited {@code IMPORT_CREATE} with {@code reason}) or the IKU of an existing draft
     * replaced. Part of the import's one transaction: a refusal throws and the import writes nothing.
     *
     * @throws TargetsRefusedException a rule broken, or an agreement no longer a draft
     */
    @Transactional
    public void importTargets(int year, List<ImportedTargets> targets, String username, String reason) {
        check(targets);
        for (ImportedTargets t : targets) {
            if (t.agreementId() == null) {
                int version = agreements.nextVersion(t.unitId(), year);
                Unit unit = units.findById(t.unitId()).orElseThrow();
                long created = agreements.create(
                        t.unitId(),
                        year,
                        t.frameworkVersionId(),
                        version,
                        null,
                        null,
                        null,
                        AgreementStatus.DRAFT,
                        new Party(unit.headName(), null),
                        new Party(null, null),
                        t.indicators(),
                        List.of(),
                        username);
                audit.record(
                        username,
                        t.unitId(),
                        DraftClaims.ENTITY,
                        year + "/v" + version,
                        AuditAction.IMPORT_CREATE,
                        null,
                        t.indicators().size() + " IKU",
                        reason);
                agreements.touch(created, username);
            } else if (!agreements.replaceDraftIndicators(t.agreementId(), t.indicators(), username)) {
                throw TargetsRefusedException.noLongerDraft(t.unitId());
            }
        }
    }

    /** A whole agreement as the demo data gives it (any status), its IKU checked by the agreement's rules. */
    @Transactional
    public long load(
            long unitId,
            int year,
            long frameworkVersionId,
            int version,
            String number,
            LocalDate date,
            String place,
            AgreementStatus status,
            Party first,
            Party second,
            List<PerformanceAgreement.Indicator> indicators,
            List<BudgetItem> budget,
            String createdBy) {
        IndicatorRules.check(frameworks.framework(frameworkVersionId), indicators);
        return agreements.create(
                unitId,
                year,
                frameworkVersionId,
                version,
                number,
                date,
                place,
                status,
                first,
                second,
                indicators,
                budget,
                createdBy);
    }

    /** Records (or replaces) an IKU's planning references of a unit's year. */
    @Transactional
    public void savePlanningReference(long unitId, int year, PlanningReference reference) {
        references.save(unitId, year, reference);
    }
}
