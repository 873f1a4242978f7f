package id.kinerja.notify;

import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.calendar.Deadline;
import id.kinerja.calendar.DeadlineKind;
import id.kinerja.calendar.Deadlines;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The due-date reminders (docs/architecture.md, "Notifications"): for every unit's realization deadline of the year's
 * calendar ({@link Deadlines}; every performance year whose dates can fall in the windows below), the PICs of the agreed IKU with a target of that period
 * and no approved realization (the performance administrators where an IKU has no PIC) get DUE_SOON when the date is
 * at most {@code kinerja.mail.due-soon-days} away, and OVERDUE once it has passed (up to
 * {@code kinerja.mail.overdue-days} after it). Not only today's dates: every date in those windows is looked at on
 * every run, so a date that passed while no server ran is reminded at the next run. Each reminder is written once per
 * person, kind, unit, period and due date (its {@code dedupKey}); running twice, or on two nodes, adds nothing.
 */
@Service
public class Reminders {

    private final Units units;
    private final Deadlines deadlines;
    private final Agreements agreements;
    private final RealizationQueries realizations;
    private final AccountService accounts;
    private final Notifications notifications;
    private final NotifyProperties properties;

    Reminders(
            Units units,
            Deadlines deadlines,
            Agreements agreements,
            RealizationQueries realizations,
            AccountService accounts,
            Notifications notifications,
            NotifyProperties properties) {
        this.units = units;
        this.deadlines = deadlines;
        this.agreements = agreements;
        this.realizations = realizations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
    }

    /** Writes the reminders that are due on {@code today}; the number of notifications written. */
    public int run(LocalDate today) {
        Map<Long, Unit> byId = new LinkedHashMap<>();
        units.findAll().stream().filter(Unit::active).forEach(u -> byId.put(u.id(), u));
        List<Long> active = List.copyOf(byId.keySet());
        int written = 0;
        // a year's dates lie in the year or the next (a Q4 date in January, the calendar's rule), so the years
        // whose dates can fall in the window [today - overdue days, today + due-soon days] are these
        int from = today.minusDays(properties.overdueDays()).getYear() - 1;
        int to = today.plusDays(properties.dueSoonDays()).getYear();
        for (int year = from; year <= to; year++) {
            Map<Long, PerformanceAgreement> agreed = agreements.findCurrentAll(active, year);
            for (Map.Entry<Long, PerformanceAgreement> e : agreed.entrySet()) {
                written += remind(byId.get(e.getKey()), year, e.getValue(), today);
            }
        }
        return written;
    }

    /** The reminders of one unit's year. */
    int remind(Unit unit, int year, PerformanceAgreement agreement, LocalDate today) {
        List<Deadline> due = new ArrayList<>();
        for (Deadline d : deadlines.forUnit(unit.id(), year)) {
            long left = d.daysLeft(today);
            if (d.kind() == DeadlineKind.REALIZATION
                    && left <= properties.dueSoonDays()
                    && left >= -properties.overdueDays()) {
                due.add(d);
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> approved = new HashSet<>();
        for (Realization r : realizations.realizations(unit.id(), year)) {
            if (r.status() == RealizationStatus.APPROVED) {
                approved.add(r.indicatorCode() + "/" + r.period().name());
            }
        }
        int written = 0;
        for (Deadline d : due) {
            NotificationKind kind = d.daysLeft(today) < 0 ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON;
            Map<Account, Set<String>> owed = new LinkedHashMap<>();
            for (PerformanceAgreement.Indicator i : agreement.indicators()) {
                if (!i.targets().containsKey(d.period())
                        || approved.contains(i.code() + "/" + d.period().name())) {
                    continue;
                }
                List<Account> owners = accounts.picsOf(unit.id(), i.code());
                if (owners.isEmpty()) {
                    owners = accounts.holders(unit.id(), Role.PERFORMANCE_ADMIN);
                }
                for (Account a : owners) {
                    owed.computeIfAbsent(a, x -> new TreeSet<>()).add(i.code());
                }
            }
            for (Map.Entry<Account, Set<String>> o : owed.entrySet()) {
                written += notifications.notify(
                        List.of(o.getKey()),
                        null,
                        new NewNotification(
                                kind,
                                unit.id(),
                                unit.code(),
                                year,
                                d.period(),
                                null,
                                List.of(
                                        d.period().name(),
                                        String.valueOf(year),
                                        unit.code(),
                                        d.dueOn().toString(),
                                        String.join(", ", o.getValue()),
                                        String.valueOf(o.getValue().size())),
                                "/units/" + unit.code() + "/realizations?year=" + year + "&period="
                                        + d.period().name(),
                                "reminder:" + kind.name() + ":" + unit.id() + "/" + year + "/"
                                        + d.period().name() + "/" + d.dueOn()));
            }
        }
        return written;
    }
}
