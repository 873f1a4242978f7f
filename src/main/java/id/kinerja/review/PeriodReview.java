package id.kinerja.review;

import id.kinerja.framework.Period;
import java.time.OffsetDateTime;

/** An office's quarter marked as reviewed by the Kanwil. */
public record PeriodReview(long unitId, int year, Period period, String reviewedBy, OffsetDateTime reviewedAt) {}
