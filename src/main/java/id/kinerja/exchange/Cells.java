package id.kinerja.exchange;

import id.kinerja.framework.Period;
import id.kinerja.web.NumberParser;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/** One data row of a sheet, read cell by cell into typed values; each problem names the sheet, row and column. */
final class Cells {

    private final String sheet;
    private final List<String> headers;
    private final Row row;
    private final List<ImportProblem> problems;
    private final ImportTexts texts;
    private boolean failed;

    Cells(String sheet, List<String> headers, Row row, List<ImportProblem> problems, ImportTexts texts) {
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

    /** A problem in one cell: a message key of the bundles with its arguments. */
    void problem(int col, String key, Object... args) {
        failed = true;
        problems.add(texts.problem(
                sheet,
                row.getRowNum(),
                WorkbookLayout.column(col),
                col < headers.size() ? headers.get(col) : null,
                key,
                args));
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
            problem(col, "import.error.formula", c.getFormula());
            return null;
        }
        if (c != null && c.getType() == CellType.ERROR) {
            problem(col, "import.error.excelError", c.getRawValue());
            return null;
        }
        if (c != null && c.getType() == CellType.STRING && c.getText().isBlank()) {
            c = null;
        }
        if (c == null && required) {
            problem(col, "import.error.required");
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
            problem(col, "import.error.tooLong", t.length(), 4000);
            return null;
        }
        return t;
    }

    /** A code: text without spaces inside, at most 64 characters. */
    String code(int col, boolean required) {
        String t = text(col, required);
        if (t != null && (t.length() > 64 || t.chars().anyMatch(Character::isWhitespace))) {
            problem(col, "import.error.code", t, 64);
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
        NumberParser.Style style = NumberParser.Style.of(texts.locale());
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
        problem(col, "import.error.number", text, NumberParser.expected(style));
    }

    /** Whole rupiah; negative only where allowed (revenue realization: refunds). */
    BigDecimal rupiah(int col, boolean required, boolean negativeAllowed) {
        BigDecimal v = number(col, required);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 && !negativeAllowed) {
            problem(col, "import.error.negative", plain(v));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 0) {
            problem(col, "import.error.wholeRupiah", plain(v));
            return null;
        }
        if (v.abs().compareTo(new BigDecimal("1e19")) >= 0) {
            problem(col, "import.error.tooLarge");
            return null;
        }
        return v.setScale(0);
    }

    Integer integer(int col, boolean required, int min, int max) {
        BigDecimal v = number(col, required);
        if (v == null) {
            return null;
        }
        if (v.stripTrailingZeros().scale() > 0
                || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(col, "import.error.range", plain(v), String.valueOf(min), String.valueOf(max));
            return null;
        }
        return v.intValueExact();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * A date as {@code yyyy-MM-dd}: an Excel date cell as its day, text as typed (checked by the owning module's
     * rules); null for an empty cell.
     */
    String date(int col) {
        Cell c = valueCell(col, false);
        if (c == null) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            return c.asDate().toLocalDate().toString();
        }
        return text(col, false);
    }

    Period period(int col) {
        String t = text(col, true);
        if (t == null) {
            return null;
        }
        if (!WorkbookLayout.PERIODS.contains(t.toUpperCase(java.util.Locale.ROOT))) {
            problem(col, "import.error.period", t, String.join(", ", WorkbookLayout.PERIODS));
            return null;
        }
        return Period.valueOf(t.toUpperCase(java.util.Locale.ROOT));
    }
}
