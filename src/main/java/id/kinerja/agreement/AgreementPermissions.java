package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.organisation.Unit;
import java.util.List;

/**
 * What the current user may do with the agreement version shown: edit a draft (performance administrator), sign it
 * ({@code signAs}: the unit's head as the first party, the head of the unit above as the second, each once), revise
 * the signed version when no draft exists, create the first version of an empty year from the framework or
 * ({@code startFromPrevious}) from last year's agreement.
 */
public record AgreementPermissions(
        boolean edit, AgreementParty signAs, boolean revise, boolean create, boolean startFromPrevious) {

    /** Whether the user may sign the version shown. */
    public boolean sign() {
        return signAs != null;
    }

    static AgreementPermissions of(
            UnitAccess access,
            CurrentUser me,
            Unit unit,
            List<AgreementVersion> versions,
            AgreementVersion shown,
            boolean previousYear) {
        boolean canEdit = access.canEditAgreement(me, unit.id());
        boolean isDraft = shown != null && shown.status() == AgreementStatus.DRAFT;
        boolean hasDraft = versions.stream().anyMatch(v -> v.status() == AgreementStatus.DRAFT);
        AgreementParty signAs = null;
        if (isDraft && access.canSignAgreement(me, unit.id()) && shown.firstPartySignedBy() == null) {
            signAs = AgreementParty.FIRST;
        } else if (isDraft && access.canSignAgreementAsSuperior(me, unit) && shown.secondPartySignedBy() == null) {
            signAs = AgreementParty.SECOND;
        }
        return new AgreementPermissions(
                canEdit && isDraft,
                signAs,
                canEdit && shown != null && shown.status() == AgreementStatus.SIGNED && !hasDraft,
                canEdit && versions.isEmpty(),
                access.canStartAgreement(me, unit.id()) && versions.isEmpty() && previousYear);
    }
}
