package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.organisation.Unit;
import id.kinerja.realization.IndicatorHistoryEntry;
import id.kinerja.realization.RealizationQueries;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The Riwayat sheet: the IKU's realizations and indexes of the years before. */
@Component
final class HistorySheetWriter {

    private final RealizationQueries history;

    HistorySheetWriter(RealizationQueries history) {
        this.history = history;
    }

    void write(Worksheet ws, Unit unit, int year, int ikuCount) {
        header(ws, HISTORY_HEADERS);
        widths(ws, 18, 12, 8, 16, 12, 60);
        listFrom(ws, 1, LISTS, 0, ikuCount);
        int r = 1;
        for (IndicatorHistoryEntry e : history.history(unit.id())) {
            if (e.year() >= year) {
                continue;
            }
            ws.value(r, 0, safe(unit.code()));
            ws.value(r, 1, safe(e.indicatorCode()));
            ws.value(r, 2, e.year());
            ws.value(r, 3, e.realization());
            number(ws, r, 4, e.index());
            text(ws, r, 5, e.note());
            r++;
        }
    }
}
