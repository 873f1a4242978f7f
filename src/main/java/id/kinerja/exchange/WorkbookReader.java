package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.exchange.ParsedWorkbook.BudgetMonthRow;
import id.kinerja.exchange.ParsedWorkbook.BudgetRow;
import id.kinerja.exchange.ParsedWorkbook.HistoryRow;
import id.kinerja.exchange.ParsedWorkbook.RealizationRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueMonthRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueRow;
import id.kinerja.exchange.ParsedWorkbook.TargetRow;
import id.kinerja.exchange.ParsedWorkbook.UnitRow;
import id.kinerja.web.NumberParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an exchange workbook into typed rows, collecting every problem instead of stopping at the first.
 *
 * <p>Reading uses the fastexcel streaming reader (a SAX-like pass over the sheet XML: 100,000 rows in well under a
 * second and little memory, where POI's XSSF model would build every cell as an object). Before fastexcel sees the
 * file, {@link WorkbookInspector} walks the zip itself: the empty file, the size limit, an encrypted (OLE2) or
 * non-zip file, and the zip bomb (the bytes actually inflated are counted, so a lying header does not help) are
 * refused there, and merged cells are found (fastexcel does not report them). Each data row becomes its typed row in
 * {@link SheetRows}; this class reads the guide sheet, checks every sheet's header row and limits, and collects.
 *
 * <p>Rules: a formula cell in a value column is refused (its cached result may be stale or absent, and the import
 * must take what the person sees as a value: "Paste Special > Values"); hidden sheets are refused (a hidden sheet's
 * figures would be imported unseen); merged cells in a data sheet are refused (the value belongs to one cell only);
 * a numeric cell is taken as the number it is; a number typed as text in a numeric column is read strictly by the
 * importing user's language ({@code 1.234,56} in Indonesian; see {@link NumberParser}) and refused otherwise; a text cell
 * starting with an apostrophe followed by {@code = + - @} is the export's formula-injection guard and loses the
 * apostrophe.
 */
final class WorkbookReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbookReader.class);

    private final List<ImportProblem> problems = new ArrayList<>();
    private final ImportTexts texts;

    private WorkbookReader(ImportTexts texts) {
        this.texts = texts;
    }

    /**
     * The rows, or the problems (at least one) when the file cannot be imported as it is; {@code texts} resolves
     * the problems in the importing user's language, whose number style also reads numbers written as text.
     */
    static ParsedWorkbook read(byte[] bytes, ImportTexts texts) {
        WorkbookReader reader = new WorkbookReader(texts);
        ParsedWorkbook parsed = reader.parse(bytes);
        if (!reader.problems.isEmpty()) {
            throw new ImportRejectedException(reader.problems);
        }
        return parsed;
    }

    private ParsedWorkbook parse(byte[] bytes) {
        Map<String, List<String>> merged = WorkbookInspector.inspect(bytes, problems, texts);
        if (merged == null) {
            return null;
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = wb.getSheets().toList();
            Map<String, Sheet> byName = new HashMap<>();
            for (Sheet s : sheets) {
                byName.put(s.getName(), s);
                if (s.getVisibility() != SheetVisibility.VISIBLE) {
                    problems.add(texts.sheet(s.getName(), "import.error.hiddenSheet"));
                }
            }
            for (String name : DATA_SHEETS) {
                List<String> ranges = merged.getOrDefault(name, List.of());
                if (!ranges.isEmpty()) {
                    problems.add(texts.sheet(name, "import.error.merged", String.join(", ", ranges)));
                }
            }
            Sheet guide = byName.get(GUIDE);
            String unitCode = null;
            Integer year = null;
            if (guide == null) {
                problems.add(texts.file("import.error.noGuide", GUIDE));
            } else {
                Map<String, Cells> labelled = new HashMap<>();
                try (Stream<Row> rows = guide.openStream()) {
                    rows.limit(200).forEach(r -> {
                        String label = r.getCellCount() > 0 ? plain(r.getCell(0)) : null;
                        if (GUIDE_UNIT.equals(label) || GUIDE_YEAR.equals(label)) {
                            labelled.put(label, new Cells(GUIDE, List.of("Keterangan", "Nilai"), r, problems, texts));
                        }
                    });
                }
                Cells unitRow = labelled.get(GUIDE_UNIT);
                Cells yearRow = labelled.get(GUIDE_YEAR);
                if (unitRow == null || (unitCode = unitRow.text(1, true)) == null) {
                    if (unitRow == null) {
                        problems.add(texts.sheet(GUIDE, "import.error.guideRow", GUIDE_UNIT));
                    }
                }
                if (yearRow == null) {
                    problems.add(texts.sheet(GUIDE, "import.error.guideRow", GUIDE_YEAR));
                } else {
                    year = yearRow.integer(1, true, 2000, 2100);
                }
            }
            List<UnitRow> units = new ArrayList<>();
            List<TargetRow> targets = new ArrayList<>();
            List<RealizationRow> realizations = new ArrayList<>();
            List<HistoryRow> history = new ArrayList<>();
            List<RevenueRow> revenue = new ArrayList<>();
            List<RevenueMonthRow> revenueMonths = new ArrayList<>();
            List<ParsedWorkbook.RevenueNetRow> revenueNets = new ArrayList<>();
            List<ParsedWorkbook.RevenueActivityRow> revenueActivities = new ArrayList<>();
            List<BudgetRow> budget = new ArrayList<>();
            List<BudgetMonthRow> budgetMonths = new ArrayList<>();
            List<ParsedWorkbook.KindRow> kinds = new ArrayList<>();
            List<ParsedWorkbook.KindMonthRow> kindMonths = new ArrayList<>();
            List<ParsedWorkbook.AwardRow> awards = new ArrayList<>();
            List<ParsedWorkbook.InnovationRow> innovations = new ArrayList<>();
            for (String name : DATA_SHEETS) {
                Sheet sheet = byName.get(name);
                if (sheet == null) {
                    if (!OPTIONAL_SHEETS.contains(name)) {
                        problems.add(texts.file("import.error.noSheet", name));
                    }
                    continue;
                }
                readSheet(sheet, name, c -> {
                    switch (name) {
                        case UNITS -> SheetRows.unitRow(c).ifPresent(units::add);
                        case TARGETS -> SheetRows.targetRow(c).ifPresent(targets::add);
                        case REALIZATIONS -> SheetRows.realizationRow(c).ifPresent(realizations::add);
                        case HISTORY -> SheetRows.historyRow(c).ifPresent(history::add);
                        case REVENUE -> SheetRows.revenueRow(c).ifPresent(revenue::add);
                        case REVENUE_MONTHS -> SheetRows.revenueMonthRow(c).ifPresent(revenueMonths::add);
                        case REVENUE_NET -> SheetRows.revenueNetRow(c).ifPresent(revenueNets::add);
                        case REVENUE_ACTIVITIES ->
                            SheetRows.revenueActivityRow(c).ifPresent(revenueActivities::add);
                        case BUDGET -> SheetRows.budgetRow(c).ifPresent(budget::add);
                        case BUDGET_MONTHS -> SheetRows.budgetMonthRow(c).ifPresent(budgetMonths::add);
                        case KINDS -> SheetRows.kindRow(c).ifPresent(kinds::add);
                        case KIND_MONTHS -> SheetRows.kindMonthRow(c).ifPresent(kindMonths::add);
                        case AWARDS -> SheetRows.awardRow(c).ifPresent(awards::add);
                        case INNOVATIONS -> SheetRows.innovationRow(c).ifPresent(innovations::add);
                        default -> throw new IllegalStateException(name);
                    }
                });
            }
            // optional: a workbook exported before the sheet existed imports as before
            List<ParsedWorkbook.PlanningRow> planning = new ArrayList<>();
            Sheet planningSheet = byName.get(PLANNING);
            if (planningSheet != null) {
                readSheet(planningSheet, PLANNING, c -> SheetRows.planningRow(c).ifPresent(planning::add));
            }
            if (year == null) {
                return null;
            }
            return new ParsedWorkbook(
                    unitCode,
                    year,
                    units,
                    targets,
                    realizations,
                    history,
                    revenue,
                    revenueMonths,
                    revenueNets,
                    revenueActivities,
                    budget,
                    budgetMonths,
                    kinds,
                    kindMonths,
                    awards,
                    innovations,
                    planning);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException) {
                throw (ImportRejectedException) e;
            }
            // the parser's own message names its Java classes (com.fasterxml.aalto...): logged, not shown
            LOG.info("Unreadable workbook", e);
            problems.add(texts.file("import.error.unreadable"));
            return null;
        }
    }

    private interface RowSink {
        void accept(Cells cells);
    }

    private void readSheet(Sheet sheet, String name, RowSink sink) throws IOException {
        List<String> headers = headers(name);
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            boolean headerSeen = false;
            int dataRows = 0;
            while (it.hasNext()) {
                Row row = it.next();
                if (!headerSeen) {
                    headerSeen = true;
                    if (row.getRowNum() != 1) {
                        problems.add(texts.sheet(name, "import.error.headerRow"));
                        return;
                    }
                    boolean ok = true;
                    // a revenue sheet of the older layout (no Tahun column): read, every row as the workbook's year
                    int checked = REVENUE.equals(name)
                                    && (row.getCellCount() <= REVENUE_HEADERS_WITHOUT_YEAR.size()
                                            || plain(row.getCell(REVENUE_HEADERS_WITHOUT_YEAR.size())) == null)
                            ? REVENUE_HEADERS_WITHOUT_YEAR.size()
                            : headers.size();
                    for (int i = 0; i < checked; i++) {
                        String found = i < row.getCellCount() ? plain(row.getCell(i)) : null;
                        if (!headers.get(i).equals(found == null ? null : found.trim())) {
                            problems.add(texts.problem(
                                    name,
                                    1,
                                    column(i),
                                    null,
                                    "import.error.header",
                                    found == null ? "" : found,
                                    headers.get(i)));
                            ok = false;
                        }
                    }
                    if (!ok) {
                        return;
                    }
                    continue;
                }
                if (isEmpty(row)) {
                    continue;
                }
                if (++dataRows > MAX_ROWS_PER_SHEET) {
                    problems.add(texts.sheet(name, "import.error.tooManyRows", MAX_ROWS_PER_SHEET));
                    return;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    return;
                }
                sink.accept(new Cells(name, headers, row, problems, texts));
            }
            if (!headerSeen) {
                problems.add(texts.sheet(name, "import.error.emptySheet"));
            }
        }
    }

    private static boolean isEmpty(Row row) {
        for (Cell c : row) {
            if (c != null
                    && c.getType() != org.dhatim.fastexcel.reader.CellType.EMPTY
                    && !(c.getType() == org.dhatim.fastexcel.reader.CellType.STRING
                            && c.getText().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static String plain(Cell c) {
        if (c == null || c.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
            return null;
        }
        return c.getText();
    }

    /** Reads an InputStream fully up to the limit plus one byte (so an oversized upload is recognised). */
    static byte[] readLimited(InputStream in) throws IOException {
        return in.readNBytes((int) MAX_FILE_BYTES + 1);
    }
}
