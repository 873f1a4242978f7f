package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.Target;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The Target sheet: the agreement's IKU with weight and target per period (empty without an agreement). */
@Component
final class TargetSheetWriter {

    void write(Worksheet ws, Unit unit, PerformanceAgreement pk, Framework framework, int ikuCount) {
        header(ws, TARGET_HEADERS);
        widths(ws, 18, 12, 50, 8, 12, 12, 12, 12, 12, 12, 12);
        listFrom(ws, 1, LISTS, 0, ikuCount);
        if (pk == null) {
            return;
        }
        int r = 1;
        for (PerformanceAgreement.Indicator i : pk.indicators()) {
            ws.value(r, 0, safe(unit.code()));
            ws.value(r, 1, safe(i.code()));
            text(ws, r, 2, ikuName(framework, i.code()));
            ws.value(r, 3, i.weight());
            for (int p = 0; p < PERIODS.size(); p++) {
                Target t = i.targets().get(Period.valueOf(PERIODS.get(p)));
                number(ws, r, 4 + p, t == null ? null : t.value());
            }
            r++;
        }
    }
}
