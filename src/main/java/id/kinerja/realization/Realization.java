package id.kinerja.realization;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What was entered for one IKU of a unit in one period: the value (or only its components), a note,
 * its source, its review status, who entered it and when.
 */
public record Realization(
        String indicatorCode,
        Period period,
        BigDecimal value,
        Map<String, BigDecimal> components,
        String note,
        String source,
        RealizationStatus status,
        String enteredBy,
        OffsetDateTime enteredAt) {}
