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
import id.kinerja.narrative.NarrativeSections;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeText;
import id.kinerja.organisation.StaffGroup;
import id.kinerja.organisation.StaffGrouping;
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
import java.math.RoundingMode;
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
 * repository. Charts are drawn by {@link LakinCharts}, as SVG or PNG. Each IKU's chapter is built by
 * {@link LakinIkuChapter}, revenue and budget by {@link LakinFinanceChapter}.
 */
@Component
class LakinBuilder {

    private final ScorecardService scorecards;
    private final Units units;
    private final RealizationQueries realizations;
    private final NarrativeService narratives;
    private final RevenueService revenues;
    private final BudgetService budgets;
    private final Recognitions recognitions;
    private final Agreements references;
    private final Formats formats;
    private final NkoReportBuilder nkoReports;
    private final PkReportBuilder pkReports;
    private final ReportTexts reportTexts;
    private final LakinIkuChapter ikuChapters;
    private final LakinFinanceChapter finance;
    private final DocumentSettings documentSettings;

    LakinBuilder(
            ScorecardService scorecards,
            Units units,
            RealizationQueries realizations,
            NarrativeService narratives,
            RevenueService revenues,
            BudgetService budgets,
            Recognitions recognitions,
            Agreements references,
            Formats formats,
            NkoReportBuilder nkoReports,
            PkReportBuilder pkReports,
            ReportTexts reportTexts,
            LakinIkuChapter ikuChapters,
            LakinFinanceChapter finance,
            DocumentSettings documentSettings) {
        this.scorecards = scorecards;
        this.units = units;
        this.realizations = realizations;
        this.narratives = narratives;
        this.revenues = revenues;
        this.budgets = budgets;
        this.recognitions = recognitions;
        this.references = references;
        this.formats = formats;
        this.nkoReports = nkoReports;
        this.pkReports = pkReports;
        this.reportTexts = reportTexts;
        this.ikuChapters = ikuChapters;
        this.finance = finance;
        this.documentSettings = documentSettings;
    }

    /**
     * The LAKIN's view model. The NKO sheet and the PK appendix are the NKO report's and PK document's own view models
     * ({@link NkoReportBuilder}, {@link PkReportBuilder}).
     */
    LakinReport build(ScoringContext context) {
        Function<MeasurementUnit, String> unitName = reportTexts::unitName;
        Unit unit = context.unit();
        int year = context.year();
        Framework framework = context.framework();
        PerformanceAgreement agreement = context.agreement();
        Map<Period, Scorecard> periods = scorecards.engine().scoreAllPeriods(framework, context.inputs());
        Scorecard yearly = periods.get(Period.Y);
        NkoReport sheet = nkoReports.build(
                new UnitScorecard(unit, year, agreement, context.frameworkVersion(), framework, yearly));
        PkReport pk = pkReports.build(unit, agreement, framework);

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
        for (IndicatorHistoryEntry e : realizations.history(unit.id())) {
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
                    ikus.add(ikuChapters.iku(
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

        DocumentSetting setting = documentSettings.find(unit.id(), year, ReportKind.LAKIN, Period.Y);
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
                DocumentSettings.place(setting, agreement, unit),
                reportTexts.date(setting),
                ReportTexts.signer(agreement, unit),
                sheet.nko(),
                sheet.predicate(),
                sheet.colour(),
                texts,
                blocks,
                sheet,
                pk,
                finance.revenue(revenueYear, charts),
                finance.budget(budgetYear, charts),
                awards,
                innovations,
                charts,
                summary(yearly, codes, revenueYear, budgetYear),
                organisation(unit));
    }

    /** Chapter I's unit facts: the area served and the staff tables, as the unit pages keep them. */
    private LakinReport.Organisation organisation(Unit unit) {
        Map<StaffGrouping, List<StaffGroup>> groups = new EnumMap<>(StaffGrouping.class);
        for (StaffGroup g : units.staff(unit.id())) {
            groups.computeIfAbsent(g.grouping(), k -> new ArrayList<>()).add(g);
        }
        List<LakinReport.StaffTable> tables = new ArrayList<>();
        for (var e : groups.entrySet()) {
            int total = e.getValue().stream().mapToInt(StaffGroup::count).sum();
            List<LakinReport.StaffRow> rows = e.getValue().stream()
                    .map(g -> new LakinReport.StaffRow(
                            g.label(),
                            formats.rupiah(BigDecimal.valueOf(g.count())),
                            total == 0
                                    ? "–"
                                    : formats.index(BigDecimal.valueOf(g.count() * 100L)
                                            .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP))))
                    .toList();
            tables.add(new LakinReport.StaffTable(
                    STAFF_TITLES.get(e.getKey()), rows, formats.rupiah(BigDecimal.valueOf(total))));
        }
        return new LakinReport.Organisation(
                unit.area(),
                unit.staffCount() == null ? null : formats.rupiah(BigDecimal.valueOf(unit.staffCount())),
                tables);
    }

    /** The titles of chapter I.C's staff tables, as the LAKIN (an Indonesian document) prints them. */
    private static final Map<StaffGrouping, String> STAFF_TITLES = Map.of(
            StaffGrouping.RANK, "Golongan",
            StaffGrouping.EDUCATION, "Pendidikan",
            StaffGrouping.POSITION, "Jabatan",
            StaffGrouping.GENDER, "Jenis Kelamin",
            StaffGrouping.AGE, "Usia");

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
        // an office without a DIPA tree: the totals of its summary by kind of spending (docs/domain.md §7)
        BudgetYear.Kind kinds = dipa || budget.kinds().isEmpty() ? null : budget.kindsTotal();
        return new LakinReport.Summary(
                colours,
                scored,
                below,
                total == null || total.realization() == null ? null : formats.rupiah(total.realization()),
                total == null || total.target() == null ? null : formats.rupiah(total.target()),
                total == null || total.achievement() == null ? null : formats.index(total.achievement()),
                dipa
                        ? formats.rupiah(budget.dipaTotal().realization())
                        : kinds == null ? null : formats.rupiah(kinds.realization()),
                dipa
                        ? formats.rupiah(budget.dipaTotal().ceiling())
                        : kinds == null ? null : formats.rupiah(kinds.ceiling()),
                dipa && budget.dipaTotal().absorption() != null
                        ? formats.index(budget.dipaTotal().absorption())
                        : kinds == null || kinds.absorption() == null ? null : formats.index(kinds.absorption()));
    }
}
