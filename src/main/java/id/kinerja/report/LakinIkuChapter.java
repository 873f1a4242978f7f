package id.kinerja.report;

import id.kinerja.agreement.PlanningReference;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.framework.StrategicObjective;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeSections;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.Target;
import id.kinerja.web.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The LAKIN's chapter on one IKU ({@link LakinReport.Iku}): the seven periods against the agreed targets, the past
 * years from the IKU history with their trend chart, the planning references and the office's prose blocks.
 */
@Component
class LakinIkuChapter {

    private final Formats formats;
    private final ReportTexts reportTexts;

    LakinIkuChapter(Formats formats, ReportTexts reportTexts) {
        this.formats = formats;
        this.reportTexts = reportTexts;
    }

    LakinReport.Iku iku(
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
            String scoredAgainst =
                    scored != null && !scored.sameAs(agreed) ? reportTexts.target(scored, i.unit()) : null;
            cells.add(new LakinReport.PeriodCell(
                    p.name(),
                    reportTexts.target(agreed, i.unit()),
                    scoredAgainst,
                    s == null ? "–" : reportTexts.value(s.realization(), i.unit()),
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
                    e.year(), reportTexts.value(e.realization(), i.unit()), formats.index(e.index()), e.note(), false));
            years.add(String.valueOf(e.year()));
            values.add(e.realization());
            indexes.add(e.index());
        }
        rows.add(new LakinReport.YearRow(
                year, reportTexts.value(y.realization(), i.unit()), formats.index(y.index()), null, true));
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
                nationalStandard(reference, i.unit()),
                note,
                blocks,
                chartId);
    }

    /**
     * "Renstra DJP 100,00 · RPJMN tidak ditetapkan" as the office recorded them (a document that sets no target for
     * the IKU is recorded as such), or null when nothing is recorded for the IKU's year: the consistency check then
     * names the IKU page where to enter them, and the document is a draft.
     */
    private String planningTargets(PlanningReference r, MeasurementUnit unit) {
        if (r == null) {
            return null;
        }
        return "Renstra DJP "
                + (r.renstraTarget() == null ? "tidak ditetapkan" : reportTexts.value(r.renstraTarget(), unit))
                + " · RPJMN "
                + (r.rpjmnTarget() == null ? "tidak ditetapkan" : reportTexts.value(r.rpjmnTarget(), unit));
    }

    /** The national standard as recorded ("tidak ada" when the office recorded none), null when nothing is recorded. */
    private String nationalStandard(PlanningReference r, MeasurementUnit unit) {
        if (r == null) {
            return null;
        }
        return r.nationalStandard() == null ? "tidak ada" : reportTexts.value(r.nationalStandard(), unit);
    }

    private String target(IndicatorScore s, MeasurementUnit unit) {
        return reportTexts.target(s.target(), unit);
    }
}
