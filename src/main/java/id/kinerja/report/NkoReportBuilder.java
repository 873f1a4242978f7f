package id.kinerja.report;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Perspective;
import id.kinerja.framework.Predicate;
import id.kinerja.framework.PredicateScale;
import id.kinerja.framework.StrategicObjective;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.ReportedIndex;
import id.kinerja.scorecard.UnitScorecard;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.ObjectiveScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.TraceLine;
import id.kinerja.web.Formats;
import id.kinerja.web.TraceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The NKO report's view model ({@link NkoReport}) from a unit's scorecard: also the LAKIN's NKO sheet. */
@Component
class NkoReportBuilder {

    private final RealizationQueries reportedIndexes;
    private final Formats formats;
    private final TraceText trace;
    private final ReportTexts texts;
    private final DocumentSettings settings;

    NkoReportBuilder(
            RealizationQueries reportedIndexes,
            Formats formats,
            MessageSource messages,
            ReportTexts texts,
            DocumentSettings settings) {
        this.settings = settings;
        this.reportedIndexes = reportedIndexes;
        this.formats = formats;
        this.trace = new TraceText(messages);
        this.texts = texts;
    }

    NkoReport build(UnitScorecard card) {
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
                notes.add(
                        new NkoReport.Note(ps.name(), texts.text("report.note.excluded"), reason(ps.excludedReason())));
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
                            os.code() + " " + os.name(),
                            texts.text("report.note.excluded"),
                            reason(os.excludedReason())));
                }
                for (IndicatorScore is : sc.indicators()) {
                    if (!is.objectiveCode().equals(o.code())) {
                        continue;
                    }
                    Indicator iku = framework.indicator(is.code());
                    MeasurementUnit unit = iku == null ? null : iku.unit();
                    String excluded = is.excluded() == null
                            ? null
                            : texts.text(is.excluded().key());
                    ReportedIndex office = reported.get(is.code());
                    boolean contradicted = office != null && office.contradictedBy(is.index());
                    if (contradicted) {
                        reportedNotes.add(
                                is.index() == null
                                        ? texts.text(
                                                "report.reportedIndex.unscored",
                                                is.code(),
                                                formats.index(office.reported()))
                                        : texts.text(
                                                "report.reportedIndex.note",
                                                is.code(),
                                                formats.index(office.reported()),
                                                formats.index(is.index())));
                    }
                    rows.add(new NkoReport.Row(
                            NkoReport.Level.INDICATOR,
                            is.code(),
                            is.name(),
                            texts.target(is.target(), unit),
                            texts.value(is.realization(), unit),
                            is.realizationDerived(),
                            formats.index(is.weight()),
                            formats.index(is.normalisedWeight()),
                            formats.index(is.index()),
                            is.colour() == null ? null : is.colour().name(),
                            is.colour() == null ? null : is.colour().label(),
                            excluded,
                            contradicted
                                    ? texts.text("report.reportedIndex.mark", formats.index(office.reported()))
                                    : null));
                    if (excluded != null) {
                        notes.add(new NkoReport.Note(
                                is.code() + " " + is.name(), texts.text("report.note.excluded"), excluded));
                    }
                    for (String w : trace.lines(is.warnings(), ReportService.INDONESIAN)) {
                        notes.add(
                                new NkoReport.Note(is.code() + " " + is.name(), texts.text("report.note.warning"), w));
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
        DocumentSetting setting = settings.find(card.unit().id(), card.year(), ReportKind.NKO, sc.period());
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
                DocumentSettings.place(setting, a, card.unit()),
                texts.date(setting),
                ReportTexts.signer(a, card.unit()));
    }

    private String condition(Predicate p) {
        if (p.lowerBound() == null) {
            return texts.text("report.scale.other");
        }
        return "NKO " + (p.lowerInclusive() ? "≥ " : "> ") + formats.index(p.lowerBound());
    }

    /** An SS's or perspective's reason for being left out, in Indonesian; null when scored. */
    private String reason(TraceLine reason) {
        return reason == null ? null : trace.text(reason, ReportService.INDONESIAN);
    }
}
