package id.kinerja.narrative;

import java.time.OffsetDateTime;

/**
 * One stored version of a section's prose. {@code content} is sanitised XHTML that may hold placeholders;
 * {@code carriedFrom} is the year it was copied from ("Mulai dari narasi tahun lalu"), null when someone wrote it.
 */
public record NarrativeVersion(
        String sectionKey, int version, String content, String author, OffsetDateTime createdAt, Integer carriedFrom) {

    /** Copied from last year and not saved since: a draft that needs review. */
    public boolean carriedOver() {
        return carriedFrom != null;
    }
}
