package id.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts and numbers with units kept on one line: no-break spaces inside them, no line break inside them in the
 * PDF; codes, years, the style sheet and charts left alone.
 */
class UnbreakableTest {

    @Test
    void spacesInsideFiguresBecomeNoBreakSpaces() {
        assertThat(Unbreakable.text("sebesar Rp1.727.817.621.290 dari target Rp 1.719.188.387.000 atau 100,50%."))
                .isEqualTo("sebesar Rp1.727.817.621.290 dari target Rp\u00A01.719.188.387.000 atau 100,50%.");
        assertThat(Unbreakable.text("(Rp. 135.513.050.000), tumbuh -3,25 % dan 1,2 miliar"))
                .isEqualTo("(Rp.\u00A0135.513.050.000), tumbuh -3,25\u00A0% dan 1,2\u00A0miliar");
    }

    @Test
    void codesYearsAndPlainNumbersAreNotFigures() {
        String text = "WA.4707.EBB.001 tahun 2024, KMK 467/KMK.01/2023, SS1, 01a-CP, versi 3.2.1, 20 IKU";
        assertThat(Unbreakable.figures(text)).isEmpty();
        assertThat(Unbreakable.text(text)).isEqualTo(text);
        assertThat(Unbreakable.figures("Rp1.727.817 dan 100,50 %"))
                .extracting(r -> r[0] + "-" + r[1])
                .containsExactly("0-11", "16-24");
    }

    @Test
    void onlyTheBodyTextIsRewrittenNotTheHeadStylesOrCharts() {
        String xhtml = "<html><head><title>Rp 1.000</title><style>p { width: 1.000 %; }</style></head><body>"
                + "<p class=\"x\" title=\"Rp 1.000\">Rp 2.000</p><svg><text>3.000,5 %</text></svg><td>4,5 %</td>"
                + "<!-- 5.000,1 % --></body></html>";
        assertThat(Unbreakable.noBreakSpaces(xhtml))
                .isEqualTo("<html><head><title>Rp 1.000</title><style>p { width: 1.000 %; }"
                        + "</style></head><body><p class=\"x\" title=\"Rp 1.000\">Rp\u00A02.000</p>"
                        + "<svg><text>3.000,5 %</text></svg><td>4,5\u00A0%</td><!-- 5.000,1 % --></body></html>");
    }

    @Test
    void thePdfLineBreakerMakesNoBreakInsideAFigure() {
        FigureLineBreaker breaker = new FigureLineBreaker();
        String text = "realisasi penerimaan pajak Rp1.727.817.621.290 dari target 100,50% dan WA.4707.EBB";
        breaker.setText(text);
        List<Integer> breaks = new java.util.ArrayList<>();
        for (int b = breaker.next(); b >= 0; b = breaker.next()) {
            breaks.add(b);
        }
        int amount = text.indexOf("Rp1.");
        int percent = text.indexOf("100,50%");
        assertThat(breaks)
                .isNotEmpty()
                .noneMatch(b -> b > amount && b < amount + "Rp1.727.817.621.290".length())
                .noneMatch(b -> b > percent && b < percent + "100,50%".length())
                .contains(text.indexOf("dari"));
    }
}
