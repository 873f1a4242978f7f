package id.kinerja.report;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.framework.Colour;
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
import id.kinerja.organisation.Units;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.recognition.Recognitions;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.Target;
import id.kinerja.web.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Gathers the LAKIN's figures into a {@link LakinReport}: the scores of all seven periods from one scoring context
 * (the engine's {@code scoreAllPeriods}), the NKO sheet and the PK through the NKO report's and PK document's own
 * view models, past years from the IKU history, the office's prose from the narrative module, revenue, budget,
 * revenue and budget from their modules' services (computed there once), awards and innovations from their
 * repository. Charts are drawn by {@link LakinCharts}, as SVG or PNG.
 */
@Component
class LakinBuilder {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private final ScorecardService scorecards;
    private final Units units;
    private final RealizationQueries realizations;
    private final RealizationQueries history;
    private final NarrativeService narratives;
    private final RevenueService revenues;
    private final BudgetService budgets;
    private final Recognitions recognitions;
    private final Agreements references;
    private final Formats formats;

    LakinBuilder(
            ScorecardService scorecards,
            Units units,
            RealizationQueries realizations,
            RealizationQueries history,
            NarrativeService narratives,
            RevenueService revenues,
            BudgetService budgets,
            Recognitions recognitions,
            Agreements references,
            Formats formats) {
        this.scorecards = scorecards;
        this.units = units;
        this.realizations = realizations;
        this.history = history;
        this.narratives = narratives;
        this.revenues = revenues;
        this.budgets = budgets;
        this.recognitions = recognitions;
        this.references = references;
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
        NkoReport sheet = report.nkoReport(
                new UnitScorecard(unit, year, agreement, context.frameworkVersion(), framework, yearly));
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
        // revenue, budget and the scores computed once here, for the tables and for the figures in the prose
        RevenueYear revenueYear = revenues.year(unit.id(), year);
        BudgetYear budgetYear = budgets.year(unit.id(), year);
        Map<String, NarrativeText> prose = narratives.texts(
                unit.id(),
                year,
                NarrativeSections.forIndicators(codes),
                narratives.values(context, periods, revenueYear, budgetYear));
        Map<String, LakinReport.Text> texts = new LinkedHashMap<>();
        prose.forEach((k, t) -> texts.put(k, new LakinReport.Text(t.section().title(), t.xhtml(), t.written())));

        Map<String, LakinCharts.Chart> charts = new LinkedHashMap<>();
        Map<String, List<IndicatorHistoryEntry>> past = new LinkedHashMap<>();
        for (IndicatorHistoryEntry e : history.history(unit.id())) {
            if (e.year() < year && e.year() >= year - 4) {
                past.computeIfAbsent(e.indicatorCode(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> notes = new LinkedHashMap<>();
        for (Realization r : realizations.realizations(unit.id(), year)) {
            if (r.period() == Period.Y
                    && r.status() == RealizationStatus.APPROVED
                    && r.note() != null
                    && !r.note().isBlank()) {
                notes.put(r.indicatorCode(), r.note());
            }
        }

        Map<String, PlanningReference> planning = references.planningReferences(unit.id(), year);

        // the targets printed in the IKU tables are the agreement's, as in the PK appendix (one source)
        Map<String, Map<Period, Target>> agreed = new LinkedHashMap<>();
        agreement.indicators().forEach(a -> agreed.put(a.code(), a.targets()));

        List<LakinReport.PerspectiveBlock> blocks = new ArrayList<>();
        for (Perspective p : framework.perspectives()) {
            PerspectiveScore ps = yearly.perspective(p.code());
            List<LakinReport.Iku> ikus = new ArrayList<>();
            for (StrategicObjective o : framework.objectivesOf(p.code())) {
                for (Indicator i : framework.indicatorsOf(o.code())) {
                    if (yearly.indicator(i.code()) == null) {
                        continue;
                    }
                    ikus.add(iku(
                            i,
                            o,
                            periods,
                            past.getOrDefault(i.code(), List.of()),
                            notes.get(i.code()),
                            texts,
                            charts,
                            unitName,
                            year,
                            planning.get(i.code()),
                            agreed.get(i.code())));
                }
            }
            if (!ikus.isEmpty()) {
                blocks.add(new LakinReport.PerspectiveBlock(
                        p.name(),
                        ps == null ? "–" : formats.index(ps.normalisedWeight()),
                        ps == null ? "–" : formats.index(ps.index()),
                        ikus));
            }
        }

        String parentName = unit.parentId() == null
                ? null
                : units.findById(unit.parentId()).map(Unit::name).orElse(null);
        List<LakinReport.Award> awards = recognitions.awards(unit.id(), year).stream()
                .map(a -> new LakinReport.Award(
                        a.title(), a.giver(), a.date() == null ? null : formats.date(a.date()), a.description()))
                .toList();
        List<LakinReport.Innovation> innovations = recognitions.innovations(unit.id(), year).stream()
                .map(n -> new LakinReport.Innovation(n.name(), n.longName(), n.description(), n.goals()))
                .toList();
        return new LakinReport(
                unit.name(),
                unit.code(),
                parentName,
                year,
                ReportService.place(agreement, unit),
                report.today(),
                pk.firstParty(),
                sheet.nko(),
                sheet.predicate(),
                sheet.colour(),
                texts,
                blocks,
                sheet,
                pk,
                revenue(revenueYear, charts),
                budget(budgetYear, charts),
                awards,
                innovations,
                charts,
                summary(yearly, codes, revenueYear, budgetYear));
    }

    /** The executive summary: the yearly scores counted by colour, the IKU below target, revenue and DIPA totals. */
    private LakinReport.Summary summary(Scorecard yearly, List<String> codes, RevenueYear revenue, BudgetYear budget) {
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        for (Colour c : Colour.values()) {
            counts.put(c, 0);
        }
        int scored = 0;
        List<LakinReport.Shortfall> below = new ArrayList<>();
        for (String code : codes) {
            IndicatorScore s = yearly.indicator(code);
            if (s == null || !s.isScored()) {
                continue;
            }
            scored++;
            if (s.colour() != null) {
                counts.merge(s.colour(), 1, Integer::sum);
            }
            if (s.belowTarget()) {
                below.add(new LakinReport.Shortfall(
                        s.code(),
                        s.name(),
                        formats.index(s.index()),
                        s.colour() == null ? "–" : s.colour().label()));
            }
        }
        List<LakinReport.ColourCount> colours = new ArrayList<>();
        counts.forEach((c, n) -> colours.add(new LakinReport.ColourCount(c.name(), c.label(), n)));
        RevenueYear.Row total = revenue.rows().isEmpty() ? null : revenue.total();
        boolean dipa = !budget.lines().isEmpty() && budget.dipaTotal() != null;
        return new LakinReport.Summary(
                colours,
                scored,
                below,
                total == null || total.realization() == null ? null : formats.rupiah(total.realization()),
                total == null || total.target() == null ? null : formats.rupiah(total.target()),
                total == null || total.achievement() == null ? null : formats.index(total.achievement()),
                dipa ? formats.rupiah(budget.dipaTotal().realization()) : null,
                dipa ? formats.rupiah(budget.dipaTotal().ceiling()) : null,
                dipa && budget.dipaTotal().absorption() != null
                        ? formats.index(budget.dipaTotal().absorption())
                        : null);
    }

    private LakinReport.Iku iku(
            Indicator i,
            StrategicObjective o,
            Map<Period, Scorecard> periods,
            List<IndicatorHistoryEntry> past,
            String note,
            Map<String, LakinReport.Text> texts,
            Map<String, LakinCharts.Chart> charts,
            Function<MeasurementUnit, String> unitName,
            int year,
            PlanningReference reference,
            Map<Period, Target> agreedTargets) {
        List<LakinReport.PeriodCell> cells = new ArrayList<>();
        for (Period p : Period.values()) {
            IndicatorScore s = periods.get(p).indicator(i.code());
            Target agreed = agreedTargets == null ? null : agreedTargets.get(p);
            // the index of some periods is computed against another period's target (04b Q4 against the yearly
            // target, docs/domain.md §4.1): the cell prints the agreed target and says which one was scored
            Target scored = s == null ? null : s.target();
            String scoredAgainst = scored != null && !scored.sameAs(agreed) ? target(scored, i.unit()) : null;
            cells.add(new LakinReport.PeriodCell(
                    p.name(),
                    target(agreed, i.unit()),
                    scoredAgainst,
                    s == null ? "–" : value(s.realization(), i.unit()),
                    s != null && s.realizationDerived(),
                    s == null ? "–" : formats.index(s.index()),
                    s == null || s.colour() == null ? null : s.colour().name(),
                    s == null || s.colour() == null ? "–" : s.colour().label()));
        }
        IndicatorScore y = periods.get(Period.Y).indicator(i.code());
        List<LakinReport.YearRow> rows = new ArrayList<>();
        List<String> years = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> indexes = new ArrayList<>();
        for (IndicatorHistoryEntry e : past) {
            rows.add(new LakinReport.YearRow(
                    e.year(), value(e.realization(), i.unit()), formats.index(e.index()), e.note(), false));
            years.add(String.valueOf(e.year()));
            values.add(e.realization());
            indexes.add(e.index());
        }
        rows.add(new LakinReport.YearRow(year, value(y.realization(), i.unit()), formats.index(y.index()), null, true));
        years.add(String.valueOf(year));
        values.add(y.realization());
        indexes.add(y.index());
        String chartId = null;
        LakinCharts.Chart chart = new LakinCharts.Chart(
                LakinCharts.Type.LINE,
                "Tren " + i.code() + ": realisasi dan indeks capaian",
                unitName.apply(i.unit()),
                years,
                List.of(
                        new LakinCharts.Series("Realisasi", values),
                        new LakinCharts.Series("Indeks capaian", indexes)));
        if (!chart.empty()) {
            chartId = "iku-" + i.code();
            charts.put(chartId, chart);
        }
        List<LakinReport.Text> blocks = NarrativeSections.ofIndicator(i.code()).stream()
                .map(NarrativeSection::key)
                .map(k -> texts.getOrDefault(k, new LakinReport.Text(k, "", false)))
                .toList();
        return new LakinReport.Iku(
                "iku-" + i.code(),
                i.code(),
                i.name(),
                o.code() + " " + o.name(),
                unitName.apply(i.unit()),
                i.definition(),
                i.formula(),
                i.dataSource(),
                cells,
                rows,
                y.target() == null ? "–" : target(y, i.unit()),
                planningTargets(reference, i.unit()),
                reference == null || reference.nationalStandard() == null
                        ? null
                        : value(reference.nationalStandard(), i.unit()),
                note,
                blocks,
                chartId);
    }

    // ---- revenue and budget ----

    /** Revenue as the revenue module computes it ({@link RevenueService#year}); amounts printed in billions. */
    private LakinReport.Revenue revenue(RevenueYear y, Map<String, LakinCharts.Chart> charts) {
        List<LakinReport.RevenueRow> rows = new ArrayList<>();
        LakinReport.RevenueRow total = null;
        for (RevenueYear.Row r : y.rows()) {
            if (r.empty()) {
                continue;
            }
            LakinReport.RevenueRow row = new LakinReport.RevenueRow(
                    r.code(),
                    r.name(),
                    r.level() != RevenueYear.Level.TYPE,
                    formats.index(billions(r.target())),
                    formats.index(billions(r.realizationLastYear())),
                    formats.index(billions(r.realization())),
                    formats.index(r.achievement()),
                    formats.index(r.growth()),
                    formats.index(r.growthLastYear()));
            if (r.level() == RevenueYear.Level.TOTAL) {
                total = row;
            } else {
                rows.add(row);
            }
        }
        List<LakinReport.RevenueHistoryRow> history = new ArrayList<>();
        List<String> years = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> reals = new ArrayList<>();
        for (RevenueYear.HistoryYear h : y.history()) {
            history.add(new LakinReport.RevenueHistoryRow(
                    h.year(),
                    formats.rupiah(h.target()),
                    formats.rupiah(h.realization()),
                    formats.index(h.achievement()),
                    null));
            years.add(String.valueOf(h.year()));
            targets.add(billions(h.target()));
            reals.add(billions(h.realization()));
        }
        String chartId = null;
        LakinCharts.Chart chart = new LakinCharts.Chart(
                LakinCharts.Type.BAR,
                "Target dan realisasi penerimaan",
                "miliar Rp",
                years,
                List.of(new LakinCharts.Series("Target", targets), new LakinCharts.Series("Realisasi", reals)));
        if (!chart.empty()) {
            chartId = "revenue";
            charts.put(chartId, chart);
        }
        String note = null;
        RevenueYear.Row types = y.typesTotal();
        if (types != null && total != null && types.realization() != null) {
            note = "Rincian per jenis pajak dalam miliar rupiah sebagaimana tercatat (dibulatkan). Baris Jumlah adalah "
                    + "penerimaan neto yang dilaporkan; jumlah rincian per jenis pajak: target "
                    + formats.rupiah(types.target()) + ", realisasi " + formats.rupiah(types.realization()) + ".";
        }
        return new LakinReport.Revenue(rows, total, history, chartId, note);
    }

    /** The name of the budget module's remainder row under a line its recorded children do not add up to. */
    static final String UNITEMISED = "Rincian lain yang tidak tercatat";

    /** The DIPA as the budget module computes it ({@link BudgetService#year}). */
    private LakinReport.Budget budget(BudgetYear y, Map<String, LakinCharts.Chart> charts) {
        List<LakinReport.BudgetLine> lines = y.lines().stream()
                .map(l -> new LakinReport.BudgetLine(
                        l.unitemised() ? "" : l.code(),
                        l.unitemised() ? UNITEMISED : l.name(),
                        l.depth(),
                        formats.rupiah(l.ceiling()),
                        formats.rupiah(l.realization()),
                        formats.index(l.absorption())))
                .toList();
        LakinReport.BudgetKind dipa = y.lines().isEmpty() || y.dipaTotal() == null
                ? null
                : new LakinReport.BudgetKind(
                        null,
                        "Jumlah DIPA",
                        formats.rupiah(y.dipaTotal().ceiling()),
                        formats.rupiah(y.dipaTotal().realization()),
                        formats.index(y.dipaTotal().absorption()));
        List<LakinReport.BudgetKind> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> ceilings = new ArrayList<>();
        List<BigDecimal> reals = new ArrayList<>();
        for (BudgetYear.Kind k : y.kinds()) {
            kinds.add(new LakinReport.BudgetKind(
                    String.valueOf(k.kind()),
                    k.name(),
                    formats.rupiah(k.ceiling()),
                    formats.rupiah(k.realization()),
                    formats.index(k.absorption())));
            names.add(k.kind() + " " + k.name());
            ceilings.add(millions(k.ceiling()));
            reals.add(millions(k.realization()));
        }
        BudgetYear.Kind kt = y.kindsTotal();
        LakinReport.BudgetKind total = kinds.isEmpty() || kt == null
                ? null
                : new LakinReport.BudgetKind(
                        null,
                        "Jumlah",
                        formats.rupiah(kt.ceiling()),
                        formats.rupiah(kt.realization()),
                        formats.index(kt.absorption()));
        String note = y.kindsMatchDipa() || dipa == null || total == null
                ? null
                : "Jumlah pagu per jenis belanja (" + total.ceiling() + ") berbeda dari jumlah pagu DIPA ("
                        + dipa.ceiling() + "); keduanya dicetak sebagaimana tercatat.";
        String chartId = null;
        LakinCharts.Chart chart = new LakinCharts.Chart(
                LakinCharts.Type.BAR,
                "Pagu dan realisasi per jenis belanja",
                "juta Rp",
                names,
                List.of(new LakinCharts.Series("Pagu", ceilings), new LakinCharts.Series("Realisasi", reals)));
        if (!chart.empty()) {
            chartId = "budget";
            charts.put(chartId, chart);
        }
        return new LakinReport.Budget(lines, dipa, kinds, total, chartId, note);
    }

    private static BigDecimal billions(BigDecimal rupiah) {
        return rupiah == null ? null : rupiah.divide(BILLION, MathContext.DECIMAL64);
    }

    private static BigDecimal millions(BigDecimal rupiah) {
        return rupiah == null ? null : rupiah.divide(BigDecimal.valueOf(1_000_000L), MathContext.DECIMAL64);
    }

    /** "Renstra DJP 100,00 · RPJMN tidak ditetapkan", or null when neither document sets a target. */
    private String planningTargets(PlanningReference r, MeasurementUnit unit) {
        if (r == null || (r.renstraTarget() == null && r.rpjmnTarget() == null)) {
            return null;
        }
        return "Renstra DJP " + (r.renstraTarget() == null ? "tidak ditetapkan" : value(r.renstraTarget(), unit))
                + " · RPJMN " + (r.rpjmnTarget() == null ? "tidak ditetapkan" : value(r.rpjmnTarget(), unit));
    }

    private String target(IndicatorScore s, MeasurementUnit unit) {
        return target(s.target(), unit);
    }

    private String target(Target t, MeasurementUnit unit) {
        if (t == null) {
            return "–";
        }
        return t.upper() == null ? value(t.value(), unit) : value(t.value(), unit) + " – " + value(t.upper(), unit);
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
