package id.kinerja.indicator;

import java.time.OffsetDateTime;

/** A narrative note on an IKU during the year (not the LAKIN's prose), with its author and time. */
public record IndicatorNote(
        long id,
        long unitId,
        int year,
        String indicatorCode,
        String content,
        String author,
        OffsetDateTime createdAt) {}
