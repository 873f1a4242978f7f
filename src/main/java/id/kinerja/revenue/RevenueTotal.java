package id.kinerja.revenue;

import java.math.BigDecimal;

/**
 * A unit's net revenue of a year as reported (docs/domain.md §6): the net target, and the net realization, with,
 * when the office entered them, the gross revenue and the refunds (restitusi / pengembalian) it is made of; then
 * {@code realization = gross - refunds} exactly ({@link RevenueFigures#saveNet} refuses anything else). Any figure
 * may be unknown.
 */
public record RevenueTotal(int year, BigDecimal target, BigDecimal gross, BigDecimal refunds, BigDecimal realization) {

    /** A net figure reported without its gross and refunds (the older rows, the demo's). */
    public RevenueTotal(int year, BigDecimal target, BigDecimal realization) {
        this(year, target, null, null, realization);
    }

    /** True when the gross and the refunds are known (then the net is their difference). */
    public boolean hasGross() {
        return gross != null && refunds != null;
    }
}
