package id.kinerja.revenue;

import id.kinerja.revenue.RevenueYear.HistoryYear;
import id.kinerja.revenue.RevenueYear.Level;
import id.kinerja.revenue.RevenueYear.MonthTotal;
import id.kinerja.revenue.RevenueYear.Row;
import id.kinerja.revenue.RevenueYear.Source;
import id.kinerja.revenue.internal.RevenueRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revenue figures of a unit's year, computed once for the revenue page, the LAKIN and the narratives
 * (docs/domain.md §6).
 * <ul>
 *   <li>Type rows: the stored lines ({@code revenue}). Group rows: a group without sub-types (C, D, E, F) is its own
 *       line; a group with sub-types (A, B) is the sum of its types' lines.</li>
 *   <li>Grand total: for each year and each of target and realization, the exact net figure the office reported
 *       ({@code revenue_total}) WINS when it is there; only when it is missing is the sum of the tax-type lines used.
 *       The per-type lines may be rounded (the Kupang demo's are the report's billions with 2 decimals, so they add
 *       up to 1.727.800.500.000, not the reported net 1.727.817.621.290); {@link RevenueYear#typesTotal()} keeps that
 *       plain sum so the difference can be shown. Which source each total figure came from is on the row
 *       ({@link Source}).</li>
 *   <li>Achievement = realization / target x 100; growth = (this year - last year) / last year x 100; both null
 *       when an operand is unknown or the divisor is zero. Full precision ({@link Money}).</li>
 *   <li>History: the five years ending with the year, each with the same total rule.</li>
 *   <li>Months: this year's realization per month summed over the tax types ({@code revenue_month}).</li>
 * </ul>
 * The module's API for the stored figures too: other modules (the Excel round trip, the demo, the consistency check)
 * read and write tax types, lines, totals and months here, never the tables.
 */
@Service
public class RevenueService {

    static final int HISTORY_YEARS = 5;

    private final RevenueRepository revenue;

    RevenueService(RevenueRepository revenue) {
        this.revenue = revenue;
    }

    /** The DJP taxonomy of tax types, in their order. */
    public List<TaxType> taxTypes() {
        return revenue.taxTypes();
    }

    /** Inserts or replaces a tax type (by code). */
    public void saveTaxType(TaxType type) {
        revenue.saveTaxType(type);
    }

    /** Every line (target and realization per tax type) of a unit, all years, in year and tax-type order. */
    public List<RevenueLine> findLines(long unitId) {
        return revenue.findLines(unitId);
    }

    /** Inserts or replaces a unit's line of a year and tax type. */
    public void saveLine(long unitId, RevenueLine line) {
        revenue.saveLine(unitId, line);
    }

    /** The net totals a unit reported, by year. */
    public List<RevenueTotal> findTotals(long unitId) {
        return revenue.findTotals(unitId);
    }

    /**
     * Inserts or replaces a unit's net total of a year, as already checked ({@link RevenueFigures#checkNet}; the
     * demo's and the import's bulk write).
     */
    public void saveTotal(long unitId, RevenueTotal total) {
        revenue.saveTotal(unitId, total);
    }

    /**
     * Inserts or replaces a unit's PPM or PKM figures of one quarter, as already checked
     * ({@link RevenueFigures#checkActivity}: the import's bulk write).
     */
    public void saveActivity(long unitId, ActivityRevenue figures) {
        revenue.saveActivity(unitId, figures);
    }

    /** Every month recorded for a unit, all years, in year, tax-type and month order. */
    public List<RevenueMonth> findMonths(long unitId) {
        return revenue.findMonths(unitId);
    }

    /** The months recorded for many units in one year, by unit id (bulk work: an import). */
    public Map<Long, List<RevenueMonth>> findMonths(Collection<Long> unitIds, int year) {
        return revenue.findMonths(unitIds, year);
    }

    /** Inserts or replaces one month of a unit. */
    public void saveMonth(long unitId, RevenueMonth month) {
        revenue.saveMonth(unitId, month);
    }

    /**
     * Many months of many units of one year in one set-based statement (an import): {@code unitIds.get(i)} is the
     * unit of {@code months.get(i)}; inserted or replaced.
     */
    public void saveMonths(int year, List<Long> unitIds, List<RevenueMonth> months) {
        revenue.saveMonths(year, unitIds, months);
    }

    /** The years with any revenue figure of the unit (lines, totals or months), oldest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(long unitId) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        revenue.findLines(unitId).forEach(l -> years.add(l.year()));
        revenue.findTotals(unitId).forEach(t -> years.add(t.year()));
        revenue.findMonths(unitId).forEach(m -> years.add(m.year()));
        return List.copyOf(years);
    }

    /** The prognosis of the year's end from its months in a row from January (null when it has none). */
    public static RevenuePrognosis.Result prognosis(RevenueYear y) {
        Map<Integer, BigDecimal[]> series = new HashMap<>();
        y.monthsByYear().forEach((year, months) -> {
            BigDecimal[] a = new BigDecimal[12];
            months.forEach(m -> a[m.month() - 1] = m.realization());
            series.put(year, a);
        });
        RevenuePrognosis prognosis = new RevenuePrognosis(series);
        int month = prognosis.monthsInARow(y.year());
        return month == 0 ? null : prognosis.project(y.year(), month);
    }

    @Transactional(readOnly = true)
    public RevenueYear year(long unitId, int year) {
        List<TaxType> types = revenue.taxTypes();
        Map<Integer, Map<String, RevenueLine>> lines = new HashMap<>();
        for (RevenueLine l : revenue.findLines(unitId)) {
            lines.computeIfAbsent(l.year(), y -> new HashMap<>()).put(l.taxTypeCode(), l);
        }
        Map<Integer, RevenueTotal> totals = new HashMap<>();
        revenue.findTotals(unitId).forEach(t -> totals.put(t.year(), t));
        return compute(unitId, year, types, lines, totals, revenue.findMonths(unitId));
    }

    /** The calculation itself, on data already read (no database). */
    static RevenueYear compute(
            long unitId,
            int year,
            List<TaxType> types,
            Map<Integer, Map<String, RevenueLine>> lines,
            Map<Integer, RevenueTotal> totals,
            List<RevenueMonth> months) {
        Map<String, List<TaxType>> children = new LinkedHashMap<>();
        for (TaxType t : types) {
            if (t.groupCode() != null) {
                children.computeIfAbsent(t.groupCode(), g -> new ArrayList<>()).add(t);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (TaxType group : types) {
            if (group.groupCode() != null) {
                continue;
            }
            List<TaxType> members = children.getOrDefault(group.code(), List.of());
            if (members.isEmpty()) {
                rows.add(row(
                        Level.GROUP,
                        group,
                        y -> line(lines, y, group.code(), RevenueLine::target),
                        y -> line(lines, y, group.code(), RevenueLine::realization),
                        year));
            } else {
                rows.add(row(
                        Level.GROUP,
                        group,
                        y -> Money.sum(members.stream()
                                .map(m -> line(lines, y, m.code(), RevenueLine::target))
                                .toList()),
                        y -> Money.sum(members.stream()
                                .map(m -> line(lines, y, m.code(), RevenueLine::realization))
                                .toList()),
                        year));
                for (TaxType m : members) {
                    rows.add(row(
                            Level.TYPE,
                            m,
                            y -> line(lines, y, m.code(), RevenueLine::target),
                            y -> line(lines, y, m.code(), RevenueLine::realization),
                            year));
                }
            }
        }
        // The leaves: types of a group, and groups without types (a line stored for A itself would count twice).
        List<String> leaves = types.stream()
                .filter(t -> t.groupCode() != null || !children.containsKey(t.code()))
                .map(TaxType::code)
                .toList();
        Function<Integer, BigDecimal> typesTarget = y -> Money.sum(
                leaves.stream().map(c -> line(lines, y, c, RevenueLine::target)).toList());
        Function<Integer, BigDecimal> typesRealization = y -> Money.sum(leaves.stream()
                .map(c -> line(lines, y, c, RevenueLine::realization))
                .toList());
        Function<Integer, BigDecimal> netTarget = y -> {
            RevenueTotal t = totals.get(y);
            return t != null && t.target() != null ? t.target() : typesTarget.apply(y);
        };
        Function<Integer, BigDecimal> netRealization = y -> {
            RevenueTotal t = totals.get(y);
            return t != null && t.realization() != null ? t.realization() : typesRealization.apply(y);
        };
        TaxType totalType = new TaxType("TOTAL", "Jumlah", null, Integer.MAX_VALUE);
        Row total = row(Level.TOTAL, totalType, netTarget, netRealization, year);
        rows.add(new Row(
                total.level(),
                total.code(),
                total.name(),
                total.target(),
                total.realizationLastYear(),
                total.realization(),
                total.growthLastYear(),
                total.growth(),
                total.achievementLastYear(),
                total.achievement(),
                source(totals, year, true, typesTarget),
                source(totals, year, false, typesRealization)));
        Row typesTotal = row(
                Level.TOTAL,
                new TaxType("TYPES", "Jumlah jenis pajak", null, Integer.MAX_VALUE),
                typesTarget,
                typesRealization,
                year);

        List<HistoryYear> history = new ArrayList<>();
        for (int y = year - HISTORY_YEARS + 1; y <= year; y++) {
            BigDecimal target = netTarget.apply(y);
            BigDecimal realization = netRealization.apply(y);
            history.add(new HistoryYear(
                    y,
                    target,
                    realization,
                    Money.percent(realization, target),
                    source(totals, y, true, typesTarget),
                    source(totals, y, false, typesRealization)));
        }

        Map<Integer, List<MonthTotal>> byYear = monthTotals(months);
        return new RevenueYear(
                unitId,
                year,
                List.copyOf(rows),
                List.copyOf(history),
                typesTotal,
                byYear.getOrDefault(year, List.of()),
                byYear,
                totals.get(year));
    }

    private static Row row(
            Level level,
            TaxType type,
            Function<Integer, BigDecimal> target,
            Function<Integer, BigDecimal> realization,
            int year) {
        BigDecimal t = target.apply(year);
        BigDecimal tLast = target.apply(year - 1);
        BigDecimal r = realization.apply(year);
        BigDecimal rLast = realization.apply(year - 1);
        BigDecimal rBefore = realization.apply(year - 2);
        return new Row(
                level,
                type.code(),
                type.name(),
                t,
                rLast,
                r,
                Money.growth(rLast, rBefore),
                Money.growth(r, rLast),
                Money.percent(rLast, tLast),
                Money.percent(r, t),
                null,
                null);
    }

    private static BigDecimal line(
            Map<Integer, Map<String, RevenueLine>> lines,
            int year,
            String code,
            Function<RevenueLine, BigDecimal> field) {
        RevenueLine l = lines.getOrDefault(year, Map.of()).get(code);
        return l == null ? null : field.apply(l);
    }

    private static Source source(
            Map<Integer, RevenueTotal> totals, int year, boolean target, Function<Integer, BigDecimal> typesSum) {
        RevenueTotal t = totals.get(year);
        if (t != null && (target ? t.target() : t.realization()) != null) {
            return Source.REPORTED;
        }
        return typesSum.apply(year) != null ? Source.SUM_OF_TYPES : Source.NONE;
    }

    /**
     * Per year, months 1 to the last recorded one, all tax types summed; a month with nothing recorded has a null
     * realization and the running total stops there (null from the gap on), so no cumulative figure skips a month.
     */
    static Map<Integer, List<MonthTotal>> monthTotals(List<RevenueMonth> months) {
        Map<Integer, TreeMap<Integer, BigDecimal>> sums = new TreeMap<>();
        for (RevenueMonth m : months) {
            sums.computeIfAbsent(m.year(), y -> new TreeMap<>()).merge(m.month(), m.realization(), BigDecimal::add);
        }
        Map<Integer, List<MonthTotal>> result = new TreeMap<>();
        sums.forEach((y, byMonth) -> {
            List<MonthTotal> list = new ArrayList<>();
            BigDecimal running = BigDecimal.ZERO;
            for (int m = 1; m <= byMonth.lastKey(); m++) {
                BigDecimal v = byMonth.get(m);
                running = running == null || v == null ? null : running.add(v);
                list.add(new MonthTotal(m, v, running));
            }
            result.put(y, List.copyOf(list));
        });
        return result;
    }
}
