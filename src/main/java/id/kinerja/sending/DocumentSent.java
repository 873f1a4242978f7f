package id.kinerja.sending;

import id.kinerja.framework.Period;
import id.kinerja.report.ReportKind;

/** Published when an office sends a report to its Kanwil, inside the sending transaction. */
public record DocumentSent(
        long sentDocumentId,
        long unitId,
        long kanwilId,
        int year,
        ReportKind kind,
        Period period,
        int version,
        String sentBy) {}
