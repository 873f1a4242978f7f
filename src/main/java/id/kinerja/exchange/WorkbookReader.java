package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetLevel;
import id.kinerja.exchange.ParsedWorkbook.BudgetMonthRow;
import id.kinerja.exchange.ParsedWorkbook.BudgetRow;
import id.kinerja.exchange.ParsedWorkbook.HistoryRow;
import id.kinerja.exchange.ParsedWorkbook.RealizationRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueMonthRow;
import id.kinerja.exchange.ParsedWorkbook.RevenueRow;
import id.kinerja.exchange.ParsedWorkbook.TargetRow;
import id.kinerja.exchange.ParsedWorkbook.UnitRow;
import id.kinerja.framework.Period;
import id.kinerja.organisation.UnitType;
import id.kinerja.web.NumberParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
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
 * file, {@link #inspect} walks the zip itself: the empty file, the size limit, an encrypted (OLE2) or non-zip file,
 * and the zip bomb (the bytes actually inflated are counted, so a lying header does not help) are refused there, and
 * merged cells are found (fastexcel does not report them).
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

    private static final Pattern SHEET_ELEMENT = Pattern.compile("<(?:\\w+:)?sheet\\s[^>]*>");
    private static final Pattern REL_ELEMENT = Pattern.compile("<Relationship\\s[^>]*>");
    private static final Pattern MERGE = Pattern.compile("<(?:\\w+:)?mergeCell\\s+ref=\"([A-Z0-9:]+)\"");

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
        Map<String, List<String>> merged = inspect(bytes);
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
            List<BudgetRow> budget = new ArrayList<>();
            List<BudgetMonthRow> budgetMonths = new ArrayList<>();
            for (String name : DATA_SHEETS) {
                Sheet sheet = byName.get(name);
                if (sheet == null) {
                    problems.add(texts.file("import.error.noSheet", name));
                    continue;
                }
                readSheet(sheet, name, c -> {
                    switch (name) {
                        case UNITS -> unitRow(c).ifPresent(units::add);
                        case TARGETS -> targetRow(c).ifPresent(targets::add);
                        case REALIZATIONS -> realizationRow(c).ifPresent(realizations::add);
                        case HISTORY -> historyRow(c).ifPresent(history::add);
                        case REVENUE -> revenueRow(c).ifPresent(revenue::add);
                        case REVENUE_MONTHS -> revenueMonthRow(c).ifPresent(revenueMonths::add);
                        case BUDGET -> budgetRow(c).ifPresent(budget::add);
                        case BUDGET_MONTHS -> budgetMonthRow(c).ifPresent(budgetMonths::add);
                        default -> throw new IllegalStateException(name);
                    }
                });
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
                    budget,
                    budgetMonths);
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
                    for (int i = 0; i < headers.size(); i++) {
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

    private Optional<UnitRow> unitRow(Cells c) {
        String code = c.code(0, true);
        String name = c.text(1, true);
        String type = c.text(2, true);
        UnitType unitType = null;
        if (type != null) {
            try {
                unitType = UnitType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                c.problem(2, "import.error.unitType", type, "HQ, KANWIL, KPP, KP2KP, SECTION");
            }
        }
        String parent = c.code(3, false);
        Integer staff = c.integer(8, false, 0, 1_000_000);
        if (c.failed()) {
            return Optional.empty();
        }
        return Optional.of(new UnitRow(
                c.row(),
                code,
                name,
                unitType,
                parent,
                c.text(4, false),
                c.text(5, false),
                c.text(6, false),
                c.text(7, false),
                staff));
    }

    private Optional<TargetRow> targetRow(Cells c) {
        String unit = c.code(0, true);
        String iku = c.code(1, true);
        BigDecimal weight = c.number(3, true);
        if (weight != null && weight.signum() <= 0) {
            c.problem(3, "import.error.weight");
        }
        Map<Period, BigDecimal> targets = new EnumMap<>(Period.class);
        for (int i = 0; i < PERIODS.size(); i++) {
            BigDecimal t = c.number(4 + i, false);
            if (t != null) {
                targets.put(Period.valueOf(PERIODS.get(i)), t);
            }
        }
        return c.failed() ? Optional.empty() : Optional.of(new TargetRow(c.row(), unit, iku, weight, targets));
    }

    private Optional<RealizationRow> realizationRow(Cells c) {
        String unit = c.code(0, true);
        String iku = c.code(1, true);
        Period period = c.period(3);
        BigDecimal value = c.number(4, true);
        BigDecimal index = c.number(5, false);
        String note = c.text(6, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new RealizationRow(c.row(), unit, iku, period, value, index, note));
    }

    private Optional<HistoryRow> historyRow(Cells c) {
        String unit = c.code(0, true);
        String iku = c.code(1, true);
        Integer year = c.integer(2, true, 2000, 2100);
        BigDecimal value = c.number(3, true);
        BigDecimal index = c.number(4, false);
        String note = c.text(5, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new HistoryRow(c.row(), unit, iku, year, value, index, note));
    }

    private Optional<RevenueRow> revenueRow(Cells c) {
        String unit = c.code(0, true);
        String type = c.code(1, true);
        BigDecimal target = c.rupiah(3, false, false);
        BigDecimal realization = c.rupiah(4, false, true);
        return c.failed() ? Optional.empty() : Optional.of(new RevenueRow(c.row(), unit, type, target, realization));
    }

    private Optional<RevenueMonthRow> revenueMonthRow(Cells c) {
        String unit = c.code(0, true);
        String type = c.code(1, true);
        Integer month = c.integer(2, true, 1, 12);
        BigDecimal realization = c.rupiah(3, true, true);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new RevenueMonthRow(c.row(), unit, type, month, realization));
    }

    private Optional<BudgetRow> budgetRow(Cells c) {
        String unit = c.code(0, true);
        String code = c.code(1, true);
        String parent = c.code(2, false);
        String levelText = c.text(3, true);
        BudgetLevel level = null;
        if (levelText != null) {
            level = WorkbookLayout.level(levelText);
            if (level == null) {
                c.problem(3, "import.error.level", levelText, WorkbookLayout.levelLabels());
            }
        }
        String name = c.text(4, true);
        Integer kind = c.integer(5, false, 0, 99);
        if (kind != null && kind != 51 && kind != 52 && kind != 53) {
            c.problem(5, "import.error.spendingKind", String.valueOf(kind), "51, 52, 53");
        }
        BigDecimal ceiling = c.rupiah(6, true, false);
        BigDecimal realization = c.rupiah(7, false, false);
        return c.failed()
                ? Optional.empty()
                : Optional.of(new BudgetRow(
                        c.row(),
                        unit,
                        code,
                        parent,
                        level,
                        name,
                        kind,
                        ceiling,
                        realization == null ? BigDecimal.ZERO : realization));
    }

    private Optional<BudgetMonthRow> budgetMonthRow(Cells c) {
        String unit = c.code(0, true);
        String code = c.code(1, true);
        Integer month = c.integer(2, true, 1, 12);
        BigDecimal realization = c.rupiah(3, true, false);
        return c.failed() ? Optional.empty() : Optional.of(new BudgetMonthRow(c.row(), unit, code, month, realization));
    }

    /**
     * Walks the zip: size limits, zip bomb, encryption, the sheet parts' merged cells (by sheet name). Null when the
     * file is refused (the problem is recorded).
     */
    private Map<String, List<String>> inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            problems.add(texts.file("import.error.emptyFile"));
            return null;
        }
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(texts.file("import.error.fileTooLarge", bytes.length / 1024, MAX_FILE_BYTES / (1024 * 1024)));
            return null;
        }
        if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(java.util.Arrays.copyOf(bytes, 8))) {
            problems.add(texts.file("import.error.encrypted"));
            return null;
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            problems.add(texts.file("import.error.notXlsx"));
            return null;
        }
        Map<String, String> small = new HashMap<>();
        Map<String, java.util.Set<String>> mergedByPart = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                String part = entry.getName();
                boolean keep = part.equals("xl/workbook.xml") || part.equals("xl/_rels/workbook.xml.rels");
                boolean worksheet = part.startsWith("xl/worksheets/") && part.endsWith(".xml");
                StringBuilder kept = keep ? new StringBuilder() : null;
                String tail = "";
                if (!zip.canReadEntryData(entry)) {
                    problems.add(texts.file("import.error.part", part));
                    return null;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES
                                || (total > 20L * 1024 * 1024 && total / bytes.length > MAX_RATIO)) {
                            problems.add(
                                    texts.file("import.error.zipBomb", total / (1024 * 1024), bytes.length / 1024));
                            return null;
                        }
                        if (keep) {
                            kept.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        } else if (worksheet) {
                            String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                            if (chunk.contains("mergeCell")) {
                                Matcher m = MERGE.matcher(chunk);
                                while (m.find()) {
                                    mergedByPart
                                            .computeIfAbsent(part, k -> new java.util.LinkedHashSet<>())
                                            .add(m.group(1));
                                }
                            }
                            tail = chunk.length() > 100 ? chunk.substring(chunk.length() - 100) : chunk;
                        }
                    }
                }
                if (keep) {
                    small.put(part, kept.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Not a whole workbook", e);
            problems.add(texts.file("import.error.truncated"));
            return null;
        }
        String workbook = small.get("xl/workbook.xml");
        String rels = small.get("xl/_rels/workbook.xml.rels");
        if (workbook == null || rels == null) {
            problems.add(texts.file("import.error.noWorkbookPart"));
            return null;
        }
        Map<String, String> targetById = new HashMap<>();
        Matcher r = REL_ELEMENT.matcher(rels);
        while (r.find()) {
            String id = attribute(r.group(), "Id");
            String target = attribute(r.group(), "Target");
            if (id != null && target != null) {
                targetById.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
        }
        Map<String, List<String>> mergedBySheet = new HashMap<>();
        Matcher s = SHEET_ELEMENT.matcher(workbook);
        while (s.find()) {
            String name = unescape(attribute(s.group(), "name"));
            String id = attribute(s.group(), "r:id");
            String part = id == null ? null : targetById.get(id);
            if (name != null && part != null && mergedByPart.containsKey(part)) {
                mergedBySheet.put(name, List.copyOf(mergedByPart.get(part)));
            }
        }
        return mergedBySheet;
    }

    private static String attribute(String element, String name) {
        Matcher m =
                Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(element);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String s) {
        return s == null
                ? null
                : s.replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&");
    }

    /** Reads an InputStream fully up to the limit plus one byte (so an oversized upload is recognised). */
    static byte[] readLimited(InputStream in) throws IOException {
        return in.readNBytes((int) MAX_FILE_BYTES + 1);
    }
}
