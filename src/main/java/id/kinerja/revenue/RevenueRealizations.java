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
 *       Kepatuhan Material, PKM) are NOT supported: they measure revenue by the ACTIVITY that produced it, with their
 *       own targets set by the Director General's memo, while the revenue module holds revenue by TAX TYPE only.
 *       They need, per unit, year and month, the target and realization of PPM revenue and of PKM revenue (from the
 *       Mandor application), which no table holds.</li>
 * </ul>
 */
@Service
public class RevenueRealizations {

    public static final String SOURCE = "REVENUE";
    public static final String NET_REVENUE_IKU = "01a-CP";
    /** The revenue IKU the revenue data cannot give, with the message key saying what is missing. */
    public static final Map<String, String> UNSUPPORTED =
            java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(
                    Map.of("02a-CP", "revenue.fill.missing.02a", "03a-CP", "revenue.fill.missing.03a")));

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
    private final RealizationService realizations;
    private final RealizationQueries entries;
    private final Agreements agreements;
    private final UnitAccess access;
    private final AuditLog audit;

    RevenueRealizations(
            RevenueService revenue,
            RealizationService realizations,
            RealizationQueries entries,
            Agreements agreements,
            UnitAccess access,
            AuditLog audit) {
        this.revenue = revenue;
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

    /**
     * Saves 01a's realization of the period from the revenue data as DRAFT (source {@value #SOURCE}). Refused
     * (nothing written) when the user may not enter 01a (403), the unit has no agreement or 01a is not in it, the
     * figure cannot be computed, or the period's 01a is already approved or under review.
     *
     * @return the saved entry
     */
    @Transactional
    public RealizationEntry fill(CurrentUser me, Unit unit, int year, Period period) {
        UnitAccess.require(access.canEnterRealization(me, unit.id(), NET_REVENUE_IKU));
        PerformanceAgreement agreement = agreements
                .findCurrent(unit.id(), year)
                .orElseThrow(() -> UserError.invalid("revenue.fill.noAgreement", year));
        if (agreement.indicators().stream().noneMatch(i -> i.code().equals(NET_REVENUE_IKU))) {
            throw UserError.invalid("revenue.fill.notAgreed", NET_REVENUE_IKU, year);
        }
        RealizationEntry before =
                entries.entry(unit.id(), year, NET_REVENUE_IKU, period).orElse(null);
        if (before != null && before.status() == RealizationStatus.APPROVED) {
            throw UserError.conflict("revenue.fill.approved", NET_REVENUE_IKU, PeriodNames.of(period), year);
        }
        if (before != null
                && Set.of(RealizationStatus.SUBMITTED, RealizationStatus.VERIFIED)
                        .contains(before.status())) {
            throw UserError.conflict("revenue.fill.inReview", NET_REVENUE_IKU, PeriodNames.of(period), year);
        }
        Figure f = figure(revenue.year(unit.id(), year), period);
        if (!f.available()) {
            throw UserError.invalid(f.problem(), f.problemArgs());
        }
        Formats formats = new Formats();
        String note = "Diambil dari data penerimaan: realisasi neto Rp " + formats.rupiah(f.realization())
                + (f.through() == 12 ? " tahun " + year : " Januari s.d. bulan " + f.through() + " " + year)
                + " dari target tahunan Rp " + formats.rupiah(f.target()) + ".";
        RealizationEntry after = realizations.save(
                me,
                unit,
                year,
                NET_REVENUE_IKU,
                period,
                new RealizationService.Input(
                        NumberParser.plain(f.value(), NumberParser.Style.INDONESIAN),
                        Map.of(),
                        note,
                        NumberParser.Style.INDONESIAN,
                        true),
                before == null ? null : before.rowVersion(),
                SOURCE);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("iku", NET_REVENUE_IKU);
        what.put("period", period.name());
        what.put("realization", f.realization().toPlainString());
        what.put("target", f.target().toPlainString());
        what.put("value", f.value().toPlainString());
        audit.record(
                me.username(),
                unit.id(),
                "revenue",
                year + "/" + period.name() + "/realization",
                AuditAction.FILL_REALIZATION,
                before == null ? null : before.auditText(),
                what.toString(),
                null);
        return after;
    }
}
