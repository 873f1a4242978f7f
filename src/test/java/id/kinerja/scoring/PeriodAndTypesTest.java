package id.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.framework.Colour;
import id.kinerja.framework.ColourBands;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodAndTypesTest {

    @ParameterizedTest
    @CsvSource({
        "q1, Q1",
        "Q2, Q2",
        "s1, S1",
        "SMT1, S1",
        "Smt. 1, S1",
        "q3, Q3",
        "sdq3, SDQ3",
        "s.d. Q3, SDQ3",
        "Q4, Q4",
        "y, Y"
    })
    void parsesCaseInsensitively(String text, Period expected) {
        assertThat(Period.parse(text)).isEqualTo(expected);
    }

    @Test
    void rejectsUnknownPeriodsNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> Period.parse("Q5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Q5")
                .hasMessageContaining("Q1, Q2, S1 (or SMT1), Q3, SDQ3, Q4, Y");
    }

    @Test
    void labelsAndQuarters() {
        assertThat(List.of(Period.values()))
                .extracting(Period::label)
                .containsExactly("Q1", "Q2", "Smt. 1", "Q3", "s.d. Q3", "Q4", "Y");
        assertThat(Period.S1.quarters()).containsExactly(Period.Q1, Period.Q2);
        assertThat(Period.SDQ3.quarters()).containsExactly(Period.Q1, Period.Q2, Period.Q3);
        assertThat(Period.Y.quarters()).containsExactly(Period.Q1, Period.Q2, Period.Q3, Period.Q4);
        assertThat(Period.Y.lastQuarter()).isEqualTo(Period.Q4);
        assertThat(Period.S1.isAggregate()).isTrue();
        assertThat(Period.Q3.isAggregate()).isFalse();
        assertThat(Period.Q3.quarters()).containsExactly(Period.Q3);
    }

    @ParameterizedTest
    @CsvSource({"120, GREEN", "100, GREEN", "99.99, YELLOW", "80, YELLOW", "79.99, RED", "-5, RED"})
    void colourBands(String index, Colour colour) {
        assertThat(ColourBands.DEFAULT.colourOf(new BigDecimal(index))).isEqualTo(colour);
    }

    @Test
    void colourLabelsAreIndonesian() {
        assertThat(List.of(Colour.values())).extracting(Colour::label).containsExactly("Hijau", "Kuning", "Merah");
    }

    @ParameterizedTest
    @CsvSource({
        "108.38, Istimewa",
        "100.01, Istimewa",
        "100, Baik",
        "90.01, Baik",
        "90, Butuh Perbaikan",
        "80.5, Butuh Perbaikan",
        "80, Kurang",
        "60.01, Kurang",
        "60, Sangat Kurang",
        "-3, Sangat Kurang"
    })
    void predicateScaleOf2024(String nko, String predicate) {
        Framework fw = KupangFixture.framework();
        assertThat(fw.predicateScale().predicateOf(new BigDecimal(nko)).name()).isEqualTo(predicate);
        assertThat(fw.predicateScale().assumption()).isTrue();
        assertThat(fw.predicateScale().note()).contains("Asumsi").contains("administrator");
    }

    @Test
    void exclusionTexts() {
        for (Exclusion e : Exclusion.values()) {
            assertThat(e.code()).isEqualTo(e.name());
            assertThat(e.key()).isEqualTo("scoring.exclusion." + e.name());
            // every reason is in both bundles, and the two differ (the English one is not a copy)
            assertThat(TraceRendering.id(TraceLine.of(e.key())))
                    .isNotEqualTo(e.key())
                    .isNotEqualTo(TraceRendering.en(TraceLine.of(e.key())));
        }
        assertThat(TraceRendering.id(TraceLine.of(Exclusion.NO_TARGET.key())))
                .isEqualTo("Tidak ada target untuk periode ini");
        assertThat(TraceRendering.en(TraceLine.of(Exclusion.NO_TARGET.key()))).isEqualTo("No target for this period");
    }
}
