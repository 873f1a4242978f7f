package id.kinerja.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.narrative.PlaceholderWording.Figure;
import id.kinerja.narrative.PlaceholderWording.Mismatch;
import org.junit.jupiter.api.Test;

/** The word before a placeholder against the figure it prints. */
class PlaceholderWordingTest {

    @Test
    void anIndexPrintedWhereTheSentenceSaysRealizationIsAMismatch() {
        // the Kupang 2024 09c-N prose: "realisasi 105,61%" printed the index
        assertThat(PlaceholderWording.mismatches("<p>IKU ini mencapai realisasi sebesar {{iku.09c-N.indeks.Y}}%.</p>"))
                .containsExactly(new Mismatch("iku.09c-N.indeks.Y", "realisasi", Figure.REALIZATION, Figure.INDEX));
        assertThat(PlaceholderWording.mismatches("<p>dengan <b>indeks</b> capaian {{iku.06b-N.realisasi.Y}}</p>"))
                .extracting(Mismatch::said, Mismatch::printed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Figure.INDEX, Figure.REALIZATION));
        assertThat(PlaceholderWording.mismatches("targetnya {{iku.01a-CP.realisasi.Q4}}")
                        .getFirst()
                        .suggestion())
                .isEqualTo("iku.01a-CP.target.Q4");
        assertThat(PlaceholderWording.mismatches("Realisasi {{nko.Y}}")
                        .getFirst()
                        .printed())
                .isEqualTo(Figure.INDEX);
    }

    @Test
    void matchingWordsOtherWordsAndOtherSentencesAreNotJudged() {
        assertThat(PlaceholderWording.mismatches("""
                <p>Realisasi tahun 2024 adalah sebesar {{iku.01b-CP.realisasi.Y}} dengan indeks capaian maksimal
                {{iku.08b-CP.indeks.Y}}. Target penerimaan Rp{{penerimaan.target}}, realisasinya adalah
                {{iku.09a-N.realisasi.Y}}; IKU 1.583 tercapai {{iku.01a-CP.realisasi.Y}}. Realisasi.
                Nilai {{iku.02a-CP.indeks.Y}}, pagu Rp{{anggaran.pagu}} dan {{kepala.nama}}.</p>""")).isEmpty();
        // the word belongs to the sentence before: a new sentence starts after ". "
        assertThat(PlaceholderWording.mismatches("Angka realisasi. {{iku.01a-CP.indeks.Y}}"))
                .isEmpty();
        // a word further back than the leading words is not read as naming the figure
        assertThat(PlaceholderWording.mismatches("realisasi kantor kami {{iku.01a-CP.indeks.Y}}"))
                .isEmpty();
        assertThat(PlaceholderWording.printed("predikat.Y")).isNull();
        assertThat(PlaceholderWording.printed("belanja.51.pagu")).isEqualTo(Figure.CEILING);
    }
}
