package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.organisation.Unit;
import id.kinerja.revenue.ActivityRevenue;
import id.kinerja.revenue.RevenueFigures;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueMonth;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.RevenueTotal;
import id.kinerja.revenue.TaxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The revenue sheets: per year present and tax type the target and realization (every year the unit has lines, so
 * five years of history travel in one sheet), and the workbook year's realization per month.
 */
@Component
final class RevenueSheetWriter {

    private final RevenueService revenue;
    private final RevenueFigures figures;

    RevenueSheetWriter(RevenueService revenue, RevenueFigures figures) {
        this.revenue = revenue;
        this.figures = figures;
    }

    /** The net revenue of every year the unit has one, and its PPM and PKM figures of every year. */
    void writeFigures(Worksheet nets, Worksheet activities, Unit unit) {
        header(nets, REVENUE_NET_HEADERS);
        widths(nets, 18, 10, 24, 24, 24, 24);
        int r = 1;
        for (RevenueTotal t : figures.nets(unit.id())) {
            nets.value(r, 0, safe(unit.code()));
            nets.value(r, 1, t.year());
            number(nets, r, 2, t.target());
            number(nets, r, 3, t.gross());
            number(nets, r, 4, t.refunds());
            number(nets, r, 5, t.realization());
            r++;
        }
        header(activities, REVENUE_ACTIVITY_HEADERS);
        widths(activities, 18, 10, 12, 12, 24, 24);
        listOf(activities, 2, List.of("PPM", "PKM"));
        listOf(activities, 3, RevenueFigures.QUARTERS.stream().map(Enum::name).toList());
        r = 1;
        for (int year : figures.activityYears(unit.id())) {
            for (var byQuarter : figures.activities(unit.id(), year).values()) {
                for (ActivityRevenue f : byQuarter.values()) {
                    activities.value(r, 0, safe(unit.code()));
                    activities.value(r, 1, f.year());
                    activities.value(r, 2, f.activity().name());
                    activities.value(r, 3, f.period().name());
                    number(activities, r, 4, f.target());
                    number(activities, r, 5, f.realization());
                    r++;
                }
            }
        }
    }

    void write(Worksheet lines, Worksheet months, Unit unit, int year, List<TaxType> taxTypes, int taxCount) {
        header(lines, REVENUE_HEADERS);
        widths(lines, 18, 18, 50, 22, 24, 10);
        listFrom(lines, 1, LISTS, 3, taxCount);
        Map<String, String> names = new HashMap<>();
        taxTypes.forEach(t -> names.put(t.code(), t.name()));
        int r = 1;
        for (RevenueLine l : revenue.findLines(unit.id())) {
            lines.value(r, 0, safe(unit.code()));
            lines.value(r, 1, safe(l.taxTypeCode()));
            text(lines, r, 2, names.get(l.taxTypeCode()));
            number(lines, r, 3, l.target());
            number(lines, r, 4, l.realization());
            lines.value(r, 5, l.year());
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
