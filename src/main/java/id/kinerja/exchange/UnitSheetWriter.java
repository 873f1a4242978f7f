package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.organisation.Unit;
import id.kinerja.organisation.UnitType;
import id.kinerja.organisation.Units;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The Unit sheet: the unit and every unit under it, depth first. */
@Component
final class UnitSheetWriter {

    private final Units units;

    UnitSheetWriter(Units units) {
        this.units = units;
    }

    void write(Worksheet ws, Unit unit) {
        header(ws, UNIT_HEADERS);
        widths(ws, 18, 40, 12, 18, 14, 28, 40, 40, 14);
        listOf(ws, 2, Arrays.stream(UnitType.values()).map(Enum::name).toList());
        List<Unit> all = new ArrayList<>();
        collect(unit, all);
        Map<Long, String> codes = new HashMap<>();
        units.findAll().forEach(u -> codes.put(u.id(), u.code()));
        int r = 1;
        for (Unit u : all) {
            ws.value(r, 0, safe(u.code()));
            ws.value(r, 1, safe(u.name()));
            ws.value(r, 2, u.type().name());
            text(ws, r, 3, u.parentId() == null ? null : codes.get(u.parentId()));
            text(ws, r, 4, u.officialCode());
            text(ws, r, 5, u.headName());
            text(ws, r, 6, u.area());
            text(ws, r, 7, u.address());
            if (u.staffCount() != null) {
                ws.value(r, 8, u.staffCount());
            }
            r++;
        }
    }

    private void collect(Unit unit, List<Unit> into) {
        into.add(unit);
        for (Unit child : units.findChildren(unit.id())) {
            collect(child, into);
        }
    }
}
