package id.kinerja.web;

import id.kinerja.account.CurrentUser;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: an office's staff land on their unit dashboard; a Kanwil's or headquarters' staff, whose unit has
 * no agreement of its own, on the comparison of the offices under it.
 */
@Controller
class HomeController {

    private final Units units;

    HomeController(Units units) {
        this.units = units;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        boolean comparesOffices = units.findByCode(user.unitCode())
                .map(Unit::type)
                .map(t -> t == UnitType.KANWIL || t == UnitType.HQ)
                .orElse(false);
        return "redirect:/units/" + user.unitCode() + (comparesOffices ? "/kanwil" : "/dashboard");
    }
}
