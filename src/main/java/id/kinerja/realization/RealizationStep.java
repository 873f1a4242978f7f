package id.kinerja.realization;

import static id.kinerja.realization.RealizationStatus.APPROVED;
import static id.kinerja.realization.RealizationStatus.DRAFT;
import static id.kinerja.realization.RealizationStatus.RETURNED;
import static id.kinerja.realization.RealizationStatus.SUBMITTED;
import static id.kinerja.realization.RealizationStatus.VERIFIED;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import java.util.EnumSet;
import java.util.Set;

/**
 * The realization workflow as a table (docs/domain.md, "The realization workflow"): every step is declared once with
 * the states it may start from ({@code fromNone}: also when nothing is entered yet), the state it leads to, who may
 * take it, what the audit trail records, what the user adds to it and the message a refusal shows.
 * {@link RealizationService} applies the table to the web, the API and the Excel import alike.
 */
public enum RealizationStep {
    /** Enters or changes the value: the PIC of the IKU or the performance administrator. */
    SAVE(Power.ENTER, AuditAction.SAVE, DRAFT, Remark.NONE, true, "realization.error.notEditable", DRAFT, RETURNED),
    SUBMIT(
            Power.ENTER,
            AuditAction.SUBMIT,
            SUBMITTED,
            Remark.NONE,
            false,
            "realization.error.notSubmittable",
            DRAFT,
            RETURNED),
    /** The performance administrator checks it; the note is optional. */
    VERIFY(
            Power.VERIFY,
            AuditAction.VERIFY,
            VERIFIED,
            Remark.NOTE,
            false,
            "realization.error.notVerifiable",
            SUBMITTED),
    /** Back to the PIC, by the performance administrator, with a reason. */
    RETURN(
            Power.VERIFY,
            AuditAction.RETURN,
            RETURNED,
            Remark.REASON,
            false,
            "realization.error.notReturnable",
            SUBMITTED,
            VERIFIED),
    /** The head approves: locked, from then on in the official score. */
    APPROVE(
            Power.APPROVE,
            AuditAction.APPROVE,
            APPROVED,
            Remark.NONE,
            false,
            "realization.error.notApprovable",
            VERIFIED),
    /** An administrator of the unit or above opens an approved value again, with a reason. */
    UNLOCK(Power.UNLOCK, AuditAction.UNLOCK, DRAFT, Remark.REASON, false, "realization.error.notLocked", APPROVED),
    /**
     * An Excel import that approves: by whoever could also approve on the web (an administrator of the unit or above,
     * the performance administrator who is also the head), by the onboarding of a unit the same workbook creates, or
     * by the command line. It may overwrite an approved value.
     */
    IMPORT_APPROVED(
            Power.IMPORT_APPROVE,
            AuditAction.IMPORT,
            APPROVED,
            Remark.NONE,
            true,
            "realization.error.importForbidden",
            DRAFT,
            SUBMITTED,
            VERIFIED,
            RETURNED,
            APPROVED),
    /**
     * An Excel import by the performance administrator: the values enter as checked, awaiting the head's approval;
     * an approved value is not overwritten.
     */
    IMPORT_VERIFIED(
            Power.VERIFY,
            AuditAction.IMPORT,
            VERIFIED,
            Remark.NONE,
            true,
            "realization.error.importForbidden",
            DRAFT,
            SUBMITTED,
            VERIFIED,
            RETURNED);

    /** What a step needs of the user, in their unit ({@link UnitAccess}). */
    public enum Power {
        ENTER,
        VERIFY,
        APPROVE,
        UNLOCK,
        IMPORT_APPROVE
    }

    /** What the user adds to a step: nothing, an optional note, or a required reason. */
    public enum Remark {
        NONE,
        NOTE,
        REASON
    }

    private final Power power;
    private final AuditAction audit;
    private final RealizationStatus target;
    private final Remark remark;
    private final boolean fromNone;
    private final Set<RealizationStatus> from;
    private final String refusal;

    RealizationStep(
            Power power,
            AuditAction audit,
            RealizationStatus target,
            Remark remark,
            boolean fromNone,
            String refusal,
            RealizationStatus first,
            RealizationStatus... more) {
        this.power = power;
        this.audit = audit;
        this.target = target;
        this.remark = remark;
        this.fromNone = fromNone;
        this.from = EnumSet.of(first, more);
        this.refusal = refusal;
    }

    public Power power() {
        return power;
    }

    public AuditAction audit() {
        return audit;
    }

    /** The state the step leads to. */
    public RealizationStatus target() {
        return target;
    }

    public Remark remark() {
        return remark;
    }

    /** Whether the step may start from {@code current} (null: nothing entered yet). */
    public boolean allowedFrom(RealizationStatus current) {
        return current == null ? fromNone : from.contains(current);
    }

    /** The message key of a refusal from {@code current}: a locked value says so. */
    public String refusal(RealizationStatus current) {
        return this == SAVE && current == APPROVED ? "realization.error.locked" : refusal;
    }

    /**
     * Whether {@code me} holds the step's power for the unit's IKU {@code code}; {@code me} null is the command line
     * (import only), {@code createdByImport} a unit the same workbook creates (onboarding).
     */
    public boolean allowedFor(UnitAccess access, CurrentUser me, long unitId, String code, boolean createdByImport) {
        if (me == null) {
            return power == Power.IMPORT_APPROVE;
        }
        return switch (power) {
            case ENTER -> access.canEnterRealization(me, unitId, code);
            case VERIFY -> access.canVerify(me, unitId);
            case APPROVE -> access.canApprove(me, unitId);
            case UNLOCK -> access.canUnlock(me, unitId);
            case IMPORT_APPROVE ->
                access.canUnlock(me, unitId)
                        || (access.canVerify(me, unitId) && access.canApprove(me, unitId))
                        || (createdByImport && me.has(Role.PERFORMANCE_ADMIN) && access.isWithin(unitId, me.unitId()));
        };
    }

    /** The import steps, the approving one first: an import takes the first whose power the importer holds. */
    public static final Set<RealizationStep> IMPORTS = EnumSet.of(IMPORT_APPROVED, IMPORT_VERIFIED);
}
