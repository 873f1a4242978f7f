package id.kinerja.realization;

import id.kinerja.framework.Period;
import java.math.BigDecimal;

/**
 * An index an office reported itself beside its realization (the workbook's "Indeks dilaporkan" column): the
 * application scores with its own engine (docs/domain.md §4), so a reported index is only compared with it, in the
 * import preview and in every later consistency check.
 */
public record ReportedIndex(String indicatorCode, Period period, BigDecimal reported) {

    /** How far a reported index may be from the engine's: 0,01 (a report rounds to two decimals). */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    /** The one rule: a reported index contradicts the engine's (full precision) when more than 0,01 apart. */
    public static boolean differs(BigDecimal reported, BigDecimal engine) {
        return engine.subtract(reported).abs().compareTo(TOLERANCE) > 0;
    }

    /**
     * Whether the engine's index of this IKU and period ({@code engine}, null when the engine does not score it)
     * contradicts this reported index: it is not scored at all, or it {@link #differs}. What the dashboard and the
     * documents mark beside the engine's index.
     */
    public boolean contradictedBy(BigDecimal engine) {
        return engine == null || differs(reported, engine);
    }
}
