package id.kinerja.report;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.budget.BudgetRepository;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.framework.Perspective;
import id.kinerja.framework.StrategicObjective;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeSections;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeText;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitRepository;
import id.kinerja.realization.IndicatorHistoryRepository;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationRepository;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.recognition.RecognitionRepository;
import id.kinerja.revenue.RevenueRepository;
import id.kinerja.revenue.TaxType;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.Formats;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gathers the LAKIN's figures into a {@link LakinReport}: the scores of all seven periods from one scoring context
 * (the engine's {@code scoreAllPeriods}), the NKO sheet and the PK through the NKO report's and PK document's own
 * view models, past years from the IKU history, the office's prose from the narrative module, revenue, budget,
 * awards and innovations from their repositories. Charts are drawn by {@link LakinCharts}, as SVG or PNG.
 */
@Component
class LakinBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private final ScorecardService scorecards;
    private final UnitRepository units;
    private final RealizationRepository realizations;
    private final IndicatorHistoryRepository history;
    private final NarrativeService narratives;
    private final RevenueRepository revenue;
    private final BudgetRepository budget;
    private final RecognitionRepository recognitions;
    private final Formats formats;

    LakinBuilder(ScorecardService scorecards, UnitRepository units, RealizationRepository realizations,
                 IndicatorHistoryRepository history, NarrativeService narratives, RevenueRepository revenue,
                 BudgetRepository budget, RecognitionRepository recognitions, Formats formats) {
        this.scorecards = scorecards;
        this.units = units;
        this.realizations = realizations;
        this.history = history;
        this.narratives = narratives;
        this.revenue = revenue;
        this.budget = budget;
        this.recognitions = recognitions;
        this.formats = formats;
    }

    /**
     * The LAKIN's view model. {@code report} gives the NKO sheet and PK view models (built by {@link ReportService}),
     */
    LakinReport build(ScoringContext context, ReportService report, Function<MeasurementUnit, String> unitName) {
        Unit unit = context.unit();
        int year = context.year();
        Framework framework = context.framework();
        PerformanceAgreement agreement = context.agreement();
        Map<Period, Scorecard> periods = scorecards.engine().scoreAllPeriods(framework, context.inputs());
        Scorecard yearly = periods.get(Period.Y);
        NkoReport sheet = report.nkoReport(new UnitScorecard(unit, year, agreement, context.frameworkVersion(),
                framework, yearly));
        PkReport pk = report.pkReport(unit, agreement, framework);

        List<String> codes = new ArrayList<>();
        for (Perspective p : framework.perspectives()) {
            for (StrategicObjective o : framework.objectivesOf(p.code())) {
                for (Indicator i : framework.indicatorsOf(o.code())) {
                    if (yearly.indicator(i.code()) != null) {
                        codes.add(i.code());
                    }
                }
            }
        }
        Map<String, NarrativeText> prose = narratives.texts(unit.id(), year, NarrativeSections.forIndicators(codes));
        Map<String, LakinReport.Text> texts = new LinkedHashMap<>();
        prose.forEach((k, t) -> texts.put(k, new LakinReport.Text(t.section().title(), t.xhtml(), t.written())));

        Map<String, LakinCharts.Chart> charts = new LinkedHashMap<>();
        Map<String, List<IndicatorHistoryRepository.Entry>> past = new LinkedHashMap<>();
        for (IndicatorHistoryRepository.Entry e : history.findByUnit(unit.id())) {
            if (e.year() < year && e.year() >= year - 4) {
                past.computeIfAbsent(e.indicatorCode(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> notes = new LinkedHashMap<>();
        for (Realization r : realizations.findByUnitAndYear(unit.id(), year)) {
            if (r.period() == Period.Y && r.status() == RealizationStatus.APPROVED && r.note() != null
                    && !r.note().isBlank()) {
                notes.put(r.indicatorCode(), r.note());
            }
        }

        List<LakinReport.PerspectiveBlock> blocks = new ArrayList<>();
        for (Perspective p : framework.perspectives()) {
            PerspectiveScore ps = yearly.perspective(p.code());
            List<LakinReport.Iku> ikus = new ArrayList<>();
            for (StrategicObjective o : framework.objectivesOf(p.code())) {
                for (Indicator i : framework.indicatorsOf(o.code())) {
                    if (yearly.indicator(i.code()) == null) {
                        continue;
                    }
                    ikus.add(iku(i, o, periods, past.getOrDefault(i.code(), List.of()), notes.get(i.code()), texts,
                            charts, unitName, year));
                }
            }
            if (!ikus.isEmpty()) {
                blocks.add(new LakinReport.PerspectiveBlock(p.name(), ps == null ? "–" : formats.index(ps.normalisedWeight()),
                        ps == null ? "–" : formats.index(ps.index()), ikus));
            }
        }

        String parentName = unit.parentId() == null ? null
                : units.findById(unit.parentId()).map(Unit::name).orElse(null);
        List<LakinReport.Award> awards = recognitions.awards(unit.id(), year).stream()
                .map(a -> new LakinReport.Award(a.title(), a.giver(), a.date() == null ? null : formats.date(a.date()),
                        a.description())).toList();
        List<LakinReport.Innovation> innovations = recognitions.innovations(unit.id(), year).stream()
                .map(n -> new LakinReport.Innovation(n.name(), n.longName(), n.description(), n.goals())).toList();
        return new LakinReport(unit.name(), unit.code(), parentName, year, agreement.place(), pk.firstParty(),
                sheet.nko(), sheet.predicate(), sheet.colour(), texts, blocks, sheet, pk,
                revenue(unit.id(), year, charts), budget(unit.id(), year, charts),
                awards, innovations, charts);
    }

    private LakinReport.Iku iku(Indicator i, StrategicObjective o, Map<Period, Scorecard> periods,
                                List<IndicatorHistoryRepository.Entry> past, String note,
                                Map<String, LakinReport.Text> texts, Map<String, LakinCharts.Chart> charts,
                                Function<MeasurementUnit, String> unitName, int year) {
        List<LakinReport.PeriodCell> cells = new ArrayList<>();
        for (Period p : Period.values()) {
            IndicatorScore s = periods.get(p).indicator(i.code());
            cells.add(new LakinReport.PeriodCell(p.label(), s == null ? "–" : target(s, i.unit()),
                    s == null ? "–" : value(s.realization(), i.unit()), s != null && s.realizationDerived(),
                    s == null ? "–" : formats.index(s.index()),
                    s == null || s.colour() == null ? null : s.colour().name(),
                    s == null || s.colour() == null ? "–" : s.colour().label()));
        }
        IndicatorScore y = periods.get(Period.Y).indicator(i.code());
        List<LakinReport.YearRow> rows = new ArrayList<>();
        List<String> years = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> indexes = new ArrayList<>();
        for (IndicatorHistoryRepository.Entry e : past) {
            rows.add(new LakinReport.YearRow(e.year(), value(e.realization(), i.unit()), formats.index(e.index()),
                    e.note(), false));
            years.add(String.valueOf(e.year()));
            values.add(e.realization());
            indexes.add(e.index());
        }
        rows.add(new LakinReport.YearRow(year, value(y.realization(), i.unit()), formats.index(y.index()), null, true));
        years.add(String.valueOf(year));
        values.add(y.realization());
        indexes.add(y.index());
        String chartId = null;
        LakinCharts.Chart chart = new LakinCharts.Chart(LakinCharts.Type.LINE,
                "Tren " + i.code() + ": realisasi dan indeks capaian", unitName.apply(i.unit()), years,
                List.of(new LakinCharts.Series("Realisasi", values), new LakinCharts.Series("Indeks capaian", indexes)));
        if (!chart.empty()) {
            chartId = "iku-" + i.code();
            charts.put(chartId, chart);
        }
        List<LakinReport.Text> blocks = NarrativeSections.ofIndicator(i.code()).stream()
                .map(NarrativeSection::key).map(k -> texts.getOrDefault(k, new LakinReport.Text(k, "", false)))
                .toList();
        return new LakinReport.Iku("iku-" + i.code(), i.code(), i.name(), o.code() + " " + o.name(),
                unitName.apply(i.unit()), i.definition(), i.formula(), i.dataSource(), cells, rows,
                y.target() == null ? "–" : target(y, i.unit()), null, null, note, blocks, chartId);
    }

    // ---- revenue and budget ----

    private LakinReport.Revenue revenue(long unitId, int year, Map<String, LakinCharts.Chart> charts) {
        List<TaxType> types = revenue.taxTypes();
        Map<String, RevenueRepository.Line> now = new LinkedHashMap<>();
        Map<String, RevenueRepository.Line> last = new LinkedHashMap<>();
        for (RevenueRepository.Line l : revenue.findLines(unitId)) {
            if (l.year() == year) {
                now.put(l.taxTypeCode(), l);
            } else if (l.year() == year - 1) {
                last.put(l.taxTypeCode(), l);
            }
        }
        List<LakinReport.RevenueRow> rows = new ArrayList<>();
        for (TaxType group : types) {
            if (group.groupCode() != null) {
                continue;
            }
            List<TaxType> children = types.stream().filter(t -> group.code().equals(t.groupCode())).toList();
            List<TaxType> leaves = children.isEmpty() ? List.of(group) : children;
            if (leaves.stream().noneMatch(t -> now.containsKey(t.code()) || last.containsKey(t.code()))) {
                continue;
            }
            BigDecimal[] sum = {null, null, null};
            for (TaxType t : leaves) {
                RevenueRepository.Line n = now.get(t.code());
                RevenueRepository.Line l = last.get(t.code());
                sum[0] = add(sum[0], n == null ? null : n.target());
                sum[1] = add(sum[1], n == null ? null : n.realization());
                sum[2] = add(sum[2], l == null ? null : l.realization());
            }
            rows.add(revenueRow(group.code(), group.name(), true, sum[0], sum[1], sum[2]));
            if (!children.isEmpty()) {
                for (TaxType t : children) {
                    RevenueRepository.Line n = now.get(t.code());
                    RevenueRepository.Line l = last.get(t.code());
                    if (n == null && l == null) {
                        continue;
                    }
                    rows.add(revenueRow(t.code(), t.name(), false, n == null ? null : n.target(),
                            n == null ? null : n.realization(), l == null ? null : l.realization()));
                }
            }
        }
        List<RevenueRepository.YearTotal> totals = revenue.findTotals(unitId);
        RevenueRepository.YearTotal thisYear = totals.stream().filter(t -> t.year() == year).findFirst().orElse(null);
        RevenueRepository.YearTotal lastYear = totals.stream().filter(t -> t.year() == year - 1).findFirst().orElse(null);
        LakinReport.RevenueRow total = thisYear == null ? null : revenueRow(null, "Jumlah", true, thisYear.target(),
                thisYear.realization(), lastYear == null ? null : lastYear.realization());
        List<LakinReport.RevenueHistoryRow> hist = new ArrayList<>();
        List<String> years = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> reals = new ArrayList<>();
        RevenueRepository.YearTotal previous = null;
        for (RevenueRepository.YearTotal t : totals) {
            if (t.year() > year) {
                break;
            }
            if (t.year() >= year - 4) {
                hist.add(new LakinReport.RevenueHistoryRow(t.year(), formats.rupiah(t.target()),
                        formats.rupiah(t.realization()), formats.index(percent(t.realization(), t.target())),
                        formats.index(growth(t.realization(), previous == null || previous.year() != t.year() - 1
                                ? null : previous.realization()))));
                years.add(String.valueOf(t.year()));
                targets.add(billions(t.target()));
                reals.add(billions(t.realization()));
            }
            previous = t;
        }
        String chartId = null;
        LakinCharts.Chart chart = new LakinCharts.Chart(LakinCharts.Type.BAR, "Target dan realisasi penerimaan",
                "miliar Rp", years, List.of(new LakinCharts.Series("Target", targets),
                new LakinCharts.Series("Realisasi", reals)));
        if (!chart.empty()) {
            chartId = "revenue";
            charts.put(chartId, chart);
        }
        return new LakinReport.Revenue(rows, total, hist, chartId, "Rincian per jenis pajak dalam miliar rupiah "
                + "sebagaimana tercatat (dibulatkan); baris Jumlah adalah penerimaan unit yang tercatat, sehingga "
                + "dapat berbeda sedikit dari jumlah rinciannya.");
    }

    private LakinReport.RevenueRow revenueRow(String code, String name, boolean group, BigDecimal target,
                                              BigDecimal realization, BigDecimal lastRealization) {
        return new LakinReport.RevenueRow(code, name, group, formats.index(billions(target)),
                formats.index(billions(lastRealization)), formats.index(billions(realization)),
                formats.index(percent(realization, target)),
                formats.index(growth(realization, lastRealization)), "–");
    }

    private LakinReport.Budget budget(long unitId, int year, Map<String, LakinCharts.Chart> charts) {
        List<BudgetRepository.Line> lines = BudgetRepository.withParents(budget.findLines(unitId, year));
        Map<String, Integer> depth = new LinkedHashMap<>();
        List<LakinReport.BudgetLine> out = new ArrayList<>();
        for (BudgetRepository.Line l : lines) {
            int d = l.parentCode() == null ? 0 : depth.getOrDefault(l.parentCode(), 0) + 1;
            depth.put(l.code(), d);
            out.add(new LakinReport.BudgetLine(l.code(), l.name(), d, formats.rupiah(l.ceiling()),
                    formats.rupiah(l.realization()), formats.index(percent(l.realization(), l.ceiling()))));
        }
        List<LakinReport.BudgetKind> kinds = new ArrayList<>();
        BigDecimal ceiling = null;
        BigDecimal realized = null;
        List<String> names = new ArrayList<>();
        List<BigDecimal> ceilings = new ArrayList<>();
        List<BigDecimal> reals = new ArrayList<>();
        for (BudgetRepository.KindTotal k : budget.findKinds(unitId, year)) {
            kinds.add(new LakinReport.BudgetKind(String.valueOf(k.kind()), k.name(), formats.rupiah(k.ceiling()),
                    formats.rupiah(k.realization()), formats.index(percent(k.realization(), k.ceiling()))));
            ceiling = add(ceiling, k.ceiling());
            realized = add(realized, k.realization());
            names.add(k.kind() + " " + k.name());
            ceilings.add(millions(k.ceiling()));
            reals.add(millions(k.realization()));
        }
        LakinReport.BudgetKind total = kinds.isEmpty() ? null : new LakinReport.BudgetKind(null, "Jumlah",
                formats.rupiah(ceiling), formats.rupiah(realized), formats.index(percent(realized, ceiling)));
        String chartId = null;
        LakinCharts.Chart chart = new LakinCharts.Chart(LakinCharts.Type.BAR, "Pagu dan realisasi per jenis belanja",
                "juta Rp", names, List.of(new LakinCharts.Series("Pagu", ceilings),
                new LakinCharts.Series("Realisasi", reals)));
        if (!chart.empty()) {
            chartId = "budget";
            charts.put(chartId, chart);
        }
        return new LakinReport.Budget(out, kinds, total, chartId);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return b == null ? a : a == null ? b : a.add(b);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null || whole.signum() == 0 ? null
                : part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    }

    private static BigDecimal growth(BigDecimal now, BigDecimal before) {
        return now == null || before == null || before.signum() == 0 ? null
                : now.subtract(before).multiply(HUNDRED).divide(before, MathContext.DECIMAL64);
    }

    private static BigDecimal billions(BigDecimal rupiah) {
        return rupiah == null ? null : rupiah.divide(BILLION, MathContext.DECIMAL64);
    }

    private static BigDecimal millions(BigDecimal rupiah) {
        return rupiah == null ? null : rupiah.divide(BigDecimal.valueOf(1_000_000L), MathContext.DECIMAL64);
    }

    private String target(IndicatorScore s, MeasurementUnit unit) {
        if (s.target() == null) {
            return "–";
        }
        return s.target().upper() == null ? value(s.target().value(), unit)
                : value(s.target().value(), unit) + " – " + value(s.target().upper(), unit);
    }

    private String value(BigDecimal v, MeasurementUnit unit) {
        if (v == null) {
            return "–";
        }
        if (unit == MeasurementUnit.RUPIAH
                || (unit == MeasurementUnit.COUNT && v.stripTrailingZeros().scale() <= 0)) {
            return formats.rupiah(v);
        }
        return formats.index(v);
    }
}
