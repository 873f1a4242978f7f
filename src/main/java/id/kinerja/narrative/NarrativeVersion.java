package id.kinerja.narrative;

import java.time.OffsetDateTime;

/** One stored version of a section's prose. {@code content} is sanitised XHTML that may hold placeholders. */
public record NarrativeVersion(
        String sectionKey, int version, String content, String author, OffsetDateTime createdAt) {}
