package id.kinerja.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Colour thresholds for indexes (docs/domain.md §4; configurable): green from {@code greenFrom} (default 100), yellow from
 * {@code yellowFrom} (default 80) to below green, red below yellow.
 */
public record ColourBands(BigDecimal greenFrom, BigDecimal yellowFrom) {

    public static final ColourBands DEFAULT = new ColourBands(new BigDecimal("100"), new BigDecimal("80"));

    public ColourBands {
        Objects.requireNonNull(greenFrom, "greenFrom");
        Objects.requireNonNull(yellowFrom, "yellowFrom");
    }

    /** The colour of an index; null for a null index. */
    public Colour colourOf(BigDecimal index) {
        if (index == null) {
            return null;
        }
        if (index.compareTo(greenFrom) >= 0) {
            return Colour.GREEN;
        }
        if (index.compareTo(yellowFrom) >= 0) {
            return Colour.YELLOW;
        }
        return Colour.RED;
    }
}
