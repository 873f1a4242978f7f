package id.kinerja.report;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.consistency.Finding;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scorecard.UnitScorecard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the documents as XHTML: a view model from the data (the scores from {@link ScorecardService}, never
 * computed here), filled into the document's Thymeleaf template under {@code templates/report/}. The same XHTML is
 * shown as the HTML preview and rendered to PDF and DOCX. Documents are official Indonesian texts: they are always
 * written in Indonesian, whatever the reader's language. The view models are built by {@link NkoReportBuilder},
 * {@link PkReportBuilder} and {@link LakinBuilder}, filled in by {@link DocumentTemplates}, marked as drafts by
 * {@link ReportDrafts}; {@link ReportTexts} holds what they print alike.
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
    private final LakinBuilder lakin;
    private final NkoReportBuilder nkoReports;
    private final PkReportBuilder pkReports;
    private final DocumentTemplates templates;
    private final ReportDrafts drafts;
    private final ReportTexts texts;
    private final DocumentSignatures signatures;

    ReportService(
            ScorecardService scorecards,
            Units units,
            Agreements agreements,
            FrameworkCatalog frameworks,
            LakinBuilder lakin,
            NkoReportBuilder nkoReports,
            PkReportBuilder pkReports,
            DocumentTemplates templates,
            ReportDrafts drafts,
            ReportTexts texts,
            LakinChartCache charts,
            DocumentSignatures signatures) {
        this.signatures = signatures;
        this.charts = charts;
        this.scorecards = scorecards;
        this.units = units;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.lakin = lakin;
        this.nkoReports = nkoReports;
        this.pkReports = pkReports;
        this.templates = templates;
        this.drafts = drafts;
        this.texts = texts;
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
        NkoReport report = nkoReports.build(card);
        Long draftErrors = drafts.draftErrors(card.unit().code(), year, null);
        String title = texts.text("report.nko.title") + " " + card.unit().name() + " "
                + texts.text("report.period." + period.name()) + " " + year;
        String xhtml = templates.render(
                ReportKind.NKO,
                report,
                title,
                card.unit().name() + " · " + texts.text("report.nko.short") + " "
                        + texts.text("report.period." + period.name()) + " " + year,
                ReportDrafts.draft(draftErrors));
        return new ReportDocument(
                ReportKind.NKO,
                title,
                "NKO-" + safe(card.unit().code()) + "-" + year + "-" + period.name(),
                xhtml,
                () -> xhtml,
                drafts.draftMark(draftErrors));
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
        PkReport report = pkReports.build(unit, agreement, framework);
        String title = texts.text("report.pk.title") + " " + unit.name() + " " + texts.text("report.year") + " " + year;
        String xhtml = templates.render(
                ReportKind.PK,
                report,
                title,
                unit.name() + " · " + texts.text("report.pk.short") + " " + year
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
        LakinReport report = lakin.build(context);
        Unit unit = context.unit();
        String title =
                texts.text("report.lakin.title") + " " + unit.name() + " " + texts.text("report.year") + " " + year;
        String header = unit.name() + " · " + texts.text("report.lakin.short") + " " + year;
        // the check of this LAKIN's figures from the model just built, not from a second one
        List<Finding> own = new ArrayList<>(LakinFigures.contradictions(report));
        own.addAll(signatures.check(unit.code(), year));
        Long draftErrors = drafts.draftErrors(unit.code(), year, own);
        String xhtml = templates.render(
                ReportKind.LAKIN,
                report,
                title,
                header,
                lakinVariables(
                        draftErrors, false, drawn(report, charts.drawer(unit.id(), year, LakinChartCache.Form.SVG))));
        Supplier<String> word = () -> templates.render(
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
                drafts.draftMark(draftErrors));
    }

    private static Map<String, Object> lakinVariables(Long draftErrors, boolean word, Map<String, String> charts) {
        Map<String, Object> out = new HashMap<>(ReportDrafts.draft(draftErrors));
        out.putAll(Map.of("word", word, "pkAnnex", "1", "extraStyle", "report/lakin-style", "charts", charts));
        return out;
    }

    /** The LAKIN's model as {@link #lakin} prints it, not rendered (the consistency check of its figures). */
    @Transactional(readOnly = true)
    LakinReport lakinModel(String unitCode, int year) {
        return lakin.build(scorecards.context(unitCode, year));
    }

    private static Map<String, String> drawn(
            LakinReport report, java.util.function.Function<LakinCharts.Chart, String> draw) {
        Map<String, String> out = new HashMap<>();
        report.charts().forEach((id, chart) -> out.put(id, draw.apply(chart)));
        return out;
    }

    /** A code as it may appear in a file name. */
    static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
