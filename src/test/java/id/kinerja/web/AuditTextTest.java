package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The audit trail's stored machine texts shown in the reader's words, the stored text itself untouched. */
class AuditTextTest {

    static final Locale ID = Locale.forLanguageTag("id-ID");

    final AuditText text = new AuditText(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void statesAndDecimalsInTheReadersLanguage() {
        assertThat(text.value("1234.56 [APPROVED]", ID)).isEqualTo("1234,56 [Disetujui]");
        assertThat(text.value("1234.56 [APPROVED]", Locale.ENGLISH)).isEqualTo("1234.56 [Approved]");
        assertThat(text.value("KEGIATAN=90.5; PESERTA=12 [SUBMITTED] | catatan", ID))
                .isEqualTo("KEGIATAN=90,5; PESERTA=12 [Diajukan] | catatan");
        assertThat(text.value("88.80 (VERIFIED)", ID)).isEqualTo("88,8 (Terverifikasi)");
        assertThat(text.value("versi 3 (SIGNED)", ID)).isEqualTo("versi 3 (Ditandatangani)");
    }

    @Test
    void whatIsNotAStoredCodeOrDecimalStaysAsItIs() {
        assertThat(text.value("tanggal 2024-09-02, kode WA.4707.EBB, APPROVED tanpa kurung", ID))
                .isEqualTo("tanggal 2024-09-02, kode WA.4707.EBB, APPROVED tanpa kurung");
        assertThat(text.value(null, ID)).isNull();
    }

    @Test
    void periodCodesInEntityKeysByTheirNames() {
        assertThat(text.key("2024/01a-CP/Q1", ID)).isEqualTo("2024 / 01a-CP / Triwulan I");
        assertThat(text.key("2024/04a-CP/SDQ3", Locale.ENGLISH)).isEqualTo("2024 / 04a-CP / Up to Quarter III");
        assertThat(text.key("2024/Y/realization", ID)).isEqualTo("2024 / Tahunan / realisasi");
        assertThat(text.key("2024/ceiling/WA.4707", Locale.ENGLISH)).isEqualTo("2024 / ceiling / WA.4707");
        assertThat(text.key("2024/ceiling/WA.4707", ID)).isEqualTo("2024 / pagu / WA.4707");
        assertThat(text.key(null, ID)).isNull();
    }
}
