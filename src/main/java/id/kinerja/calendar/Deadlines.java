package id.kinerja.calendar;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.internal.DeadlineRepository;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.web.Formats;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's calendar as it applies to a unit (docs/domain.md, "The year's calendar"): headquarters sets the dates
 * for every office, a Kanwil may set earlier ones for its offices. The date that applies to a unit is the earliest
 * one set by the unit itself or any unit above it; a unit's date can therefore only bring a deadline forward, and
 * a date later than the one from above is refused. The one service of the calendar page, the API and the demo data.
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    /** The audit trail's entity of a calendar date; its key is {@code <year>/<KIND>/<PERIOD>}. */
    public static final String AUDIT_ENTITY = "calendar";

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter INDONESIAN =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final DeadlineRepository repository;
    private final Units units;
    private final UnitAccess access;
    private final AuditLog audit;
    private final Formats formats;
    private final Clock clock;

    Deadlines(
            DeadlineRepository repository,
            Units units,
            UnitAccess access,
            AuditLog audit,
            Formats formats,
            Clock clock) {
        this.repository = repository;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.formats = formats;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reads

    /**
     * The date that applies to {@code unitId} for the work {@code kind} of {@code period} (Y for yearly kinds). An
     * aggregate period without a date of its own (S1, s.d. Q3, Y of a per-period kind) has the date of its last
     * quarter.
     */
    public Optional<Deadline> due(long unitId, int year, DeadlineKind kind, Period period) {
        Period p = kind.perPeriod() ? period : Period.Y;
        List<Deadline> all = forUnit(unitId, year);
        Optional<Deadline> exact = find(all, kind, p);
        return exact.isPresent() || !p.isAggregate() || !kind.perPeriod() ? exact : find(all, kind, p.lastQuarter());
    }

    /** {@link #due(long, int, DeadlineKind, Period)} as it stands today (the {@link Clock} bean): date, days left, source. */
    public Optional<DueDate> dueDate(long unitId, int year, DeadlineKind kind, Period period) {
        return dueDate(unitId, year, kind, period, clock);
    }

    /** The same on the day of {@code on}: for a fixed clock. */
    public Optional<DueDate> dueDate(long unitId, int year, DeadlineKind kind, Period period, Clock on) {
        LocalDate today = LocalDate.now(on);
        return due(unitId, year, kind, period).map(d -> DueDate.of(d, today));
    }

    /** The first date of the unit's year that is today or later (the dashboard's "next deadline"); none when all passed. */
    public Optional<DueDate> next(long unitId, int year) {
        LocalDate today = LocalDate.now(clock);
        return forUnit(unitId, year).stream()
                .filter(d -> !d.dueOn().isBefore(today))
                .findFirst()
                .map(d -> DueDate.of(d, today));
    }

    /** Every date that applies to {@code unitId} in {@code year}, by date. */
    public List<Deadline> forUnit(long unitId, int year) {
        return effective(chain(unitId), year);
    }

    /** The unit's calendar page: every slot with the date from above, the unit's own, and the one that applies. */
    public List<CalendarRow> rows(Unit unit, int year) {
        List<Unit> chain = chain(unit.id());
        Map<Slot, Deadline> above = bySlot(effective(chain.subList(Math.min(1, chain.size()), chain.size()), year));
        Map<Slot, Deadline> applying = bySlot(effective(chain, year));
        Map<Slot, LocalDate> own = own(unit.id(), year);
        LocalDate today = LocalDate.now(clock);
        List<CalendarRow> rows = new ArrayList<>();
        for (Slot s : Slot.all()) {
            Deadline a = applying.get(s);
            rows.add(new CalendarRow(s, above.get(s), own.get(s), a == null ? null : DueDate.of(a, today)));
        }
        return rows;
    }

    /** The codes and names of the unit and the units above it (where each date comes from). */
    public Map<String, String> sourceNames(long unitId) {
        Map<String, String> names = new LinkedHashMap<>();
        chain(unitId).forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** The years around {@code year} the page offers, and today's year. */
    public List<Integer> years(int year) {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = Math.min(year, now) - 1; y <= Math.max(year, now) + 1; y++) {
            years.add(y);
        }
        return years;
    }

    /** The year a page opens on without {@code ?year=}: today's. */
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    // ------------------------------------------------------------------ writes

    /** Whether the user may set the dates of {@code unitId}: an administrator of the unit or of a unit above it. */
    public boolean mayEdit(CurrentUser me, long unitId) {
        return me.has(Role.ADMINISTRATOR) && access.isWithin(unitId, me.unitId());
    }

    /**
     * The dates of the unit's year as typed on the page or sent by the API: one text per form field
     * ({@link Slot#field()}, {@code dd/MM/yyyy} or {@code yyyy-MM-dd}; blank or missing removes the unit's own date,
     * so the one from above applies again). All or nothing: the first refused date names its field and nothing is
     * written. Audited per changed date.
     */
    @Transactional
    public void set(CurrentUser me, Unit unit, int year, Map<String, String> typed) {
        UnitAccess.require(mayEdit(me, unit.id()));
        Map<Slot, LocalDate> dates = new LinkedHashMap<>();
        for (Slot s : Slot.all()) {
            dates.put(s, parse(s, typed.get(s.field())));
        }
        record(me.username(), unit, year, dates);
    }

    /**
     * Writes the given dates of the unit's year (a null date removes the unit's own), checked as {@link #set} checks
     * them but without an account's rights: for the demo data. Slots not in {@code dates} are left as they are.
     */
    @Transactional
    public void record(String actor, Unit unit, int year, Map<Slot, LocalDate> dates) {
        List<Unit> chain = chain(unit.id());
        Map<Slot, Deadline> above = bySlot(effective(chain.subList(Math.min(1, chain.size()), chain.size()), year));
        Map<Slot, LocalDate> before = own(unit.id(), year);
        // only the dates that change are checked: a date of the unit's that a unit above has since overtaken with
        // an earlier one no longer applies, and saving the rest of the form again does not have to clear it first
        for (Map.Entry<Slot, LocalDate> e : dates.entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                check(e.getKey(), e.getValue(), year, above.get(e.getKey()), chain);
            }
        }
        for (Map.Entry<Slot, LocalDate> e : dates.entrySet()) {
            Slot s = e.getKey();
            LocalDate old = before.get(s);
            LocalDate now = e.getValue();
            if (old == null ? now == null : old.equals(now)) {
                continue;
            }
            repository.save(unit.id(), year, s.kind(), s.period(), now, actor);
            audit.record(
                    actor,
                    unit.id(),
                    AUDIT_ENTITY,
                    s.auditKey(year),
                    now == null ? AuditAction.DELETE : AuditAction.SAVE,
                    old,
                    now,
                    null);
        }
    }

    /** The date typed for a slot; blank is none. Strict: 10/04/2024, 10/4/2024 or 2024-04-10 (the date input). */
    public static LocalDate parse(Slot slot, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : List.of(INDONESIAN, ISO)) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // the other form, else refused below
            }
        }
        throw UserError.invalid("calendar.error.date", label(slot), t);
    }

    /** The slot as the user names it: "Realisasi · Triwulan I", "Penandatanganan PK". */
    public static DefaultMessageSourceResolvable label(Slot slot) {
        DefaultMessageSourceResolvable kind = new DefaultMessageSourceResolvable(
                new String[] {slot.kind().key()}, slot.kind().name());
        if (!slot.kind().perPeriod()) {
            return kind;
        }
        return new DefaultMessageSourceResolvable(
                new String[] {"calendar.field"}, new Object[] {kind, PeriodNames.of(slot.period())}, slot.field());
    }

    private void check(Slot slot, LocalDate date, int year, Deadline above, List<Unit> chain) {
        if (date == null) {
            return;
        }
        if (date.getYear() < year || date.getYear() > year + 1) {
            throw UserError.invalid("calendar.error.range", label(slot), formats.date(date), year, year + 1);
        }
        if (above != null && date.isAfter(above.dueOn())) {
            String from = chain.stream()
                    .filter(u -> u.code().equals(above.setByUnitCode()))
                    .map(Unit::name)
                    .findFirst()
                    .orElse(above.setByUnitCode());
            throw UserError.invalid(
                    "calendar.error.later", label(slot), formats.date(date), formats.date(above.dueOn()), from);
        }
    }

    // ------------------------------------------------------------------ the rule

    /** The earliest date per slot among the dates the units of {@code chain} set, by date. */
    private List<Deadline> effective(List<Unit> chain, int year) {
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

    private Map<Slot, LocalDate> own(long unitId, int year) {
        Map<Slot, LocalDate> own = new HashMap<>();
        for (DeadlineRepository.Row row : repository.find(List.of(unitId), year)) {
            own.put(new Slot(row.kind(), row.period()), row.dueOn());
        }
        return own;
    }

    private static Map<Slot, Deadline> bySlot(List<Deadline> deadlines) {
        Map<Slot, Deadline> map = new HashMap<>();
        deadlines.forEach(d -> map.put(new Slot(d.kind(), d.period()), d));
        return map;
    }

    private static Optional<Deadline> find(List<Deadline> all, DeadlineKind kind, Period period) {
        return all.stream()
                .filter(d -> d.kind() == kind && d.period() == period)
                .findFirst();
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
