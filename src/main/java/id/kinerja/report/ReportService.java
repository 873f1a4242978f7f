package id.kinerja.report;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.consistency.CheckAcceptanceService;
import id.kinerja.consistency.Finding;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.framework.Perspective;
import id.kinerja.framework.Predicate;
import id.kinerja.framework.PredicateScale;
import id.kinerja.framework.StrategicObjective;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.ObjectiveScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.Target;
import id.kinerja.scoring.TraceLine;
import id.kinerja.web.Formats;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.TraceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds the documents as XHTML: a view model from the data (the scores from {@link ScorecardService}, never
 * computed here), filled into the document's Thymeleaf template under {@code templates/report/}. The same XHTML is
 * shown as the HTML preview and rendered to PDF and DOCX. Documents are official Indonesian texts: they are always
 * written in Indonesian, whatever the reader's language.
 */
@Service
public class ReportService {

    /** The language of the documents. */
    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final LakinChartCache charts;
    private final ScorecardService scorecards;
    private final Units units;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;
    private final Formats formats;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LakinBuilder lakin;
    private final TraceText trace;
    private final TimeFormats times;
    private final CheckAcceptanceService drafts;
    private final RealizationQueries reportedIndexes;

    ReportService(
            ScorecardService scorecards,
            Units units,
            Agreements agreements,
            FrameworkCatalog frameworks,
            Formats formats,
            ITemplateEngine templates,
            MessageSource messages,
            LakinBuilder lakin,
            TimeFormats times,
            CheckAcceptanceService drafts,
            RealizationQueries reportedIndexes,
            LakinChartCache charts) {
        this.charts = charts;
        this.drafts = drafts;
        this.reportedIndexes = reportedIndexes;
        this.lakin = lakin;
        this.times = times;
        this.scorecards = scorecards;
        this.units = units;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.formats = formats;
        this.templates = templates;
        this.messages = messages;
        this.trace = new TraceText(messages);
    }

    /**
     * The NKO report of a unit for a year and period.
     *
     * @throws ReportNotFoundException when the unit or its agreement for the year does not exist
     */
    @Transactional(readOnly = true)
    public ReportDocument nko(String unitCode, int year, Period period) {
        UnitScorecard card;
        try {
            card = scorecards.score(unitCode, year, period);
        } catch (ScorecardNotFoundException e) {
            throw new ReportNotFoundException(e.getMessage());
        }
        NkoReport report = nkoReport(card);
        Long draftErrors = draftErrors(card.unit().code(), year, null);
        String title = text("report.nko.title") + " " + card.unit().name() + " "
                + text("report.period." + period.name()) + " " + year;
        String xhtml = render(
                ReportKind.NKO,
                report,
                title,
                card.unit().name() + " · " + text("report.nko.short") + " " + text("report.period." + period.name())
                        + " " + year,
                draft(draftErrors));
        return new ReportDocument(
                ReportKind.NKO,
                title,
                "NKO-" + safe(card.unit().code()) + "-" + year + "-" + period.name(),
                xhtml,
                () -> xhtml,
                draftMark(draftErrors));
    }

