package id.kinerja.narrative.internal;

import id.kinerja.narrative.NarrativeVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of the office's prose per section ({@code report_narrative}): appended, never updated. Other modules
 * read and append through {@link id.kinerja.narrative.NarrativeService}.
 */
@Repository
public class NarrativeRepository {

    private final JdbcClient jdbc;

    public NarrativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NarrativeVersion> latest(long unitId, int year, String sectionKey) {
        return jdbc.sql("""
                        select section_key, version, content, author, created_at, carried_from from report_narrative
                        where unit_id = ? and year = ? and section_key = ? order by version desc limit 1""")
                .params(unitId, year, sectionKey)
                .query(NarrativeVersion.class)
                .optional();
    }

    /** The latest version of every written section of a unit's year, by key. */
    public Map<String, NarrativeVersion> latestAll(long unitId, int year) {
        Map<String, NarrativeVersion> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (section_key) section_key, version, content, author, created_at, carried_from
                        from report_narrative where unit_id = ? and year = ?
                        order by section_key, version desc""")
                .params(unitId, year)
                .query(NarrativeVersion.class)
                .list()
                .forEach(v -> out.put(v.sectionKey(), v));
        return out;
    }

    public List<NarrativeVersion> history(long unitId, int year, String sectionKey) {
        return jdbc.sql("""
                        select section_key, version, content, author, created_at, carried_from from report_narrative
                        where unit_id = ? and year = ? and section_key = ? order by version desc""")
                .params(unitId, year, sectionKey)
                .query(NarrativeVersion.class)
                .list();
    }

    /** Appends a version after the newest one (the demo loader, tests: no concurrent editor); returns its number. */
    public int append(long unitId, int year, String sectionKey, String content, String author) {
        int newest =
                latest(unitId, year, sectionKey).map(NarrativeVersion::version).orElse(0);
        return append(unitId, year, sectionKey, content, author, newest)
                .orElseThrow(() -> new IllegalStateException(
                        "narrative " + sectionKey + " saved concurrently after version " + newest));
    }

    /**
     * Appends the version after {@code baseVersion} when that is still the newest one, in one statement: the unique
     * constraint on (unit, year, section, version) is the arbiter between concurrent saves based on the same version,
     * so exactly one of them gets the number and the others get nothing (no exception, the transaction stays usable).
     *
     * @return the number written, or empty when another save came first (or {@code baseVersion} is not the newest)
     */
    public java.util.OptionalInt append(
            long unitId, int year, String sectionKey, String content, String author, int baseVersion) {
        return append(unitId, year, sectionKey, content, author, baseVersion, null);
    }

    /** The same, for a version copied from the year {@code carriedFrom} (null: written by someone). */
    public java.util.OptionalInt append(
            long unitId,
            int year,
            String sectionKey,
            String content,
            String author,
            int baseVersion,
            Integer carriedFrom) {
        return jdbc.sql("""
                        insert into report_narrative (unit_id, year, section_key, version, content, author, carried_from)
                        select ?, ?, ?, ? + 1, ?, ?, ?
                        where (select coalesce(max(version), 0) from report_narrative
                               where unit_id = ? and year = ? and section_key = ?) = ?
                        on conflict (unit_id, year, section_key, version) do nothing
                        returning version""")
                .params(
                        unitId,
                        year,
                        sectionKey,
                        baseVersion,
                        content,
                        author,
                        carriedFrom,
                        unitId,
                        year,
                        sectionKey,
                        baseVersion)
                .query(Integer.class)
                .optional()
                .map(java.util.OptionalInt::of)
                .orElse(java.util.OptionalInt.empty());
    }
}
