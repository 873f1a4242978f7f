package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.agreement.PlanningReference;
import id.kinerja.agreement.PlanningReferences;
import id.kinerja.framework.Framework;
import id.kinerja.organisation.Unit;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The Renstra sheet: one row per IKU of the year's agreement with its Renstra / RPJMN targets, national standard
 * and source as recorded (empty where nothing is, or the document sets none).
 */
@Component
final class PlanningSheetWriter {

    private final PlanningReferences references;

    PlanningSheetWriter(PlanningReferences references) {
        this.references = references;
    }

    void write(Worksheet ws, Unit unit, int year, PerformanceAgreement pk, Framework framework, int ikuCount) {
        header(ws, PLANNING_HEADERS);
        widths(ws, 18, 12, 50, 14, 14, 16, 50);
        listFrom(ws, 1, LISTS, 0, ikuCount);
        if (pk == null) {
            return;
        }
        Map<String, PlanningReference> recorded = references.of(unit.id(), year);
        int r = 1;
        for (PerformanceAgreement.Indicator i : pk.indicators()) {
            PlanningReference ref = recorded.get(i.code());
            ws.value(r, 0, safe(unit.code()));
            ws.value(r, 1, safe(i.code()));
            text(ws, r, 2, ikuName(framework, i.code()));
            if (ref != null) {
                number(ws, r, 3, ref.renstraTarget());
                number(ws, r, 4, ref.rpjmnTarget());
                number(ws, r, 5, ref.nationalStandard());
                text(ws, r, 6, ref.source());
            }
            r++;
        }
    }
}
