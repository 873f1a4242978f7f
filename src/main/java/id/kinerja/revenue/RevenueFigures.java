package id.kinerja.revenue;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.revenue.internal.RevenueRepository;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revenue figures an office enters itself, with their rules in one place for the web pages, the API and the
 * workbook (docs/domain.md §6):
 * <ul>
 *   <li><b>Net revenue of a year</b> ({@link #saveNet}): net target, gross revenue, refunds (restitusi /
 *       pengembalian) and net realization. Gross and refunds are given together or not at all; when they are given
 *       the net is gross - refunds: left blank it is computed, entered and different it is REFUSED (never stored
 *       with a difference). A net figure alone (an older report's, the demo's) is accepted.</li>
 *   <li><b>PPM and PKM revenue</b> ({@link #saveActivity}): per quarter Q1..Q4 the target and the realization, both
 *       cumulative from January to the quarter's end; Q4's target is the year's.</li>
 *   <li><b>Months</b> ({@link #saveMonths}): the realization of each tax type in each month of a year.</li>
 * </ul>
 * Every amount is whole rupiah below 10^18; targets, gross and refunds are not negative (a net realization or a
 * month may be, when refunds exceed the payments). A write is all or nothing: the first wrong figure refuses the
 * whole input with a message naming it, and nothing is stored. Every write is audited (entity {@code revenue}).
 * Who may write: the unit's performance administrator, or an administrator of the unit or of a unit above it.
 */
@Service
public class RevenueFigures {

    /** The quarters the PPM / PKM figures are entered for (S1, s.d. Q3 and Y read Q2, Q3 and Q4). */
    public static final List<Period> QUARTERS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4);

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

    /** The net revenue of a year as entered: any figure may be blank (null). */
    public record NetInput(BigDecimal target, BigDecimal gross, BigDecimal refunds, BigDecimal net) {}

    /** One quarter's PPM or PKM figures as entered (cumulative from January); either may be blank. */
    public record ActivityInput(BigDecimal target, BigDecimal realization) {}

    private final RevenueRepository revenue;
    private final UnitAccess access;
    private final AuditLog audit;

    RevenueFigures(RevenueRepository revenue, UnitAccess access, AuditLog audit) {
        this.revenue = revenue;
        this.access = access;
        this.audit = audit;
    }

    /** The unit's performance administrator, or an administrator of the unit or a unit above it. */
    public boolean mayEdit(CurrentUser me, long unitId) {
        return (me.unitId() == unitId && me.has(Role.PERFORMANCE_ADMIN))
                || (me.has(Role.ADMINISTRATOR) && access.isWithin(unitId, me.unitId()));
    }

    // ------------------------------------------------------------------ net revenue

    /** The net revenue the unit entered for the year, if any. */
    @Transactional(readOnly = true)
    public Optional<RevenueTotal> net(long unitId, int year) {
        return revenue.findTotals(unitId).stream().filter(t -> t.year() == year).findFirst();
    }

    /** Every year's net revenue of the unit, oldest first. */
    @Transactional(readOnly = true)
    public List<RevenueTotal> nets(long unitId) {
        return revenue.findTotals(unitId);
    }

    /**
     * The net revenue of the year from what was entered, by the rules of the class comment; refused
     * ({@link UserError}, 400) naming the field.
     */
    public static RevenueTotal checkNet(int year, NetInput in) {
        checkYear(year);
        amount(in.target(), "revenue.field.target", year, false);
        amount(in.gross(), "revenue.field.gross", year, false);
        amount(in.refunds(), "revenue.field.refunds", year, false);
        amount(in.net(), "revenue.field.net", year, true);
        if ((in.gross() == null) != (in.refunds() == null)) {
            throw UserError.invalid(
                    "revenue.net.pair",
                    year,
                    field(in.gross() == null ? "revenue.field.refunds" : "revenue.field.gross"),
                    field(in.gross() == null ? "revenue.field.gross" : "revenue.field.refunds"));
        }
        BigDecimal net = in.net();
        if (in.gross() != null) {
            BigDecimal difference = in.gross().subtract(in.refunds());
            if (net != null && net.compareTo(difference) != 0) {
                throw UserError.invalid(
                        "revenue.net.mismatch",
                        year,
                        plain(net),
                        plain(in.gross()),
                        plain(in.refunds()),
                        plain(difference));
            }
            net = difference;
        }
        if (in.target() == null && net == null) {
            throw UserError.invalid("revenue.net.empty", year);
        }
        return new RevenueTotal(year, whole(in.target()), whole(in.gross()), whole(in.refunds()), whole(net));
    }

    /** Saves the net revenue of a unit's year (replacing what was there), audited; refused as {@link #checkNet}. */
    @Transactional
    public RevenueTotal saveNet(CurrentUser me, Unit unit, int year, NetInput in) {
        UnitAccess.require(mayEdit(me, unit.id()));
        RevenueTotal total = checkNet(year, in);
        RevenueTotal before = net(unit.id(), year).orElse(null);
        revenue.saveTotal(unit.id(), total);
        audit.record(
                me.username(),
                unit.id(),
                "revenue",
                year + "/net",
                AuditAction.REVENUE_NET,
                before == null ? null : netText(before),
                netText(total),
                null);
        return total;
    }

    static String netText(RevenueTotal t) {
        return "target=" + plain(t.target()) + ", bruto=" + plain(t.gross()) + ", restitusi=" + plain(t.refunds())
                + ", neto=" + plain(t.realization());
    }

    // ------------------------------------------------------------------ PPM and PKM

    /** The PPM and PKM figures of a unit's year, by activity and quarter (absent when not entered). */
    @Transactional(readOnly = true)
    public Map<RevenueActivity, Map<Period, ActivityRevenue>> activities(long unitId, int year) {
        Map<RevenueActivity, Map<Period, ActivityRevenue>> out = new EnumMap<>(RevenueActivity.class);
        for (RevenueActivity a : RevenueActivity.values()) {
            out.put(a, new EnumMap<>(Period.class));
        }
        revenue.findActivities(unitId).stream()
                .filter(f -> f.year() == year)
                .forEach(f -> out.get(f.activity()).put(f.period(), f));
        return out;
    }

    /** The years with PPM or PKM figures, oldest first. */
    @Transactional(readOnly = true)
    public List<Integer> activityYears(long unitId) {
        return revenue.findActivities(unitId).stream()
                .map(ActivityRevenue::year)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The figures of one activity's year from what was entered (quarters Q1..Q4 only, a quarter with both blank
     * left out); refused ({@link UserError}, 400) naming the quarter and field.
     */
    public static List<ActivityRevenue> checkActivity(
            int year, RevenueActivity activity, Map<Period, ActivityInput> quarters) {
        checkYear(year);
        List<ActivityRevenue> out = new ArrayList<>();
        for (Map.Entry<Period, ActivityInput> e : new TreeMap<>(quarters).entrySet()) {
            if (!QUARTERS.contains(e.getKey())) {
                throw UserError.invalid("revenue.activity.period", activity.name(), PeriodNames.of(e.getKey()));
            }
            ActivityInput in = e.getValue();
            if (in == null || (in.target() == null && in.realization() == null)) {
                continue;
            }
            activityAmount(in.target(), "revenue.field.target", activity, e.getKey(), year);
            activityAmount(in.realization(), "revenue.field.realization", activity, e.getKey(), year);
            out.add(new ActivityRevenue(year, activity, e.getKey(), whole(in.target()), whole(in.realization())));
        }
        return out;
    }

    /**
     * Replaces one activity's figures of a unit's year by these quarters (a quarter left out or blank is removed),
     * audited; refused as {@link #checkActivity}.
     */
    @Transactional
    public List<ActivityRevenue> saveActivity(
            CurrentUser me, Unit unit, int year, RevenueActivity activity, Map<Period, ActivityInput> quarters) {
        UnitAccess.require(mayEdit(me, unit.id()));
        List<ActivityRevenue> figures = checkActivity(year, activity, quarters);
        Map<Period, ActivityRevenue> before = activities(unit.id(), year).get(activity);
        revenue.replaceActivity(unit.id(), year, activity, figures);
        audit.record(
                me.username(),
                unit.id(),
                "revenue",
                year + "/" + activity.name(),
                AuditAction.REVENUE_ACTIVITY,
                before.isEmpty() ? null : activityText(before.values()),
                activityText(figures),
                null);
        return figures;
    }

    private static String activityText(java.util.Collection<ActivityRevenue> figures) {
        return figures.stream()
                .map(f -> f.period().name() + ": target=" + plain(f.target()) + ", realisasi=" + plain(f.realization()))
                .collect(Collectors.joining("; "));
    }

    // ------------------------------------------------------------------ months

    /**
     * Replaces the months of the given tax types of a unit's year (a type's map: month 1..12 -> realization; a month
     * left out is removed), audited per tax type that changed. Refused ({@link UserError}, 400) for an unknown tax
     * type (or a group with sub-types, whose months are its types'), a month outside 1..12 or a wrong amount.
     *
     * @return the number of tax types whose months changed
     */
    @Transactional
    public int saveMonths(CurrentUser me, Unit unit, int year, Map<String, Map<Integer, BigDecimal>> byType) {
        UnitAccess.require(mayEdit(me, unit.id()));
        checkYear(year);
        Set<String> leaves = leafTypes(revenue.taxTypes());
        for (Map.Entry<String, Map<Integer, BigDecimal>> e : byType.entrySet()) {
            if (!leaves.contains(e.getKey())) {
                throw UserError.invalid("revenue.month.taxType", e.getKey());
            }
            for (Map.Entry<Integer, BigDecimal> m : e.getValue().entrySet()) {
                if (m.getKey() == null || m.getKey() < 1 || m.getKey() > 12) {
                    throw UserError.invalid("revenue.month.number", e.getKey(), String.valueOf(m.getKey()));
                }
                BigDecimal v = m.getValue();
                if (v != null && (v.stripTrailingZeros().scale() > 0 || v.abs().compareTo(LIMIT) >= 0)) {
                    throw UserError.invalid(
                            "revenue.month.amount",
                            e.getKey(),
                            new DefaultMessageSourceResolvable("revenue.month." + m.getKey()),
                            year,
                            v.toPlainString());
                }
            }
        }
        Map<String, Map<Integer, BigDecimal>> before = new LinkedHashMap<>();
        revenue.findMonths(unit.id()).stream()
                .filter(m -> m.year() == year)
                .forEach(m -> before.computeIfAbsent(m.taxTypeCode(), t -> new TreeMap<>())
                        .put(m.month(), m.realization()));
        int changed = 0;
        for (Map.Entry<String, Map<Integer, BigDecimal>> e : byType.entrySet()) {
            Map<Integer, BigDecimal> after = new TreeMap<>();
            e.getValue().forEach((m, v) -> {
                if (v != null) {
                    after.put(m, whole(v));
                }
            });
            Map<Integer, BigDecimal> old = before.getOrDefault(e.getKey(), Map.of());
            if (sameMonths(old, after)) {
                continue;
            }
            revenue.deleteMonths(unit.id(), year, e.getKey());
            after.forEach((m, v) -> revenue.saveMonth(unit.id(), new RevenueMonth(year, e.getKey(), m, v)));
            audit.record(
                    me.username(),
                    unit.id(),
                    "revenue",
                    year + "/" + e.getKey() + "/months",
                    AuditAction.REVENUE_MONTHS,
                    old.isEmpty() ? null : monthsText(old),
                    monthsText(after),
                    null);
            changed++;
        }
        return changed;
    }

    /** The tax types that hold figures: the types of a group, and the groups without types (C, D, E, F). */
    public static Set<String> leafTypes(List<TaxType> types) {
        Set<String> groupsWithTypes = types.stream()
                .map(TaxType::groupCode)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return types.stream()
                .filter(t -> t.groupCode() != null || !groupsWithTypes.contains(t.code()))
                .map(TaxType::code)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static boolean sameMonths(Map<Integer, BigDecimal> a, Map<Integer, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    private static String monthsText(Map<Integer, BigDecimal> months) {
        return months.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ shared checks

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw UserError.invalid("revenue.error.year", String.valueOf(year));
        }
    }

    private static void amount(BigDecimal v, String fieldKey, int year, boolean mayBeNegative) {
        if (v == null) {
            return;
        }
        if (!mayBeNegative && v.signum() < 0) {
            throw UserError.invalid("revenue.net.negative", field(fieldKey), year, v.toPlainString());
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw UserError.invalid("revenue.net.whole", field(fieldKey), year, v.toPlainString());
        }
        if (v.abs().compareTo(LIMIT) >= 0) {
            throw UserError.invalid("revenue.net.tooLarge", field(fieldKey), year, v.toPlainString());
        }
    }

    private static void activityAmount(
            BigDecimal v, String fieldKey, RevenueActivity activity, Period quarter, int year) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(LIMIT) >= 0) {
            throw UserError.invalid(
                    "revenue.activity.amount",
                    field(fieldKey),
                    activity.name(),
                    PeriodNames.of(quarter),
                    year,
                    v.toPlainString());
        }
    }

    private static DefaultMessageSourceResolvable field(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static BigDecimal whole(BigDecimal v) {
        return v == null ? null : v.setScale(0, java.math.RoundingMode.UNNECESSARY);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}
