package id.kinerja.exchange;

import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.column;

import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * What every sheet writer of the export does alike: the bold frozen header row, column widths, drop-downs (from the
 * Daftar sheet or a fixed list, on the first {@value #VALIDATED_ROWS} rows), optional text and number cells (text
 * through {@link WorkbookExporter#safe}), the month numbers and an IKU's name.
 */
final class ExportCells {

    static final int VALIDATED_ROWS = 2000;

    private ExportCells() {}

    static void header(Worksheet ws, List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            ws.value(0, i, headers.get(i));
            ws.style(0, i).bold().fillColor("DDE7F0").set();
        }
        ws.freezePane(0, 1);
    }

    static void listFrom(Worksheet ws, int col, String listSheet, int listCol, int count) {
        if (count == 0) {
            return;
        }
        String letter = column(listCol);
        ws.range(1, col, VALIDATED_ROWS, col)
                .validateWithListByFormula("'" + listSheet + "'!$" + letter + "$2:$" + letter + "$" + (count + 1))
                .allowBlank(true)
                .showErrorMessage(true);
    }

    static void listOf(Worksheet ws, int col, List<String> values) {
        ws.range(1, col, VALIDATED_ROWS, col)
                .validateWithListByFormula("\"" + String.join(",", values) + "\"")
                .allowBlank(true)
                .showErrorMessage(true);
    }

    static void widths(Worksheet ws, double... widths) {
        for (int i = 0; i < widths.length; i++) {
            ws.width(i, widths[i]);
        }
    }

    static void text(Worksheet ws, int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            ws.value(r, c, safe(value));
        }
    }

    static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    static List<String> monthNumbers() {
        List<String> list = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            list.add(String.valueOf(m));
        }
        return list;
    }

    static String ikuName(Framework framework, String code) {
        Indicator i = framework == null ? null : framework.indicator(code);
        return i == null ? null : i.name();
    }
}
