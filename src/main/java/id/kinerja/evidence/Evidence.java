package id.kinerja.evidence;

import id.kinerja.framework.Period;
import id.kinerja.web.ByteSizes;
import java.time.OffsetDateTime;

/** A stored evidence file of a realization (its content is read only for a download). */
public record Evidence(
        long id,
        long unitId,
        int year,
        String indicatorCode,
        Period period,
        String filename,
        String contentType,
        long sizeBytes,
        String sha256,
        EvidenceKind kind,
        String uploadedBy,
        OffsetDateTime uploadedAt) {

    /** The size for people: {@code 840 B}, {@code 12 KB}, {@code 1,4 MB}. */
    public String sizeText() {
        return size(sizeBytes);
    }

    static String size(long bytes) {
        return ByteSizes.text(bytes);
    }
}
