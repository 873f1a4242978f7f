package id.kinerja.agreement;

import id.kinerja.organisation.Unit;
import id.kinerja.web.WebParams;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The year a unit's page opens on when the address names none, the same rule for every page: the page's own data
 * decides (the unit's agreements, its DIPA, its revenue, its offices' agreements for the Kanwil view); a unit whose
 * page has no data of its own (a Kanwil or headquarters on the budget page, an office without figures yet) opens on
 * the newest year the unit or the offices below it have an agreement for ({@link Agreements#yearsOfOrBelow}),
 * never on an empty current year while its offices have data.
 */
@Component
public class UnitYears {

    private final Agreements agreements;

    UnitYears(Agreements agreements) {
        this.agreements = agreements;
    }

    /**
     * The year to show: the one asked for; else the newest of {@code dataYears} (in any order); else the newest year
     * of the unit's or its offices' agreements; else the current year.
     *
     * @throws org.springframework.web.server.ResponseStatusException 400 for a year outside 2000..2100
     */
    public int open(Unit unit, Integer asked, List<Integer> dataYears) {
        if (asked != null) {
            return WebParams.year(asked, List.of());
        }
        List<Integer> known = dataYears.isEmpty() ? agreements.yearsOfOrBelow(unit.id()) : dataYears;
        return WebParams.year(null, List.copyOf(new TreeSet<>(known)));
    }

    /** The years a page offers: its data years and the year shown, newest first. */
    public static List<Integer> choices(List<Integer> dataYears, int shown) {
        TreeSet<Integer> choices = new TreeSet<>(dataYears);
        choices.add(shown);
        return List.copyOf(choices.descendingSet());
    }
}
