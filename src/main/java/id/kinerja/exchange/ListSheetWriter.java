package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookExporter.safe;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.revenue.TaxType;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The Daftar sheet: the framework's IKU and the tax types, the values the other sheets' drop-downs offer. */
@Component
final class ListSheetWriter {

    /** Writes the lists; returns the number of IKU listed (the length of the IKU drop-downs). */
    int write(Worksheet ws, Framework framework, List<TaxType> taxTypes) {
        header(ws, List.of("Kode IKU", "Nama IKU", "", "Kode Jenis Pajak", "Jenis Pajak"));
        ws.width(0, 14);
        ws.width(1, 70);
        ws.width(3, 18);
        ws.width(4, 50);
        int n = 0;
        if (framework != null) {
            for (Indicator i : framework.indicators()) {
                ws.value(1 + n, 0, safe(i.code()));
                ws.value(1 + n, 1, safe(i.name()));
                n++;
            }
        }
        int t = 0;
        for (TaxType type : taxTypes) {
            ws.value(1 + t, 3, safe(type.code()));
            ws.value(1 + t, 4, safe(type.name()));
            t++;
        }
        return n;
    }
}
