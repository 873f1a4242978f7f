package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.budget.BudgetLevel;
import id.kinerja.budget.BudgetYear;
import id.kinerja.web.Formats;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapter III.B of the LAKIN notes each entered kind of spending that differs from the DIPA lines carrying it. */
class LakinBudgetKindsTest {

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static BudgetYear year(List<BudgetYear.KindCheck> checks) {
        var line = new BudgetYear.Line(
                0,
                "P",
                null,
                BudgetLevel.PROGRAM,
                "Program",
                53,
                bd("300"),
                bd("300"),
                bd("200"),
                bd("66.7"),
                0,
                false);
        var kind = new BudgetYear.Kind(53, "Belanja Modal", bd("1300"), bd("200"), bd("15.4"));
        return new BudgetYear(
                1,
                2024,
                List.of(line),
                new BudgetYear.Total(bd("300"), bd("300"), bd("200"), bd("66.7")),
                List.of(kind),
                new BudgetYear.Kind(0, "Jumlah", bd("1300"), bd("200"), bd("15.4")),
                List.of(),
                List.of(),
                checks);
    }

    @Test
    void aKindThatDiffersFromItsLinesIsNotedAndOneThatAgreesIsNot() {
        LakinFinanceChapter chapter = new LakinFinanceChapter(new Formats());
        var differs = new BudgetYear.KindCheck(
                53, "Belanja Modal", bd("1300"), bd("200"), 1, bd("300"), bd("200"), true, false);
        LakinReport.Budget b = chapter.budget(year(List.of(differs)), new HashMap<>());
        assertThat(b.kindNotes())
                .containsExactly("Jenis belanja 53 (Belanja Modal) yang dilaporkan (pagu 1.300, realisasi 200) berbeda"
                        + " dari jumlah 1 baris DIPA berjenis 53 (pagu 300, realisasi 200).");
        assertThat(b.note()).contains("berbeda dari jumlah pagu DIPA"); // the totals, as before
        var agrees = new BudgetYear.KindCheck(
                53, "Belanja Modal", bd("1300"), bd("200"), 1, bd("1300"), bd("200"), true, true);
        assertThat(chapter.budget(year(List.of(agrees)), new HashMap<>()).kindNotes())
                .isEmpty();
    }
}
