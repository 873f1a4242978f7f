package id.kinerja.framework;

import java.time.OffsetDateTime;

/**
 * A framework (a year's Manual IKU) as recorded in the database: code, year, name and its version number. A recorded
 * version never changes; an agreement points at it.
 *
 * @param source      the file it was loaded from, or "editor:&lt;draft&gt;" for a draft published in the application
 * @param origin      where it came from: {@link #FILE} or {@link #EDITOR}
 * @param publishedBy the account that published it in the editor; null for a file
 * @param loadedAt    when it was recorded
 */
public record FrameworkVersion(
        long id,
        String code,
        int year,
        String name,
        int version,
        String source,
        String origin,
        String publishedBy,
        OffsetDateTime loadedAt) {

    /** A framework file of the jar or of {@code kinerja.frameworks-dir}. */
    public static final String FILE = "file";

    /** A draft published in the application's framework editor. */
    public static final String EDITOR = "editor";
}
