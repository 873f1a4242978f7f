package id.kinerja.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kinerja.framework.FrameworkLoader;
import id.kinerja.framework.FrameworkValidationException;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupFailureAnalyzerTest {

    @Test
    void anInvalidFrameworkIsReportedInIndonesianWithoutEnglishInParentheses() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // an operator's JVM may run in English: the start-up text stays Indonesian
        try {
            FrameworkValidationException invalid = catchThrowableOfType(
                    FrameworkValidationException.class,
                    () -> FrameworkLoader.load("rusak.yaml", new StringReader("- a\n")));
            FailureAnalysis analysis =
                    new StartupFailureAnalyzer().analyze(new IllegalStateException(invalid), invalid);
            assertThat(analysis.getDescription())
                    .isEqualTo(
                            "1 masalah dalam kerangka kinerja:\nrusak.yaml:1:1: (dokumen): harus berupa pemetaan kunci: nilai");
            assertThat(analysis.getAction())
                    .isEqualTo("Perbaiki berkas kerangka kinerja di tempat yang disebutkan, lalu mulai ulang.");
            assertThat(analysis.getCause()).isSameAs(invalid);
        } finally {
            Locale.setDefault(before);
        }
    }
}
