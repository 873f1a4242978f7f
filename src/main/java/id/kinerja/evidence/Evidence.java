package id.kinerja.evidence;

import id.kinerja.framework.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/** A stored evidence file of a realization (its content is read only for a download). */
public record Evidence(long id, long unitId, int year, String indicatorCode, Period period, String filename,
                       String contentType, long sizeBytes, String sha256, EvidenceKind kind, String uploadedBy,
                       OffsetDateTime uploadedAt) {

    /** The size for people: {@code 840 B}, {@code 12 KB}, {@code 1,4 MB}. */
    public String sizeText() {
        return size(sizeBytes);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP) + " KB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',') + " MB";
    }
}
