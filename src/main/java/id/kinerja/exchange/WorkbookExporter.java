package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Unit;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.TaxType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a unit's year as the exchange workbook.
 *
 * <p>Library: fastexcel (writer) rather than POI. It streams rows straight to the zip (constant memory, several
 * times faster than XSSF for large sheets, see docs/benchmarks.md), and it has what the workbook needs: list data
 * validation (drop-downs), frozen panes, column widths, bold headers. POI is used only by the tests, to build the
 * broken workbooks that fastexcel would refuse to write (merged value cells, formulas, hidden sheets, encryption).
 *
 * <p>Every text cell goes through {@link #safe}: a value starting with {@code = + - @}, a tab or a carriage return is
 * written with a leading apostrophe, so that no spreadsheet program runs it as a formula (formula injection); the
 * import removes that apostrophe again.
 *
 * <p>Each sheet has its writer ({@link GuideSheetWriter}, {@link ListSheetWriter}, {@link UnitSheetWriter},
 * {@link TargetSheetWriter}, {@link RealizationSheetWriter}, {@link HistorySheetWriter}, {@link RevenueSheetWriter},
 * {@link BudgetSheetWriter}, sharing {@link ExportCells}); this class orders them in one workbook.
 */
@Service
public class WorkbookExporter {

    private final Agreements agreements;
    private final RevenueService revenue;
    private final FrameworkCatalog frameworks;
    private final GuideSheetWriter guide;
    private final ListSheetWriter lists;
    private final UnitSheetWriter unitSheet;
    private final TargetSheetWriter targetSheet;
    private final RealizationSheetWriter realizationSheet;
    private final HistorySheetWriter historySheet;
    private final PlanningSheetWriter planningSheet;
    private final RevenueSheetWriter revenueSheets;
    private final BudgetSheetWriter budgetSheets;
    private final RecognitionSheetWriter recognitionSheets;

    WorkbookExporter(
            Agreements agreements,
            RevenueService revenue,
            FrameworkCatalog frameworks,
            GuideSheetWriter guide,
            ListSheetWriter lists,
            UnitSheetWriter unitSheet,
            TargetSheetWriter targetSheet,
            RealizationSheetWriter realizationSheet,
            HistorySheetWriter historySheet,
            PlanningSheetWriter planningSheet,
            RevenueSheetWriter revenueSheets,
            BudgetSheetWriter budgetSheets,
            RecognitionSheetWriter recognitionSheets) {
        this.agreements = agreements;
        this.revenue = revenue;
        this.frameworks = frameworks;
        this.guide = guide;
        this.lists = lists;
        this.unitSheet = unitSheet;
        this.targetSheet = targetSheet;
        this.realizationSheet = realizationSheet;
        this.historySheet = historySheet;
        this.planningSheet = planningSheet;
        this.revenueSheets = revenueSheets;
        this.budgetSheets = budgetSheets;
        this.recognitionSheets = recognitionSheets;
    }

    /** A text cell value made safe against formula injection. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The workbook of a unit (and the units under it in the Unit sheet) for a year. */
    @Transactional(readOnly = true)
    public byte[] export(Unit unit, int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(unit, year, out);
        return out.toByteArray();
    }

    /** The file name of the export, e.g. {@code kinerja-KPP-KUPANG-2024.xlsx}. */
    public static String fileName(Unit unit, int year) {
        return "kinerja-" + unit.code().replaceAll("[^A-Za-z0-9-]", "_") + "-" + year + ".xlsx";
    }

    void write(Unit unit, int year, OutputStream out) {
        PerformanceAgreement pk = agreements.findCurrent(unit.id(), year).orElse(null);
        Framework framework = pk != null ? frameworks.framework(pk.frameworkVersionId()) : frameworkOfYear(year);
        List<TaxType> taxTypes = revenue.taxTypes();
        try {
            Workbook wb = new Workbook(out, "Kinerja", "1.0");
            guide.write(wb.newWorksheet(GUIDE), unit, year, pk);
            int ikuCount = lists.write(wb.newWorksheet(LISTS), framework, taxTypes);
            int taxCount = taxTypes.size();
            unitSheet.write(wb.newWorksheet(UNITS), unit);
            targetSheet.write(wb.newWorksheet(TARGETS), unit, pk, framework, ikuCount);
            realizationSheet.write(wb.newWorksheet(REALIZATIONS), unit, year, framework, ikuCount);
            historySheet.write(wb.newWorksheet(HISTORY), unit, year, ikuCount);
            planningSheet.write(wb.newWorksheet(PLANNING), unit, year, pk, framework, ikuCount);
            revenueSheets.write(
                    wb.newWorksheet(REVENUE), wb.newWorksheet(REVENUE_MONTHS), unit, year, taxTypes, taxCount);
            revenueSheets.writeFigures(wb.newWorksheet(REVENUE_NET), wb.newWorksheet(REVENUE_ACTIVITIES), unit);
            budgetSheets.write(wb.newWorksheet(BUDGET), wb.newWorksheet(BUDGET_MONTHS), unit, year);
            recognitionSheets.writeKinds(wb.newWorksheet(KINDS), wb.newWorksheet(KIND_MONTHS), unit, year);
            recognitionSheets.writeRecognitions(wb.newWorksheet(AWARDS), wb.newWorksheet(INNOVATIONS), unit, year);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Framework frameworkOfYear(int year) {
        return frameworks.all().stream()
                .filter(v -> v.year() == year)
                .reduce((a, b) -> b)
                .map(v -> frameworks.framework(v.id()))
                .orElse(null);
    }
}
