package id.kinerja.calendar;

import id.kinerja.calendar.internal.DeadlineRepository;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's calendar as it applies to a unit (docs/domain.md, "The year's calendar"): headquarters sets the dates
 * for every office, a Kanwil may set earlier ones for its offices. The date that applies to a unit is the earliest
 * one set by the unit itself or any unit above it; a unit's date can therefore only bring a deadline forward.
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    private final DeadlineRepository repository;
    private final Units units;

    Deadlines(DeadlineRepository repository, Units units) {
        this.repository = repository;
        this.units = units;
    }

    /** The date that applies to {@code unitId} for the work {@code kind} of {@code period} (Y for yearly kinds). */
    public Optional<Deadline> due(long unitId, int year, DeadlineKind kind, Period period) {
        Period p = kind.perPeriod() ? period : Period.Y;
        return forUnit(unitId, year).stream()
                .filter(d -> d.kind() == kind && d.period() == p)
                .findFirst();
    }

    /** Every date that applies to {@code unitId} in {@code year}, by date. */
    public List<Deadline> forUnit(long unitId, int year) {
        List<Unit> chain = chain(unitId);
        Map<Long, String> codes = new LinkedHashMap<>();
        chain.forEach(u -> codes.put(u.id(), u.code()));
        Map<String, Deadline> applying = new LinkedHashMap<>();
        for (DeadlineRepository.Row row : repository.find(codes.keySet(), year)) {
            Deadline d = new Deadline(row.kind(), row.period(), row.dueOn(), codes.get(row.unitId()));
            applying.merge(
                    row.kind() + "/" + row.period(), d, (a, b) -> a.dueOn().isAfter(b.dueOn()) ? b : a);
        }
        return applying.values().stream()
                .sorted(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::kind))
                .toList();
    }

    /** The unit and the units above it, the unit first. */
    List<Unit> chain(long unitId) {
        List<Unit> chain = new ArrayList<>();
        Optional<Unit> at = units.findById(unitId);
        while (at.isPresent() && chain.size() <= Units.MAX_DEPTH) {
            Unit u = at.get();
            chain.add(u);
            at = u.parentId() == null ? Optional.empty() : units.findById(u.parentId());
        }
        return chain;
    }
}
