package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.framework.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.FormattingConversionService;

/** The {@code period} of a request read by Spring's conversion service, as registered in {@link WebConfiguration}. */
class PeriodFormatterTest {

    private final FormattingConversionService conversion = new FormattingConversionService();

    PeriodFormatterTest() {
        conversion.addFormatterForFieldType(Period.class, new PeriodFormatter());
    }

    @Test
    void readsTheNamesInAnyCaseAndTheLongSpellings() {
        assertThat(conversion.convert("Q1", Period.class)).isEqualTo(Period.Q1);
        assertThat(conversion.convert("s1", Period.class)).isEqualTo(Period.S1);
        assertThat(conversion.convert("SMT1", Period.class)).isEqualTo(Period.S1);
        assertThat(conversion.convert("s.d. Q3", Period.class)).isEqualTo(Period.SDQ3);
        assertThat(conversion.convert("y", Period.class)).isEqualTo(Period.Y);
        assertThat(new PeriodFormatter().print(Period.SDQ3, Locale.ENGLISH)).isEqualTo("SDQ3");
    }

    @Test
    void blankIsNoPeriod() {
        assertThat(conversion.convert("", Period.class)).isNull();
        assertThat(conversion.convert("   ", Period.class)).isNull();
        assertThat(PeriodFormatter.read(null)).isNull();
    }

    @Test
    void anUnknownNameIsRefusedWithTheTextAsSent() {
        assertThatThrownBy(() -> conversion.convert("Q9", Period.class))
                .isInstanceOf(ConversionFailedException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .cause()
                .isInstanceOfSatisfying(
                        PeriodFormatter.Unknown.class, e -> assertThat(e.text()).isEqualTo("Q9"));
    }
}
