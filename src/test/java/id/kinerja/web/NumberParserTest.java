package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.web.NumberParser.Style;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strict reading of typed numbers by the user's language (docs/architecture.md, "Numbers typed by people"):
 * a table of inputs by locale, and the round trip format -> read in both styles.
 *
 * <p>Decided: {@code 98.765} in Indonesian is a valid grouping and reads 98765 (a dot is never a decimal mark in
 * Indonesian); for a percent IKU the realization's plausibility check catches it (RealizationWorkflowTest).
 */
class NumberParserTest {

    static final Locale ID = Locale.forLanguageTag("id-ID");

    @ParameterizedTest(name = "[{0}] \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "REFUSED", textBlock = """
            id | 1.234,56          | 1234.56
            id | 1234,5            | 1234.5
            id | 1234              | 1234
            id | 98.765            | 98765
            id | 1.234             | 1234
            id | 1.234.567,891     | 1234567.891
            id | 0,5               | 0.5
            id | -12,5             | -12.5
            id | '  98,5 '         | 98.5
            id | 100               | 100
            id | 1,234.5           | REFUSED
            id | 1234.5            | REFUSED
            id | 12.5              | REFUSED
            id | 1.23              | REFUSED
            id | 12.3456           | REFUSED
            id | 1.2345,6          | REFUSED
            id | 12,3,4            | REFUSED
            id | 1.234.5           | REFUSED
            id | ,5                | REFUSED
            id | 5,                | REFUSED
            id | 1 234,5           | REFUSED
            id | abc               | REFUSED
            id | 12,3x             | REFUSED
            id | 1e3               | REFUSED
            id | +5                | REFUSED
            id | .234              | REFUSED
            en | 1,234.56          | 1234.56
            en | 1234.5            | 1234.5
            en | 1234              | 1234
            en | 98,765            | 98765
            en | 0.5               | 0.5
            en | -1,000,000.25     | -1000000.25
            en | 1.234,56          | REFUSED
            en | 1234,5            | REFUSED
            en | 1,23              | REFUSED
            en | 12,3456.7         | REFUSED
            en | 1.234.567         | REFUSED
            fr | 1.234,56          | 1234.56
            fr | 1,234.56          | REFUSED
            """)
    void readsStrictlyByLocale(String language, String text, String expected) {
        Locale locale = "id".equals(language) ? ID : Locale.forLanguageTag(language);
        if (expected == null) {
            assertThatThrownBy(() -> NumberParser.read(text, locale))
                    .isInstanceOf(NumberParser.Refused.class)
                    .satisfies(
                            e -> assertThat(((NumberParser.Refused) e).style().example())
                                    .isEqualTo("en".equals(language) ? "1,234.56" : "1.234,56"));
        } else {
            assertThat(NumberParser.read(text, locale)).isEqualByComparingTo(expected);
        }
    }

    @Test
    void blankAndOverlongTextIsRefusedAndTheRefusalShowsTheExpectedFormat() {
        assertThatThrownBy(() -> NumberParser.read("", Style.INDONESIAN)).isInstanceOf(NumberParser.Refused.class);
        assertThatThrownBy(() -> NumberParser.read(null, Style.INDONESIAN)).isInstanceOf(NumberParser.Refused.class);
        NumberParser.Refused long41 = org.junit.jupiter.api.Assertions.assertThrows(
                NumberParser.Refused.class, () -> NumberParser.read("1".repeat(41), Style.INDONESIAN));
        assertThat(long41.text()).hasSize(41).endsWith("…");
        NumberParser.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(
                NumberParser.Refused.class, () -> NumberParser.read("1,234.5", Style.INDONESIAN));
        assertThat(refused.expected().getCodes()).containsExactly("number.format.expected");
        assertThat(refused.expected().getArguments()).containsExactly("1.234,56");
    }

    @Test
    void formatsGroupedAndPlainInEachStyle() {
        assertThat(NumberParser.format(new BigDecimal("1234.5"), Style.INDONESIAN))
                .isEqualTo("1.234,5");
        assertThat(NumberParser.format(new BigDecimal("1234.5"), Style.ENGLISH)).isEqualTo("1,234.5");
        assertThat(NumberParser.format(new BigDecimal("-1234567.890"), Style.INDONESIAN))
                .isEqualTo("-1.234.567,89");
        assertThat(NumberParser.format(new BigDecimal("123"), Style.ENGLISH)).isEqualTo("123");
        assertThat(NumberParser.format(new BigDecimal("1E+3"), Style.INDONESIAN))
                .isEqualTo("1.000");
        assertThat(NumberParser.plain(new BigDecimal("1234.50"), Style.INDONESIAN))
                .isEqualTo("1234,5");
        assertThat(NumberParser.plain(new BigDecimal("1234.50"), Style.ENGLISH)).isEqualTo("1234.5");
    }

    /** Property: for random values of every size and scale, format then read gives the value back, both styles. */
    @Test
    void formatThenReadRoundTripsInBothStyles() {
        Random random = new Random(20240917L);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value =
                    new BigDecimal(new java.math.BigInteger(random.nextInt(1, 70), random), random.nextInt(0, 12));
            if (random.nextBoolean()) {
                value = value.negate();
            }
            for (Style style : Style.values()) {
                String grouped = NumberParser.format(value, style);
                String plain = NumberParser.plain(value, style);
                if (grouped.length() <= NumberParser.MAX_LENGTH) {
                    assertThat(NumberParser.read(grouped, style)).as(grouped).isEqualByComparingTo(value);
                }
                if (plain.length() <= NumberParser.MAX_LENGTH) {
                    assertThat(NumberParser.read(plain, style)).as(plain).isEqualByComparingTo(value);
                }
                // and the other style never reads the grouped text as the same value unless it is the same text
                Style other = style == Style.INDONESIAN ? Style.ENGLISH : Style.INDONESIAN;
                if (grouped.length() <= NumberParser.MAX_LENGTH && (grouped.contains(",") || grouped.contains("."))) {
                    try {
                        BigDecimal misread = NumberParser.read(grouped, other);
                        assertThat(misread.compareTo(value) == 0 && !grouped.equals(NumberParser.format(value, other)))
                                .as("%s in %s", grouped, other)
                                .isFalse();
                    } catch (NumberParser.Refused expected) {
                        // refused: fine
                    }
                }
            }
        }
    }
}
