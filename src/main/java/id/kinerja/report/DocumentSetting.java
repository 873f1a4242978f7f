package id.kinerja.report;

import id.kinerja.framework.Period;
import java.time.LocalDate;

/**
 * Where and when a unit's document of a year is signed, as the office entered it: the LAKIN (period {@code Y}) or the
 * NKO report of one period. A null place or date takes the document's default ({@link DocumentSettings#place},
 * {@link DocumentSettings#date}).
 */
public record DocumentSetting(ReportKind document, Period period, String place, LocalDate date) {}
