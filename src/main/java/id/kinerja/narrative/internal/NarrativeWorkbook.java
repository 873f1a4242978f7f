package id.kinerja.narrative.internal;

import id.kinerja.narrative.NarrativeFileRejected;
import id.kinerja.narrative.NarrativeHtml;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeVersion;
import id.kinerja.narrative.Placeholders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.context.MessageSourceResolvable;

/**
 * All narrative sections of a unit's year as one workbook, and back: sheet {@value #SHEET} has one row per section
 * (Kunci, Judul, Versi, Teks); sheet {@value #INFO} names the unit and the year. The text is plain text (a blank line
 * between paragraphs) when the section is nothing but paragraphs, else the stored XHTML; either is read back through
 * {@link NarrativeHtml#sanitise} as the editor reads what it is sent. A text longer than a cell holds continues in
 * the columns to its right. Versi is the section's version at export (the import's conflict check).
 */
public final class NarrativeWorkbook {

    public static final String SHEET = "Narasi";
    public static final String INFO = "Keterangan";
    static final List<String> HEADER = List.of("Kunci", "Judul", "Versi", "Teks");
    /** Characters per cell (Excel holds 32,767). */
    static final int CELL = 32_000;

    private NarrativeWorkbook() {}

    public static byte[] write(
            String unitCode,
            String unitName,
            int year,
            List<NarrativeSection> sections,
            Map<String, NarrativeVersion> latest,
            List<String> instructions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Kinerja", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET);
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
                ws.style(0, c).bold().fillColor("DDE7F0").set();
            }
            ws.freezePane(0, 1);
            ws.width(0, 34);
            ws.width(1, 40);
            ws.width(2, 7);
            ws.width(3, 100);
            int r = 1;
            for (NarrativeSection s : sections) {
                NarrativeVersion v = latest.get(s.key());
                ws.value(r, 0, s.key());
                ws.value(r, 1, s.title());
                ws.value(r, 2, v == null ? 0 : v.version());
                String text = v == null ? "" : cellText(v.content());
                for (int c = 0; c * CELL < text.length(); c++) {
                    ws.value(r, 3 + c, text.substring(c * CELL, Math.min(text.length(), (c + 1) * CELL)));
                    ws.style(r, 3 + c).wrapText(true).verticalAlignment("top").set();
                }
                r++;
            }
            Worksheet info = wb.newWorksheet(INFO);
            info.value(0, 0, "Unit");
            info.value(0, 1, unitCode);
            info.value(1, 0, "Nama unit");
            info.value(1, 1, unitName);
            info.value(2, 0, "Tahun");
            info.value(2, 1, year);
            for (int i = 0; i < instructions.size(); i++) {
                info.value(4 + i, 0, instructions.get(i));
            }
            info.width(0, 30);
            info.width(1, 40);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A section's text for its cell: plain text when that reads back to exactly the stored text, else the XHTML.
     */
    static String cellText(String content) {
        String plain = plain(content);
        if (plain != null && NarrativeHtml.sanitise(plain).equals(content)) {
            return plain;
        }
        return content;
    }

    /** The paragraphs (blank line between) and line breaks of a text that has nothing else, else null. */
    private static String plain(String content) {
        Element body = Jsoup.parseBodyFragment(content).body();
        List<String> paragraphs = new ArrayList<>();
        for (Node n : body.childNodes()) {
            if (!(n instanceof Element p) || !p.tagName().equals("p")) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            for (Node c : p.childNodes()) {
                if (c instanceof TextNode t) {
                    b.append(t.getWholeText());
                } else if (c instanceof Element e && e.tagName().equals("br")) {
                    b.append('\n');
                } else {
                    return null;
                }
            }
            paragraphs.add(b.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    /** The unit code, the year and the rows of a workbook. */
    public record Read(String unitCode, Integer year, List<NarrativeService.Incoming> sections) {}

    /**
     * The rows of the Narasi sheet that name a key or hold a text.
     *
     * @throws NarrativeFileRejected naming the sheet, row and column of every problem
     */
    public static Read read(byte[] bytes) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        List<NarrativeService.Incoming> sections = new ArrayList<>();
        String unit = null;
        Integer year = null;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Optional<Sheet> sheet = wb.findSheet(SHEET);
            Optional<Sheet> info = wb.findSheet(INFO);
            if (sheet.isEmpty()) {
                throw rejected(Placeholders.message("narrative.file.noSheet", SHEET));
            }
            if (info.isPresent()) {
                try (Stream<Row> rows = info.get().openStream()) {
                    for (Row row : rows.limit(50).toList()) {
                        String label = text(row, 0);
                        if ("Unit".equals(label)) {
                            unit = text(row, 1);
                        } else if ("Tahun".equals(label)) {
                            String y = text(row, 1);
                            year = y != null && y.strip().matches("\\d{4}(\\.0+)?")
                                    ? Integer.valueOf(y.strip().replaceAll("\\.0+$", ""))
                                    : null;
                        }
                    }
                }
            }
            if (unit == null || year == null) {
                throw rejected(Placeholders.message("narrative.file.noInfo", INFO));
            }
            try (Stream<Row> rows = sheet.get().openStream()) {
                boolean first = true;
                for (Row row : (Iterable<Row>) rows::iterator) {
                    int n = row.getRowNum();
                    if (first) {
                        first = false;
                        for (int c = 0; c < HEADER.size(); c++) {
                            if (!HEADER.get(c).equals(text(row, c))) {
                                problems.add(Placeholders.message(
                                        "narrative.file.header", SHEET, n, column(c), HEADER.get(c)));
                            }
                        }
                        if (!problems.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    String key = text(row, 0);
                    StringBuilder content = new StringBuilder();
                    for (int c = 3; c < row.getCellCount(); c++) {
                        String t = text(row, c);
                        if (t != null) {
                            content.append(t);
                        }
                    }
                    if (key == null || key.isBlank()) {
                        if (!content.toString().isBlank()) {
                            problems.add(Placeholders.message("narrative.file.noKey", SHEET, n, column(0)));
                        }
                        continue;
                    }
                    String v = text(row, 2);
                    int base = 0;
                    if (v != null && !v.isBlank()) {
                        String t = v.strip().replaceAll("\\.0+$", "");
                        if (!t.matches("\\d{1,9}")) {
                            problems.add(Placeholders.message("narrative.file.version", SHEET, n, column(2), v));
                            continue;
                        }
                        base = Integer.parseInt(t);
                    }
                    sections.add(new NarrativeService.Incoming(
                            key.strip(), content.toString(), base, "lembar " + SHEET + " baris " + n));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof NarrativeFileRejected r) {
                throw r;
            }
            throw rejected(Placeholders.message("narrative.file.unreadableXlsx"));
        }
        if (!problems.isEmpty()) {
            throw new NarrativeFileRejected(problems);
        }
        return new Read(unit.strip(), year, List.copyOf(sections));
    }

    private static NarrativeFileRejected rejected(MessageSourceResolvable problem) {
        return new NarrativeFileRejected(List.of(problem));
    }

    private static String column(int c) {
        return String.valueOf((char) ('A' + c));
    }

    private static String text(Row row, int c) {
        if (c >= row.getCellCount()) {
            return null;
        }
        Cell cell = row.getCell(c);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal d = cell.asNumber();
            return d == null ? null : d.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
