package id.kinerja.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and numbers with units kept on one line; codes, years, the style sheet and charts left alone. */
class UnbreakableTest {

    private static String nobr(String figure) {
        return "<span class=\"nobr\">" + figure + "</span>";
    }

    @Test
    void amountsPercentagesAndSignedNumbersAreKeptTogether() {
        assertThat(Unbreakable.text("sebesar Rp1.727.817.621.290 dari target Rp 1.719.188.387.000 atau 100,50%."))
                .isEqualTo("sebesar " + nobr("Rp1.727.817.621.290") + " dari target " + nobr("Rp\u00A01.719.188.387.000")
                        + " atau " + nobr("100,50%") + ".");
        assertThat(Unbreakable.text("(Rp. 135.513.050.000), tumbuh -3,25 % dan 1,2 miliar"))
                .isEqualTo("(" + nobr("Rp.\u00A0135.513.050.000") + "), tumbuh " + nobr("-3,25\u00A0%") + " dan "
                        + nobr("1,2\u00A0miliar"));
    }

    @Test
    void codesYearsAndPlainNumbersAreLeftAlone() {
        String text = "WA.4707.EBB.001 tahun 2024, KMK 467/KMK.01/2023, SS1, 01a-CP, versi 3.2.1, 20 IKU";
        assertThat(Unbreakable.text(text)).isEqualTo(text);
    }

    @Test
    void onlyTheBodyTextIsRewrittenNotTheHeadStylesOrCharts() {
        String xhtml = "<html><head><title>Rp 1.000</title><style>p { width: 1.000%; }</style></head><body>"
                + "<p class=\"x\" title=\"Rp 1.000\">Rp 2.000</p><svg><text>3.000,5%</text></svg><td>4,5%</td>"
                + "<!-- 5.000,1% --></body></html>";
        assertThat(Unbreakable.figures(xhtml)).isEqualTo("<html><head><title>Rp 1.000</title><style>p { width: 1.000%; }"
                + "</style></head><body><p class=\"x\" title=\"Rp 1.000\">" + nobr("Rp\u00A02.000") + "</p>"
                + "<svg><text>3.000,5%</text></svg><td>" + nobr("4,5%") + "</td><!-- 5.000,1% --></body></html>");
    }
}