    /**
     * The PK document: the agreement in force of a unit for a year.
     *
     * @throws ReportNotFoundException when the unit or its agreement for the year does not exist
     */
    @Transactional(readOnly = true)
    public ReportDocument pk(String unitCode, int year) {
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new ReportNotFoundException("Unit tidak dikenal: " + unitCode));
        PerformanceAgreement agreement = agreements
                .findCurrent(unit.id(), year)
                .orElseThrow(() ->
                        new ReportNotFoundException("Tidak ada perjanjian kinerja " + unitCode + " tahun " + year));
        Framework framework = frameworks.framework(agreement.frameworkVersionId());
        PkReport report = pkReport(unit, agreement, framework);
        String title = text("report.pk.title") + " " + unit.name() + " " + text("report.year") + " " + year;
        String xhtml = render(
                ReportKind.PK,
                report,
                title,
                unit.name() + " · " + text("report.pk.short") + " " + year
                        + (agreement.number() == null ? "" : " · " + agreement.number()));
        return new ReportDocument(ReportKind.PK, title, "PK-" + safe(unit.code()) + "-" + year, xhtml);
    }

    /**
     * Any document by kind: what the batch export and the API call. {@code period} matters for the NKO report only.
     *
     * @throws ReportNotFoundException when the unit or its agreement for the year does not exist
     */
    public ReportDocument document(ReportKind kind, String unitCode, int year, Period period) {
        return switch (kind) {
            case NKO -> nko(unitCode, year, period);
            case PK -> pk(unitCode, year);
            case LAKIN -> lakin(unitCode, year);
        };
    }

    /**
     * The LAKIN (yearly performance report) of a unit: the scores of every period, the NKO sheet, the PK, revenue,
     * budget, awards and the office's prose. The XHTML embeds the charts as SVG; the Word version (built only for a
     * DOCX) embeds them as PNG and leaves the table of contents to a Word field.
     *
     * @throws ReportNotFoundException when the unit or its agreement for the year does not exist
     */
    @Transactional(readOnly = true)
    public ReportDocument lakin(String unitCode, int year) {
        ScoringContext context;
        try {
            context = scorecards.context(unitCode, year);
        } catch (ScorecardNotFoundException e) {
            throw new ReportNotFoundException(e.getMessage());
        }
        LakinReport report = lakin.build(context, this, this::unitName);
        Unit unit = context.unit();
        String title = text("report.lakin.title") + " " + unit.name() + " " + text("report.year") + " " + year;
        String header = unit.name() + " · " + text("report.lakin.short") + " " + year;
        // the check of this LAKIN's figures from the model just built, not from a second one
        Long draftErrors = draftErrors(unit.code(), year, LakinFigures.contradictions(report));
        String xhtml = render(
                ReportKind.LAKIN,
                report,
                title,
                header,
                lakinVariables(
                        draftErrors, false, drawn(report, charts.drawer(unit.id(), year, LakinChartCache.Form.SVG))));
        Supplier<String> word = () -> render(
                ReportKind.LAKIN,
                report,
                title,
                header,
                lakinVariables(
                        draftErrors, true, drawn(report, charts.drawer(unit.id(), year, LakinChartCache.Form.PNG))));
        return new ReportDocument(
                ReportKind.LAKIN,
                title,
                "LAKIN-" + safe(unit.code()) + "-" + year,
                xhtml,
                word,
                draftMark(draftErrors));
    }

    private static Map<String, Object> lakinVariables(Long draftErrors, boolean word, Map<String, String> charts) {
        Map<String, Object> out = new HashMap<>(draft(draftErrors));
        out.putAll(Map.of("word", word, "pkAnnex", "1", "extraStyle", "report/lakin-style", "charts", charts));
        return out;
    }

    /**
     * The number of consistency-check errors that make a unit's year's LAKIN and NKO report drafts (neither fixed nor
     * accepted by the head, {@link CheckAcceptanceService}), or null when they are not drafts.
     */
    private Long draftErrors(String unitCode, int year, List<Finding> documentFindings) {
        CheckAcceptanceService.Status status;
        try {
            status = documentFindings == null
                    ? drafts.status(unitCode, year)
                    : drafts.status(unitCode, year, documentFindings);
        } catch (ScorecardNotFoundException e) {
            throw new ReportNotFoundException(e.getMessage());
        }
        return status.draft() ? status.errors() : null;
    }

    /** The template variable of a draft: {@code draftErrors}, the count the draft line names (absent when none). */
    private static Map<String, Object> draft(Long draftErrors) {
        return draftErrors == null ? Map.of() : Map.of("draftErrors", draftErrors);
    }

    private String draftMark(Long draftErrors) {
        return draftErrors == null ? null : text("report.draft.mark");
    }

    /** The LAKIN's model as {@link #lakin} prints it, not rendered (the consistency check of its figures). */
    @Transactional(readOnly = true)
    LakinReport lakinModel(String unitCode, int year) {
        return lakin.build(scorecards.context(unitCode, year), this, this::unitName);
    }

    private static Map<String, String> drawn(
            LakinReport report, java.util.function.Function<LakinCharts.Chart, String> draw) {
        Map<String, String> out = new HashMap<>();
        report.charts().forEach((id, chart) -> out.put(id, draw.apply(chart)));
        return out;
    }

    NkoReport nkoReport(UnitScorecard card) {
        Framework framework = card.framework();
        Scorecard sc = card.scorecard();
        List<NkoReport.Row> rows = new ArrayList<>();
        List<NkoReport.Note> notes = new ArrayList<>();
        // the indexes the office reported at import for this period: marked where the engine's contradicts them
        Map<String, ReportedIndex> reported = new HashMap<>();
        for (ReportedIndex r : reportedIndexes.reportedIndexes(card.unit().id(), card.year())) {
            if (r.period() == sc.period()) {
                reported.put(r.indicatorCode(), r);
            }
        }
        List<String> reportedNotes = new ArrayList<>();
        for (Perspective p : framework.perspectives()) {
            PerspectiveScore ps = sc.perspective(p.code());
            if (ps == null) {
                continue;
            }
            rows.add(new NkoReport.Row(
                    NkoReport.Level.PERSPECTIVE,
                    null,
                    ps.name(),
                    null,
                    null,
                    false,
                    formats.index(ps.weight()),
                    formats.index(ps.normalisedWeight()),
                    formats.index(ps.index()),
                    null,
                    null,
                    reason(ps.excludedReason()),
                    null));
            if (ps.excludedReason() != null) {
                notes.add(new NkoReport.Note(ps.name(), text("report.note.excluded"), reason(ps.excludedReason())));
            }
            for (StrategicObjective o : framework.objectivesOf(p.code())) {
                ObjectiveScore os = sc.objective(o.code());
                if (os == null) {
                    continue;
                }
                rows.add(new NkoReport.Row(
                        NkoReport.Level.OBJECTIVE,
                        os.code(),
                        os.name(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        formats.index(os.index()),
                        null,
                        null,
                        reason(os.excludedReason()),
                        null));
                if (os.excludedReason() != null) {
                    notes.add(new NkoReport.Note(
                            os.code() + " " + os.name(), text("report.note.excluded"), reason(os.excludedReason())));
                }
                for (IndicatorScore is : sc.indicators()) {
                    if (!is.objectiveCode().equals(o.code())) {
                        continue;
                    }
                    Indicator iku = framework.indicator(is.code());
                    MeasurementUnit unit = iku == null ? null : iku.unit();
                    String excluded =
                            is.excluded() == null ? null : text(is.excluded().key());
                    ReportedIndex office = reported.get(is.code());
                    boolean contradicted = office != null && office.contradictedBy(is.index());
                    if (contradicted) {
                        reportedNotes.add(
                                is.index() == null
                                        ? text(
                                                "report.reportedIndex.unscored",
                                                is.code(),
                                                formats.index(office.reported()))
                                        : text(
                                                "report.reportedIndex.note",
                                                is.code(),
                                                formats.index(office.reported()),
                                                formats.index(is.index())));
                    }
                    rows.add(new NkoReport.Row(
                            NkoReport.Level.INDICATOR,
                            is.code(),
                            is.name(),
                            target(is.target(), unit),
                            value(is.realization(), unit),
                            is.realizationDerived(),
                            formats.index(is.weight()),
                            formats.index(is.normalisedWeight()),
                            formats.index(is.index()),
                            is.colour() == null ? null : is.colour().name(),
                            is.colour() == null ? null : is.colour().label(),
                            excluded,
                            contradicted ? text("report.reportedIndex.mark", formats.index(office.reported())) : null));
                    if (excluded != null) {
                        notes.add(new NkoReport.Note(
                                is.code() + " " + is.name(), text("report.note.excluded"), excluded));
                    }
                    for (String w : trace.lines(is.warnings(), INDONESIAN)) {
                        notes.add(new NkoReport.Note(is.code() + " " + is.name(), text("report.note.warning"), w));
                    }
                }
            }
        }
        PredicateScale scale = framework.predicateScale();
        List<NkoReport.ScaleRow> scaleRows = scale == null
                ? List.of()
                : scale.predicates().stream()
                        .map(p -> new NkoReport.ScaleRow(p.name(), condition(p)))
                        .toList();
        FrameworkVersion v = card.frameworkVersion();
        PerformanceAgreement a = card.agreement();
        return new NkoReport(
                card.unit().name(),
                card.unit().code(),
                card.year(),
                sc.period(),
                framework.name(),
                v.version(),
                a.number(),
                a.version(),
                formats.index(sc.nko()),
                sc.predicate() == null ? null : sc.predicate().name(),
                sc.colour() == null ? null : sc.colour().name(),
                scaleRows,
                scale != null && scale.assumption(),
                scale == null ? null : scale.note(),
                rows,
                notes,
                reportedNotes,
                place(a, card.unit()),
                today(),
                party(a.firstParty()));
    }

    PkReport pkReport(Unit unit, PerformanceAgreement a, Framework framework) {
        Map<String, PerformanceAgreement.Indicator> agreed = new HashMap<>();
        a.indicators().forEach(i -> agreed.put(i.code(), i));
        List<PkReport.MapRow> map = new ArrayList<>();
        List<PkReport.TargetRow> targets = new ArrayList<>();
        for (Perspective p : framework.perspectives()) {
            boolean firstOfPerspective = true;
            for (StrategicObjective o : framework.objectivesOf(p.code())) {
                boolean firstOfObjective = true;
                for (Indicator iku : framework.indicatorsOf(o.code())) {
                    PerformanceAgreement.Indicator chosen = agreed.get(iku.code());
                    if (chosen == null) {
                        continue;
                    }
                    map.add(new PkReport.MapRow(
                            firstOfPerspective ? p.name() : null,
                            firstOfObjective ? o.code() : null,
                            firstOfObjective ? o.name() : null,
                            iku.code(),
                            iku.name(),
                            unitName(iku.unit())));
                    firstOfPerspective = false;
                    firstOfObjective = false;
                    List<String> cells = Arrays.stream(Period.values())
                            .map(per -> target(chosen.targets().get(per), iku.unit()))
                            .toList();
                    targets.add(new PkReport.TargetRow(
                            iku.code(), iku.name(), unitName(iku.unit()), formats.index(chosen.weight()), cells));
                }
            }
        }
        List<PkReport.BudgetRow> budget = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PerformanceAgreement.BudgetItem b : a.budget()) {
            boolean top = b.code() == null || !b.code().contains(".");
            budget.add(new PkReport.BudgetRow(b.code(), b.name(), formats.rupiah(b.amount()), top));
            if (top && b.amount() != null) {
                total = total.add(b.amount());
            }
        }
        return new PkReport(
                unit.name(),
                unit.code(),
                a.year(),
                a.number(),
                a.date() == null ? null : formats.date(a.date()),
                a.place(),
                a.version(),
                a.status().name(),
                framework.name(),
                party(a.firstParty()),
                party(a.secondParty()),
                map,
                Arrays.stream(Period.values()).map(Period::name).toList(),
                targets,
                budget,
                a.budget().isEmpty() ? null : formats.rupiah(total));
    }

    /** Where a document is signed: the agreement's place, else the unit's area (office data); null when neither. */
    static String place(PerformanceAgreement a, Unit unit) {
        return a.signingPlace(unit.area());
    }

    /** The signing date of a report made now, in Indonesian ("3 Desember 2026"). */
    String today() {
        return formats.date(times.today());
    }

    private static PkReport.Party party(PerformanceAgreement.Party p) {
        return p == null ? new PkReport.Party(null, null) : new PkReport.Party(p.name(), p.position());
    }

    private String condition(Predicate p) {
        if (p.lowerBound() == null) {
            return text("report.scale.other");
        }
        return "NKO " + (p.lowerInclusive() ? "≥ " : "> ") + formats.index(p.lowerBound());
    }

    private String unitName(MeasurementUnit unit) {
        return unit == null ? "" : text("report.unit." + unit.name());
    }

    /** A target in the unit's format; a range as "lower – upper"; a dash when none. */
    private String target(Target t, MeasurementUnit unit) {
        if (t == null) {
            return "–";
        }
        return t.upper() == null ? value(t.value(), unit) : value(t.value(), unit) + " – " + value(t.upper(), unit);
    }

    /** Rupiah and whole counts without decimals, percentages and indexes with two. */
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

    /**
     * Fills a document's template: {@code r} the view model, {@code title}, {@code pageSize} and {@code css}, the
     * texts of the page margins (running header, footer, "Halaman n dari m") as quoted CSS strings. Amounts and
     * numbers with their unit are then kept on one line ({@link Unbreakable}).
     */
    private String render(ReportKind kind, Object report, String title, String header) {
        return render(kind, report, title, header, Map.of());
    }

    private String render(ReportKind kind, Object report, String title, String header, Map<String, Object> extra) {
        Context context = new Context(INDONESIAN);
        extra.forEach(context::setVariable);
        context.setVariable("r", report);
        context.setVariable("title", title);
        context.setVariable("pageSize", kind.pageSize());
        context.setVariable(
                "css",
                Map.of(
                        "header",
                        cssString(header),
                        "footer",
                        cssString(text("report.generatedBy")),
                        "page",
                        cssString(text("report.page") + " "),
                        "of",
                        cssString(" " + text("report.of") + " "),
                        "draft",
                        cssString(text("report.draft.mark"))));
        return Unbreakable.noBreakSpaces(templates.process(kind.template(), context));
    }

    /** A text as a quoted CSS string: quotes, backslashes, line breaks, '<' and '&' escaped (it sits in XHTML). */
    static String cssString(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '"' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append("\\A ");
                case '<' -> b.append("\\3C ");
                case '&' -> b.append("\\26 ");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** An SS's or perspective's reason for being left out, in Indonesian; null when scored. */
    private String reason(TraceLine reason) {
        return reason == null ? null : trace.text(reason, INDONESIAN);
    }

    private String text(String key) {
        return messages.getMessage(key, null, INDONESIAN);
    }

    /** A text with its arguments (already formatted in Indonesian). */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }

    /** A code as it may appear in a file name. */
    static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
