package id.kinerja.unitadmin;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show "Unit kerja" in the menu: for the accounts that may manage units. */
@ControllerAdvice
class UnitMenuAdvice {

    private final UnitAccess access;

    UnitMenuAdvice(UnitAccess access) {
        this.access = access;
    }

    @ModelAttribute("mayManageUnits")
    boolean mayManageUnits(@AuthenticationPrincipal CurrentUser user) {
        return user != null && access.canManageUnits(user);
    }
}
