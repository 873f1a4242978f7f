package id.kinerja.report;

import id.kinerja.budget.BudgetService;
import id.kinerja.budget.BudgetYear;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueYear;
import id.kinerja.web.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The LAKIN's revenue and budget (DIPA) chapters with their charts, from the figures their modules compute. */
@Component
class LakinFinanceChapter {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private final Formats formats;

    LakinFinanceChapter(Formats formats) {
        this.formats = formats;
    }

    /** Revenue as the revenue module computes it ({@link RevenueService#year}); amounts printed in billions. */
    LakinReport.Revenue revenue(RevenueYear y, Map<String, LakinCharts.Chart> charts) {
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
        String net = null;
        if (y.reported() != null && y.reported().hasGross()) {
            net = "Penerimaan neto tahun " + y.year() + " sebesar Rp"
                    + formats.rupiah(y.reported().realization())
                    + " adalah penerimaan bruto Rp"
                    + formats.rupiah(y.reported().gross())
                    + " dikurangi restitusi (pengembalian) Rp"
                    + formats.rupiah(y.reported().refunds()) + ".";
        }
        return new LakinReport.Revenue(rows, total, history, chartId, note, net);
    }

    /** The name of the budget module's remainder row under a line its recorded children do not add up to. */
    static final String UNITEMISED = "Rincian lain yang tidak tercatat";

    /** The DIPA as the budget module computes it ({@link BudgetService#year}). */
    LakinReport.Budget budget(BudgetYear y, Map<String, LakinCharts.Chart> charts) {
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
        // each kind as entered against the DIPA lines carrying it (BudgetYear.KindCheck)
        List<String> kindNotes = y.kindMismatches().stream()
                .map(k -> "Jenis belanja " + k.kind() + " (" + k.name() + ") yang dilaporkan (pagu "
                        + formats.rupiah(k.ceiling()) + ", realisasi " + formats.rupiah(k.realization())
                        + ") berbeda dari jumlah " + k.lineCount() + " baris DIPA berjenis " + k.kind() + " (pagu "
                        + formats.rupiah(k.linesCeiling()) + ", realisasi " + formats.rupiah(k.linesRealization())
                        + ").")
                .toList();
        return new LakinReport.Budget(lines, dipa, kinds, total, chartId, note, kindNotes);
    }

    private static BigDecimal billions(BigDecimal rupiah) {
        return rupiah == null ? null : rupiah.divide(BILLION, MathContext.DECIMAL64);
    }

    private static BigDecimal millions(BigDecimal rupiah) {
        return rupiah == null ? null : rupiah.divide(BigDecimal.valueOf(1_000_000L), MathContext.DECIMAL64);
    }
}
