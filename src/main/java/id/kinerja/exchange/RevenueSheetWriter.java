package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.organisation.Unit;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueMonth;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.TaxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The revenue sheets: per tax type the year's target and realization, and the realization per month. */
@Component
final class RevenueSheetWriter {

    private final RevenueService revenue;

    RevenueSheetWriter(RevenueService revenue) {
        this.revenue = revenue;
    }

    void write(Worksheet lines, Worksheet months, Unit unit, int year, List<TaxType> taxTypes, int taxCount) {
        header(lines, REVENUE_HEADERS);
        widths(lines, 18, 18, 50, 22, 24);
        listFrom(lines, 1, LISTS, 3, taxCount);
        Map<String, String> names = new HashMap<>();
        taxTypes.forEach(t -> names.put(t.code(), t.name()));
        int r = 1;
        for (RevenueLine l : revenue.findLines(unit.id())) {
            if (l.year() != year) {
                continue;
            }
            lines.value(r, 0, safe(unit.code()));
            lines.value(r, 1, safe(l.taxTypeCode()));
            text(lines, r, 2, names.get(l.taxTypeCode()));
            number(lines, r, 3, l.target());
            number(lines, r, 4, l.realization());
            r++;
        }
        header(months, REVENUE_MONTH_HEADERS);
        widths(months, 18, 18, 8, 22);
        listFrom(months, 1, LISTS, 3, taxCount);
        listOf(months, 2, monthNumbers());
        r = 1;
        for (RevenueMonth m : revenue.findMonths(unit.id())) {
            if (m.year() != year) {
                continue;
            }
            months.value(r, 0, safe(unit.code()));
            months.value(r, 1, safe(m.taxTypeCode()));
            months.value(r, 2, m.month());
            months.value(r, 3, m.realization());
            r++;
        }
    }
}
