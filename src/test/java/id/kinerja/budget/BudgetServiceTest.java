package id.kinerja.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.budget.internal.BudgetRevisionRepository;
import id.kinerja.organisation.Units;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The DIPA figures of the Kupang 2024 demo (read only), against the report's figures computed by hand. */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetServiceTest {

    @Autowired
    BudgetService service;

    @Autowired
    Units units;

    @Test
    void kupang2024() {
        BudgetYear b = service.year(units.findByCode("KPP-KUPANG").orElseThrow().id(), 2024);

        // tree order with depth
        assertThat(b.lines().stream()
                        .map(l -> l.depth() + " " + (l.unitemised() ? "rest of " + l.parentCode() : l.code()))
                        .toList())
                .containsExactly(
                        "0 CC",
                        "1 CC.4791",
                        "2 CC.4791.BMA.004",
                        "2 CC.4791.BMA.005",
                        "1 CC.4792",
                        "2 CC.4792.BMB.003",
                        "2 CC.4792.BMB.005",
                        "1 CC.4794",
                        "2 CC.4794.BCE.001",
                        "2 CC.4794.BIG.003",
                        "2 CC.4794.BIG.004",
                        "2 CC.4794.BIG.005",
                        "0 WA",
                        "1 WA.4707",
                        "2 WA.4707.CAN.003",
                        "2 WA.4707.EBA.001",
                        "2 WA.4707.EBA.994",
                        "2 WA.4707.EBB",
                        "3 WA.4707.EBB.002",
                        "3 rest of WA.4707.EBB",
                        "1 WA.4708",
                        "2 WA.4708.EBA.994");
        // WA.4707.EBB (6.330.192.000 / 6.163.411.141) has one recorded output (404.540.000 / 387.162.372): the rest is
        // its own row, so that every parent is the sum of the rows directly under it
        BudgetYear.Line rest = b.lines().stream()
                .filter(BudgetYear.Line::unitemised)
                .findFirst()
                .orElseThrow();
        assertThat(rest.ceiling()).isEqualByComparingTo("5925652000");
        assertThat(rest.realization()).isEqualByComparingTo("5776248769");
        assertThat(rest.code()).isNull();
        assertThat(rest.level()).isNull();
        for (BudgetYear.Line parent : b.lines()) {
            List<BudgetYear.Line> under = b.lines().stream()
                    .filter(l -> parent.code() != null && parent.code().equals(l.parentCode()))
                    .toList();
            if (!under.isEmpty()) {
                assertThat(under.stream().map(BudgetYear.Line::ceiling).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("ceiling under %s", parent.code())
                        .isEqualByComparingTo(parent.ceiling());
                assertThat(under.stream().map(BudgetYear.Line::realization).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("realization under %s", parent.code())
                        .isEqualByComparingTo(parent.realization());
            }
        }
        BudgetYear.Line penilaian = b.line("CC.4794.BIG.005");
        assertThat(penilaian.absorption()).isEqualByComparingTo("5.329087910007842"); // 3,941,500 / 73,962,000 (5.33)
        assertThat(b.line("WA.4708.EBA.994").kind()).isEqualTo(51);
        assertThat(b.line("CC").originalCeiling()).isEqualByComparingTo("2400023000"); // never revised

        // DIPA total: the programs, 13,756,200,083 of 14,577,137,000 = 94.37%
        assertThat(b.dipaTotal().ceiling()).isEqualByComparingTo("14577137000");
        assertThat(b.dipaTotal().realization()).isEqualByComparingTo("13756200083");
        assertThat(b.dipaTotal().absorption()).isEqualByComparingTo("94.36832543317662");

        // kinds of spending (report: 92.16, 91.89, 97.37)
        assertThat(b.kinds()).extracting(BudgetYear.Kind::kind).containsExactly(51, 52, 53);
        assertThat(b.kinds().get(0).absorption()).isEqualByComparingTo("92.15788047712289");
        assertThat(b.kinds().get(1).absorption()).isEqualByComparingTo("91.89332909060942");
        assertThat(b.kinds().get(2).absorption()).isEqualByComparingTo("97.36654588694710");
        // their total as printed: 14,587,677,000 (contradiction 8), 94.30%; flagged
        assertThat(b.kindsTotal().ceiling()).isEqualByComparingTo("14587677000");
        assertThat(b.kindsTotal().realization()).isEqualByComparingTo("13756200083");
        assertThat(b.kindsTotal().absorption()).isEqualByComparingTo("94.30014170864902");
        assertThat(b.kindsMatchDipa()).isFalse();

        assertThat(b.hasMonths()).isFalse();
        assertThat(b.revisions()).isEmpty();
        assertThat(b.nextRevisionNo()).isEqualTo(1);
    }

    @Test
    void aRemainderRowOnlyWhenTheChildrenAddUpToLessThanTheirParent() {
        BudgetLine parent = line("P", null, "1000", "800");
        assertThat(BudgetService.unitemised(parent, List.of(), 1))
                .as("no children")
                .isNull();
        assertThat(BudgetService.unitemised(
                        parent, List.of(line("P.1", "P", "600", "500"), line("P.2", "P", "400", "300")), 1))
                .as("exact")
                .isNull();
        assertThat(BudgetService.unitemised(parent, List.of(line("P.1", "P", "1200", "500")), 1))
                .as("children above the parent: a data error, nothing made up")
                .isNull();
        assertThat(BudgetService.unitemised(parent, List.of(line("P.1", "P", "600", "900")), 1))
                .as("realization above the parent")
                .isNull();
        BudgetYear.Line rest = BudgetService.unitemised(parent, List.of(line("P.1", "P", "600", "800")), 1);
        assertThat(rest.unitemised()).isTrue();
        assertThat(rest.depth()).isEqualTo(1);
        assertThat(rest.parentCode()).isEqualTo("P");
        assertThat(rest.ceiling()).isEqualByComparingTo("400");
        assertThat(rest.realization()).isEqualByComparingTo("0");
        assertThat(rest.absorption()).isEqualByComparingTo("0");
    }

    private static BudgetLine line(String code, String parent, String ceiling, String realization) {
        return new BudgetLine(
                2024,
                code,
                parent,
                BudgetLevel.OUTPUT,
                code,
                null,
                new BigDecimal(ceiling),
                new BigDecimal(realization));
    }

    @Test
    void monthsAreNotCountedTwiceAndRevisionsGiveTheOriginalCeiling() {
        var lines = List.of(
                new BudgetLine(2025, "P", null, BudgetLevel.PROGRAM, "Program", null, bd("1000"), bd("300")),
                new BudgetLine(2025, "P.1", null, BudgetLevel.ACTIVITY, "Kegiatan", 52, bd("400"), bd("100")),
                new BudgetLine(2025, "Q", null, BudgetLevel.PROGRAM, "Program 2", null, bd("0"), bd("0")));
        var months = List.of(
                new BudgetMonth(2025, "P", 1, bd("100")),
                new BudgetMonth(2025, "P.1", 1, bd("40")), // under P, which has months: not counted
                new BudgetMonth(2025, "P", 2, bd("150")));
        var revisions = List.of(
                new BudgetRevisionRepository.Stored(
                        "P", 1, java.time.LocalDate.of(2025, 3, 1), bd("800"), bd("900"), "a", "u", null),
                new BudgetRevisionRepository.Stored(
                        "P", 2, java.time.LocalDate.of(2025, 6, 1), bd("900"), bd("1000"), "b", "u", null));
        BudgetYear b = BudgetService.compute(1, 2025, lines, List.of(), months, revisions);

        assertThat(b.line("P").originalCeiling()).isEqualByComparingTo("800");
        assertThat(b.line("P").revisionCount()).isEqualTo(2);
        assertThat(b.line("P.1").depth()).isEqualTo(1);
        assertThat(b.line("Q").absorption()).isNull(); // ceiling 0
        assertThat(b.dipaTotal().originalCeiling()).isEqualByComparingTo("800");
        assertThat(b.dipaTotal().absorption()).isEqualByComparingTo("30"); // 300 / 1000
        assertThat(b.months()).hasSize(2);
        assertThat(b.months().get(0).realization()).isEqualByComparingTo("100");
        assertThat(b.months().get(1).cumulative()).isEqualByComparingTo("250");
        assertThat(b.months().get(1).absorption()).isEqualByComparingTo("25"); // 250 / 1000
        assertThat(b.kindsTotal()).isNull();
        assertThat(b.nextRevisionNo()).isEqualTo(3);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
