package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.consistency.ConsistencyCheck;
import id.kinerja.consistency.DocumentCheck;
import id.kinerja.consistency.FindingTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The LAKIN model's figures printed in two places: the Kupang 2024 model agrees with itself; a model with one figure
 * changed in one place is named by the check.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LakinFiguresTest {

    private static final Locale ID = Locale.forLanguageTag("id-ID");

    @Autowired
    ConsistencyCheck check;

    @Autowired
    ReportService reports;

    @Autowired
    FindingTexts texts;

    @Autowired
    List<DocumentCheck> documentChecks;

    @Test
    void theKupangModelAgreesWithItselfAndEachChangedFigureIsNamed() {
        // the consistency check runs this one (beside its own checks of the data)
        assertThat(documentChecks).hasAtLeastOneElementOfType(LakinFigures.class);
        LakinReport kupang = reports.lakinModel("KPP-KUPANG", 2024);
        assertThat(LakinFigures.contradictions(kupang)).isEmpty();

        // the IKU table prints another Q4 target for 04b-N than the PK appendix (the 2024 report: 100,00 and 85,00)
        List<LakinReport.PerspectiveBlock> blocks = new ArrayList<>();
        for (LakinReport.PerspectiveBlock b : kupang.perspectives()) {
            blocks.add(new LakinReport.PerspectiveBlock(
                    b.name(),
                    b.weight(),
                    b.index(),
                    b.indicators().stream()
                            .map(i -> !i.code().equals("04b-N")
                                    ? i
                                    : new LakinReport.Iku(
                                            i.anchor(),
                                            i.code(),
                                            i.name(),
                                            i.objective(),
                                            i.unit(),
                                            i.definition(),
                                            i.formula(),
                                            i.dataSource(),
                                            i.periods().stream()
                                                    .map(c -> !c.label().equals("Q4")
                                                            ? c
                                                            : new LakinReport.PeriodCell(
                                                                    c.label(),
                                                                    "99,00",
                                                                    c.scoredAgainst(),
                                                                    c.realization(),
                                                                    c.derived(),
                                                                    c.index(),
                                                                    c.colour(),
                                                                    c.colourLabel()))
                                                    .toList(),
                                            i.history(),
                                            i.pkTarget(),
                                            i.renstraTarget(),
                                            i.nationalStandard(),
                                            i.dataNote(),
                                            i.blocks(),
                                            i.chart()))
                            .toList()));
        }
        // a revenue group without one of its rows' worth (the 2023 column of the report: F PPh DTP missing)
        LakinReport.Revenue rv = kupang.revenue();
        LakinReport.RevenueRow first = rv.rows().getFirst();
        List<LakinReport.RevenueRow> rows = new ArrayList<>(rv.rows());
        rows.set(
                0,
                new LakinReport.RevenueRow(
                        first.code(),
                        first.name(),
                        first.group(),
                        first.target(),
                        "1,00",
                        first.realization(),
                        first.achievement(),
                        first.growth(),
                        first.lastGrowth()));
        // the DIPA total not the sum of its programs
        LakinReport.Budget bg = kupang.budget();
        LakinReport.BudgetKind dipa = bg.dipaTotal();
        LakinReport mutated = new LakinReport(
                kupang.unitName(),
                kupang.unitCode(),
                kupang.parentName(),
                kupang.year(),
                kupang.place(),
                kupang.date(),
                kupang.head(),
                kupang.nko(),
                kupang.predicate(),
                kupang.colour(),
                kupang.texts(),
                blocks,
                kupang.sheet(),
                kupang.agreement(),
                new LakinReport.Revenue(rows, rv.total(), rv.history(), rv.chart(), rv.note(), rv.net()),
                new LakinReport.Budget(
                        bg.lines(),
                        new LakinReport.BudgetKind(
                                dipa.code(), dipa.name(), "1.000", dipa.realization(), dipa.absorption()),
                        bg.kinds(),
                        bg.total(),
                        bg.chart(),
                        bg.note()),
                kupang.awards(),
                kupang.innovations(),
                kupang.charts(),
                kupang.summary());

        List<String> found = LakinFigures.contradictions(mutated).stream()
                .map(f -> f.severity() + " " + f.check() + " " + texts.text(f.where(), ID) + ": "
                        + texts.text(f.what(), ID))
                .toList();
        assertThat(found).hasSize(4);
        assertThat(found.get(0))
                .startsWith("ERROR document LAKIN 2024: IKU 04b-N, Triwulan IV: ")
                .contains("Target tercetak 99,00 di tabel IKU (Bab III), tetapi 85,00 di lampiran PK.");
        assertThat(found.get(1))
                .startsWith("ERROR document LAKIN 2024: penerimaan, " + first.code() + " " + first.name()
                        + ", realisasi tahun lalu: ")
                .contains("tercetak 1,00");
        assertThat(found.get(2))
                .startsWith(
                        "ERROR document LAKIN 2024: penerimaan, " + rv.total().name() + ", realisasi tahun lalu: ");
        assertThat(found.get(3))
                .startsWith("ERROR document LAKIN 2024: anggaran, Jumlah DIPA, pagu: ")
                .contains("Jumlah DIPA tercetak Rp1.000, tetapi");
    }

    @Test
    void printedFiguresAreReadTheIndonesianWay() {
        assertThat(LakinFigures.read("1.609,11")).isEqualByComparingTo("1609.11");
        assertThat(LakinFigures.read("100,50%")).isEqualByComparingTo("100.50");
        assertThat(LakinFigures.read("–")).isNull();
        assertThat(LakinFigures.read(null)).isNull();
    }

    @Test
    void theLakinBeingRenderedGivesTheSameCheckWithoutBuildingItsModelAgain() {
        LakinReport model = reports.lakinModel("KPP-KUPANG", 2024);
        assertThat(check.check("KPP-KUPANG", 2024, LakinFigures.contradictions(model))
                        .findings())
                .isEqualTo(check.check("KPP-KUPANG", 2024).findings());
    }
}
