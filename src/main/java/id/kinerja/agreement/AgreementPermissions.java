package id.kinerja.agreement;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import java.util.List;

/**
 * What the current user may do with the agreement version shown: edit a draft (performance administrator), sign it
 * (the head), revise the signed version when no draft exists, create the first version of an empty year.
 */
public record AgreementPermissions(boolean edit, boolean sign, boolean revise, boolean create) {

    static AgreementPermissions of(
            UnitAccess access, CurrentUser me, long unitId, List<AgreementVersion> versions, AgreementVersion shown) {
        boolean canEdit = access.canEditAgreement(me, unitId);
        boolean isDraft = shown != null && shown.status() == AgreementStatus.DRAFT;
        boolean hasDraft = versions.stream().anyMatch(v -> v.status() == AgreementStatus.DRAFT);
        return new AgreementPermissions(
                canEdit && isDraft,
                access.canSignAgreement(me, unitId) && isDraft,
                canEdit && shown != null && shown.status() == AgreementStatus.SIGNED && !hasDraft,
                canEdit && versions.isEmpty());
    }
}
