package id.kinerja.agreement;

import java.math.BigDecimal;

/**
 * An IKU's targets in the planning documents above the PK (Renstra DJP, RPJMN) and its national standard for a unit's
 * year; any of the three may be null (the document sets none).
 */
public record PlanningReference(
        String indicatorCode,
        BigDecimal renstraTarget,
        BigDecimal rpjmnTarget,
        BigDecimal nationalStandard,
        String source) {}
