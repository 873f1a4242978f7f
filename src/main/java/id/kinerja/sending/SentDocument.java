package id.kinerja.sending;

import id.kinerja.framework.Period;
import id.kinerja.report.ReportKind;
import java.time.OffsetDateTime;

/**
 * A document as an office sent it to its Kanwil (without its bytes): which report, the version of that report's
 * sending, the file, the SHA-256 of the frozen PDF, who sent it and when, and the receipt.
 */
public record SentDocument(
        long id,
        long unitId,
        int year,
        ReportKind kind,
        Period period,
        int version,
        String fileName,
        String sha256,
        long size,
        String sentBy,
        OffsetDateTime sentAt,
        String note,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
