package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.framework.Framework;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The Realisasi sheet: the year's realizations with the reported indexes imported earlier. */
@Component
final class RealizationSheetWriter {

    private final RealizationQueries realizations;

    RealizationSheetWriter(RealizationQueries realizations) {
        this.realizations = realizations;
    }

    void write(Worksheet ws, Unit unit, int year, Framework framework, int ikuCount) {
        header(ws, REALIZATION_HEADERS);
        widths(ws, 18, 12, 50, 9, 14, 16, 60);
        listFrom(ws, 1, LISTS, 0, ikuCount);
        listOf(ws, 3, PERIODS);
        int r = 1;
        // the reported indexes imported earlier go back into their column, so a round trip keeps them
        java.util.Map<String, java.math.BigDecimal> reported = new java.util.HashMap<>();
        realizations
                .reportedIndexes(unit.id(), year)
                .forEach(i -> reported.put(i.indicatorCode() + "/" + i.period(), i.reported()));
        for (Realization x : realizations.realizations(unit.id(), year)) {
            if (x.value() == null) {
                continue; // component-only entries are not part of the workbook (README: limits)
            }
            ws.value(r, 0, safe(unit.code()));
            ws.value(r, 1, safe(x.indicatorCode()));
            text(ws, r, 2, ikuName(framework, x.indicatorCode()));
            ws.value(r, 3, x.period().name());
            ws.value(r, 4, x.value());
            java.math.BigDecimal index = reported.get(x.indicatorCode() + "/" + x.period());
            if (index != null) {
                ws.value(r, 5, index);
            }
            text(ws, r, 6, x.note());
            r++;
        }
    }
}
