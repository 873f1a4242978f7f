package id.kinerja.revenue;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.RealizationEntry;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationService;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.web.Formats;
import id.kinerja.web.NumberParser;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Realizations of the revenue IKU taken from the revenue data instead of typed, so that a figure is entered once: the office asks for a
 * period, the values are saved as DRAFT with source {@value #SOURCE} through {@link RealizationService} (so the
 * normal workflow follows: submit, verify, approve) and audited.
 * <p>What the revenue data supports, read from the IKU definitions of the framework (djp-kpp-pratama-2024.yaml):
 * <ul>
 *   <li><b>01a-CP</b> "Persentase realisasi penerimaan pajak" = net revenue realization / net revenue target x 100.
 *       Its period targets are cumulative shares of the YEAR's target (16, 41, 73, 100%), so the realization of a
 *       period is the net realization from January to the period's last month over the year's net target:
 *       months 1..3 for Q1, 1..6 for Q2 and S1, 1..9 for Q3 and s.d. Q3 (all months recorded in
 *       {@code revenue_month}, else refused), and for Q4 and Y the year's net realization
 *       ({@link RevenueYear#total()}: the reported net figure, else the sum of the tax types), refused while the
 *       year's months stop before December.</li>
 *   <li><b>02a-CP</b> (revenue from Pengawasan Pembayaran Masa, PPM) and <b>03a-CP</b> (revenue from Pengujian
 *       Kepatuhan Material, PKM) measure revenue by the ACTIVITY that produced it, with their own targets: they are
 *       taken from the PPM / PKM figures the office enters per quarter ({@link RevenueFigures#saveActivity}, from
 *       the Mandor application). Their period targets in the PK are cumulative shares of the year's target too, so
 *       the realization of a period is the activity's realization from January to the period's end (Q1; Q2 for Q2
 *       and S1; Q3 for Q3 and s.d. Q3; Q4 for Q4 and Y) over the activity's year target (Q4's target) x 100.</li>
 * </ul>
 */
@Service
public class RevenueRealizations {

    public static final String SOURCE = "REVENUE";
    public static final String NET_REVENUE_IKU = "01a-CP";
    /** Every IKU the revenue data gives: 01a from the net revenue, 02a and 03a from the PPM and PKM figures. */
    public static final List<String> INDICATORS =
            List.of(NET_REVENUE_IKU, RevenueActivity.PPM.indicatorCode(), RevenueActivity.PKM.indicatorCode());

    /**
     * The value the revenue data gives for 01a in a period, or why it cannot.
     *
     * @param through     the last month counted (3, 6, 9 or 12)
     * @param realization the net realization from January through that month
     * @param target      the year's net target
     * @param value       realization / target x 100 (null with {@code problem} set)
     * @param problem     a message key when it cannot be computed; {@code problemArgs} its arguments
     */
    public record Figure(
            String code,
            Period period,
            int through,
            BigDecimal realization,
            BigDecimal target,
            BigDecimal value,
            String problem,
            Object[] problemArgs) {
        public boolean available() {
            return value != null;
        }
    }

    private final RevenueService revenue;
    private final RevenueFigures figures;
    private final RealizationService realizations;
    private final RealizationQueries entries;
    private final Agreements agreements;
    private final UnitAccess access;
    private final AuditLog audit;

    RevenueRealizations(
            RevenueService revenue,
            RevenueFigures figures,
            RealizationService realizations,
            RealizationQueries entries,
            Agreements agreements,
            UnitAccess access,
            AuditLog audit) {
        this.revenue = revenue;
        this.figures = figures;
        this.realizations = realizations;
        this.entries = entries;
        this.agreements = agreements;
        this.access = access;
        this.audit = audit;
    }

    /** The last month of a period: 3 (Q1), 6 (Q2, S1), 9 (Q3, s.d. Q3), 12 (Q4, Y). */
    public static int lastMonth(Period period) {
        return switch (period) {
            case Q1 -> 3;
            case Q2, S1 -> 6;
            case Q3, SDQ3 -> 9;
            case Q4, Y -> 12;
        };
    }

    /** 01a's value in every period, from already computed revenue figures. */
    public static List<Figure> figures(RevenueYear y) {
        List<Figure> list = new ArrayList<>();
        for (Period p : Period.values()) {
            list.add(figure(y, p));
        }
        return list;
    }

    /** 01a's value in one period (see the class comment). */
    public static Figure figure(RevenueYear y, Period period) {
        int through = lastMonth(period);
        BigDecimal target = y.total().target();
        if (target == null || target.signum() == 0) {
            return new Figure(
                    NET_REVENUE_IKU, period, through, null, target, null, "revenue.fill.noTarget", new Object[] {
                        y.year()
                    });
        }
        BigDecimal realization;
        if (through == 12) {
            if (y.hasMonths() && (y.lastMonth() < 12 || y.months().getLast().cumulative() == null)) {
                return new Figure(
                        NET_REVENUE_IKU, period, through, null, target, null, "revenue.fill.yearOpen", new Object[] {
                            y.year(), y.lastMonth()
                        });
            }
            realization = y.total().realization();
            if (realization == null) {
                return new Figure(
                        NET_REVENUE_IKU,
                        period,
                        through,
                        null,
                        target,
                        null,
                        "revenue.fill.noRealization",
                        new Object[] {y.year()});
            }
        } else {
            BigDecimal cumulative =
                    y.months().size() >= through ? y.months().get(through - 1).cumulative() : null;
            if (cumulative == null) {
                return new Figure(
                        NET_REVENUE_IKU, period, through, null, target, null, "revenue.fill.noMonths", new Object[] {
                            new DefaultMessageSourceResolvable("score.period." + period.name()), through, y.year()
                        });
            }
            realization = cumulative;
        }
        return new Figure(
                NET_REVENUE_IKU, period, through, realization, target, Money.percent(realization, target), null, null);
    }

    /** The quarter whose cumulative figures a period reads: Q1; Q2 for S1; Q3 for s.d. Q3; Q4 for Y. */
    public static Period quarterOf(Period period) {
        return switch (period) {
            case Q1 -> Period.Q1;
            case Q2, S1 -> Period.Q2;
            case Q3, SDQ3 -> Period.Q3;
            case Q4, Y -> Period.Q4;
        };
    }

    /** The IKU's value in every period from the activity's quarters (of one year). */
    public static List<Figure> figures(RevenueActivity activity, int year, Map<Period, ActivityRevenue> quarters) {
        List<Figure> list = new ArrayList<>();
        for (Period p : Period.values()) {
            list.add(figure(activity, year, quarters, p));
        }
        return list;
    }

    /** The activity's IKU (02a / 03a) in one period (see the class comment). */
    public static Figure figure(
            RevenueActivity activity, int year, Map<Period, ActivityRevenue> quarters, Period period) {
        String code = activity.indicatorCode();
        int through = lastMonth(period);
        ActivityRevenue yearEnd = quarters.get(Period.Q4);
        BigDecimal target = yearEnd == null ? null : yearEnd.target();
        if (target == null || target.signum() == 0) {
            return new Figure(
                    code, period, through, null, target, null, "revenue.fill.activity.noTarget", new Object[] {
                        activity.name(), year
                    });
        }
        Period quarter = quarterOf(period);
        ActivityRevenue q = quarters.get(quarter);
        BigDecimal realization = q == null ? null : q.realization();
        if (realization == null) {
            return new Figure(
                    code, period, through, null, target, null, "revenue.fill.activity.noRealization", new Object[] {
                        activity.name(), PeriodNames.of(quarter), year
                    });
        }
        return new Figure(code, period, through, realization, target, Money.percent(realization, target), null, null);
    }

    /** 01a's realization of the period from the revenue data ({@link #fill(CurrentUser, Unit, int, String, Period)}). */
    @Transactional
    public RealizationEntry fill(CurrentUser me, Unit unit, int year, Period period) {
        return fill(me, unit, year, NET_REVENUE_IKU, period);
    }

    /** The value an IKU of {@link #INDICATORS} takes from the data in a period of the unit's year. */
    public Figure figure(long unitId, int year, String indicatorCode, Period period) {
        RevenueActivity activity = RevenueActivity.ofIndicator(indicatorCode);
        if (activity == null) {
            return figure(revenue.year(unitId, year), period);
        }
        return figure(activity, year, figures.activities(unitId, year).get(activity), period);
    }

    /**
     * Saves the realization of an IKU of {@link #INDICATORS} in the period from the revenue data as DRAFT (source
     * {@value #SOURCE}). Refused (nothing written) when the user may not enter the IKU (403), the unit has no
     * agreement or the IKU is not in it, the figure cannot be computed, or the period's realization is already
     * approved or under review.
     *
     * @return the saved entry
     */
    @Transactional
    public RealizationEntry fill(CurrentUser me, Unit unit, int year, String indicatorCode, Period period) {
        if (!INDICATORS.contains(indicatorCode)) {
            throw UserError.invalid("revenue.fill.indicator", indicatorCode, String.join(", ", INDICATORS));
        }
        UnitAccess.require(access.canEnterRealization(me, unit.id(), indicatorCode));
        PerformanceAgreement agreement = agreements
                .findCurrent(unit.id(), year)
                .orElseThrow(() -> UserError.invalid("revenue.fill.noAgreement", year));
        if (agreement.indicators().stream().noneMatch(i -> i.code().equals(indicatorCode))) {
            throw UserError.invalid("revenue.fill.notAgreed", indicatorCode, year);
        }
        RealizationEntry before =
                entries.entry(unit.id(), year, indicatorCode, period).orElse(null);
        if (before != null && before.status() == RealizationStatus.APPROVED) {
            throw UserError.conflict("revenue.fill.approved", indicatorCode, PeriodNames.of(period), year);
        }
        if (before != null
                && Set.of(RealizationStatus.SUBMITTED, RealizationStatus.VERIFIED)
                        .contains(before.status())) {
            throw UserError.conflict("revenue.fill.inReview", indicatorCode, PeriodNames.of(period), year);
        }
        Figure f = figure(unit.id(), year, indicatorCode, period);
        if (!f.available()) {
            throw UserError.invalid(f.problem(), f.problemArgs());
        }
        Formats formats = new Formats();
        RevenueActivity activity = RevenueActivity.ofIndicator(indicatorCode);
        String what = activity == null ? "realisasi neto" : "realisasi penerimaan " + activity.name();
        String note = "Diambil dari data penerimaan: " + what + " Rp " + formats.rupiah(f.realization())
                + (f.through() == 12 ? " tahun " + year : " Januari s.d. bulan " + f.through() + " " + year)
                + " dari target tahunan Rp " + formats.rupiah(f.target()) + ".";
        RealizationEntry after = realizations.save(
                me,
                unit,
                year,
                indicatorCode,
                period,
                new RealizationService.Input(
                        NumberParser.plain(f.value(), NumberParser.Style.INDONESIAN),
                        Map.of(),
                        note,
                        NumberParser.Style.INDONESIAN,
                        true),
                before == null ? null : before.rowVersion(),
                SOURCE);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("iku", indicatorCode);
        values.put("period", period.name());
        values.put("realization", f.realization().toPlainString());
        values.put("target", f.target().toPlainString());
        values.put("value", f.value().toPlainString());
        audit.record(
                me.username(),
                unit.id(),
                "revenue",
                year + "/" + period.name() + "/realization" + (activity == null ? "" : "/" + indicatorCode),
                AuditAction.FILL_REALIZATION,
                before == null ? null : before.auditText(),
                values.toString(),
                null);
        return after;
    }
}
