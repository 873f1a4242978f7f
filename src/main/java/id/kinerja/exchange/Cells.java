package id.kinerja.exchange;

import id.kinerja.framework.Period;
import id.kinerja.web.NumberParser;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** One data row of a sheet, read cell by cell into typed values; each problem names the sheet, row and column. */
final class Cells {

    private final String sheet;
    private final List<String> headers;
    private final Row row;
    private final List<ImportProblem> problems;
    private final Function<MessageSourceResolvable, String> texts;
    private boolean failed;

    Cells(String sheet, List<String> headers, Row row, List<ImportProblem> problems,
          Function<MessageSourceResolvable, String> texts) {
        this.sheet = sheet;
        this.headers = headers;
        this.row = row;
        this.problems = problems;
        this.texts = texts;
    }

    int row() {
        return row.getRowNum();
    }

    boolean failed() {
        return failed;
    }

    void problem(int col, String message) {
        failed = true;
        problems.add(new ImportProblem(sheet, row.getRowNum(), WorkbookLayout.column(col),
                col < headers.size() ? headers.get(col) : null, message));
    }

    private Cell cell(int col) {
        if (col >= row.getCellCount()) {
            return null;
        }
        Cell c = row.getCell(col);
        return c == null || c.getType() == CellType.EMPTY ? null : c;
    }

    /** Refuses formula and error cells; null for an empty cell (or one that was refused). */
    private Cell valueCell(int col, boolean required) {
        Cell c = cell(col);
        if (c != null && c.getType() == CellType.FORMULA) {
            problem(col, "berisi rumus '=" + c.getFormula() + "'; impor hanya menerima nilai "
                    + "(salin lalu Paste Special > Values)");
            return null;
        }
        if (c != null && c.getType() == CellType.ERROR) {
            problem(col, "berisi galat Excel '" + c.getRawValue() + "'");
            return null;
        }
        if (c != null && c.getType() == CellType.STRING && c.getText().isBlank()) {
            c = null;
        }
        if (c == null && required) {
            problem(col, "wajib diisi");
        }
        return c;
    }

    /** Text as typed, trimmed; the export's formula-injection apostrophe is removed again. */
    String text(int col, boolean required) {
        Cell c = valueCell(col, required);
        if (c == null) {
            return null;
        }
        String t;
        if (c.getType() == CellType.NUMBER) {
            t = c.asNumber().stripTrailingZeros().toPlainString();
        } else if (c.getType() == CellType.BOOLEAN) {
            t = String.valueOf(c.asBoolean());
        } else {
            t = c.getText().strip();
        }
        if (t.length() > 1 && t.charAt(0) == '\'' && "=+-@\t\r".indexOf(t.charAt(1)) >= 0) {
            t = t.substring(1);
        }
        if (t.length() > 4000) {
            problem(col, "teks terlalu panjang (" + t.length() + " karakter; paling banyak 4000)");
            return null;
        }
        return t;
    }

    /** A code: text without spaces inside, at most 64 characters. */
    String code(int col, boolean required) {
        String t = text(col, required);
        if (t != null && (t.length() > 64 || t.chars().anyMatch(Character::isWhitespace))) {
            problem(col, "'" + t + "' bukan kode yang sah (tanpa spasi, paling banyak 64 karakter)");
            return null;
        }
        return t;
    }

    /**
     * A numeric cell as the number it is; a number written as text read by the same rules as a web form
     * ({@link NumberParser}, in the importing user's language); anything else is a problem that shows the expected
     * format.
     */
    BigDecimal number(int col, boolean required) {
        Cell c = valueCell(col, required);
        if (c == null) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            return c.asNumber();
        }
        NumberParser.Style style = NumberParser.Style.of(NumberParser.userLocale());
        if (c.getType() == CellType.STRING) {
            try {
                return NumberParser.read(c.getText(), style);
            } catch (NumberParser.Refused e) {
                notANumber(col, e.text(), style);
                return null;
            }
        }
        notANumber(col, c.getText(), style);
        return null;
    }

    private void notANumber(int col, String text, NumberParser.Style style) {
        problem(col, texts.apply(new DefaultMessageSourceResolvable(new String[]{"import.error.number"},
                new Object[]{text, NumberParser.expected(style)}, "'" + text + "' bukan angka")));
    }

    /** Whole rupiah; negative only where allowed (revenue realization: refunds). */
    BigDecimal rupiah(int col, boolean required, boolean negativeAllowed) {
        BigDecimal v = number(col, required);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 && !negativeAllowed) {
            problem(col, "nilai negatif (" + plain(v) + ") tidak diperbolehkan");
            return null;
        }
        if (v.stripTrailingZeros().scale() > 0) {
            problem(col, "'" + plain(v) + "' bukan rupiah bulat");
            return null;
        }
        if (v.abs().compareTo(new BigDecimal("1e19")) >= 0) {
            problem(col, "nilai terlalu besar");
            return null;
        }
        return v.setScale(0);
    }

    Integer integer(int col, boolean required, int min, int max) {
        BigDecimal v = number(col, required);
        if (v == null) {
            return null;
        }
        if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(col, "'" + plain(v) + "' di luar rentang " + min + " sampai " + max);
            return null;
        }
        return v.intValueExact();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    Period period(int col) {
        String t = text(col, true);
        if (t == null) {
            return null;
        }
        if (!WorkbookLayout.PERIODS.contains(t.toUpperCase(java.util.Locale.ROOT))) {
            problem(col, "'" + t + "' bukan periode (Q1, Q2, S1, Q3, SDQ3, Q4, Y)");
            return null;
        }
        return Period.valueOf(t.toUpperCase(java.util.Locale.ROOT));
    }
}
