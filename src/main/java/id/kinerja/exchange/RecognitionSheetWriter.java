package id.kinerja.exchange;

import static id.kinerja.exchange.ExportCells.*;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetKindMonth;
import id.kinerja.budget.BudgetKindTotal;
import id.kinerja.budget.BudgetService;
import id.kinerja.organisation.Unit;
import id.kinerja.recognition.Attachment;
import id.kinerja.recognition.Recognitions;
import id.kinerja.recognition.StoredAward;
import id.kinerja.recognition.StoredInnovation;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The sheets of the summary by kind of spending (Jenis Belanja, Jenis Belanja Bulanan) and of the awards and
 * innovations (Penghargaan, Inovasi) of a unit's year; an attachment is named in its info column only.
 */
@Component
final class RecognitionSheetWriter {

    private final BudgetService budget;
    private final Recognitions recognitions;

    RecognitionSheetWriter(BudgetService budget, Recognitions recognitions) {
        this.budget = budget;
        this.recognitions = recognitions;
    }

    void writeKinds(Worksheet kinds, Worksheet months, Unit unit, int year) {
        header(kinds, KIND_HEADERS);
        widths(kinds, 18, 14, 40, 20, 20);
        listOf(kinds, 1, List.of("51", "52", "53"));
        int r = 1;
        for (BudgetKindTotal k : budget.findKinds(unit.id(), year)) {
            kinds.value(r, 0, WorkbookExporter.safe(unit.code()));
            kinds.value(r, 1, k.kind());
            text(kinds, r, 2, k.name());
            kinds.value(r, 3, k.ceiling());
            kinds.value(r, 4, k.realization());
            r++;
        }
        header(months, KIND_MONTH_HEADERS);
        widths(months, 18, 14, 8, 20);
        listOf(months, 1, List.of("51", "52", "53"));
        listOf(months, 2, monthNumbers());
        r = 1;
        for (BudgetKindMonth m : budget.findKindMonths(unit.id(), year)) {
            months.value(r, 0, WorkbookExporter.safe(unit.code()));
            months.value(r, 1, m.kind());
            months.value(r, 2, m.month());
            months.value(r, 3, m.realization());
            r++;
        }
    }

    void writeRecognitions(Worksheet awards, Worksheet innovations, Unit unit, int year) {
        header(awards, AWARD_HEADERS);
        widths(awards, 18, 6, 60, 40, 12, 60, 30);
        int r = 1;
        for (StoredAward a : recognitions.storedAwards(unit.id(), year)) {
            awards.value(r, 0, WorkbookExporter.safe(unit.code()));
            awards.value(r, 1, a.position());
            text(awards, r, 2, a.award().title());
            text(awards, r, 3, a.award().giver());
            text(
                    awards,
                    r,
                    4,
                    a.award().date() == null ? null : a.award().date().toString());
            text(awards, r, 5, a.award().description());
            text(awards, r, 6, name(a.attachment()));
            r++;
        }
        header(innovations, INNOVATION_HEADERS);
        widths(innovations, 18, 6, 30, 40, 60, 60, 30);
        r = 1;
        for (StoredInnovation n : recognitions.storedInnovations(unit.id(), year)) {
            innovations.value(r, 0, WorkbookExporter.safe(unit.code()));
            innovations.value(r, 1, n.position());
            text(innovations, r, 2, n.innovation().name());
            text(innovations, r, 3, n.innovation().longName());
            text(innovations, r, 4, n.innovation().description());
            text(innovations, r, 5, String.join("\n", n.innovation().goals()));
            text(innovations, r, 6, name(n.attachment()));
            r++;
        }
    }

    private static String name(Attachment a) {
        return a == null ? null : a.name();
    }
}
