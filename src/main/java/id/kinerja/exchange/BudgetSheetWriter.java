package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetMonth;
import id.kinerja.budget.BudgetService;
import id.kinerja.organisation.Unit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The DIPA sheets: the budget lines of the year (code path, level, kind, ceiling, realization) and their months. */
@Component
final class BudgetSheetWriter {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"
    };

    private final BudgetService budget;

    BudgetSheetWriter(BudgetService budget) {
        this.budget = budget;
    }

    void write(Worksheet lines, Worksheet months, Unit unit, int year) {
        header(lines, BUDGET_HEADERS);
        widths(lines, 18, 24, 24, 13, 60, 13, 20, 20);
        listOf(lines, 3, List.copyOf(LEVEL_LABELS.values()));
        listOf(lines, 5, List.of("51", "52", "53"));
        int r = 1;
        Set<String> codes = new LinkedHashSet<>();
        for (BudgetLine l : budget.findLines(unit.id(), year)) {
            lines.value(r, 0, safe(unit.code()));
            lines.value(r, 1, safe(l.code()));
            text(lines, r, 2, l.parentCode());
            lines.value(r, 3, LEVEL_LABELS.get(l.level()));
            lines.value(r, 4, safe(l.name()));
            if (l.kind() != null) {
                lines.value(r, 5, l.kind());
            }
            lines.value(r, 6, l.ceiling());
            lines.value(r, 7, l.realization());
            codes.add(l.code());
            r++;
        }
        header(months, BUDGET_MONTH_HEADERS);
        widths(months, 18, 24, 8, 20);
        listOf(months, 2, monthNumbers());
        r = 1;
        for (BudgetMonth m : budget.findMonths(unit.id(), year)) {
            months.value(r, 0, safe(unit.code()));
            months.value(r, 1, safe(m.code()));
            months.value(r, 2, m.month());
            months.value(r, 3, m.realization());
            r++;
        }
        if (codes.isEmpty()) {
            return;
        }
        // Month names in the header comment help people who think in months, not numbers.
        months.comment(0, 2, "1=" + MONTHS[0] + " ... 12=" + MONTHS[11]);
    }
}
