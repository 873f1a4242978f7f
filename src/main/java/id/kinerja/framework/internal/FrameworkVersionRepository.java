package id.kinerja.framework.internal;

import id.kinerja.framework.FrameworkVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recorded frameworks (table {@code framework_version}): each version's text, by content. Every node of the
 * application reads them from here, so a version published on one node is known on all.
 */
@Repository
public class FrameworkVersionRepository {

    private static final String COLUMNS = "id, code, year, name, version, source, origin, published_by, loaded_at";

    /** A recorded file's text with where it came from. */
    public record StoredText(String source, String content) {}

    /** Who and what a new version records besides its text. */
    public record Publication(String origin, String publishedBy, Long basedOnId) {}

    private final JdbcClient jdbc;

    FrameworkVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FrameworkVersion> findByContent(String code, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from framework_version where code = ? and sha256 = ?")
                .params(code, sha256)
                .query(FrameworkVersion.class)
                .optional();
    }

    /** Records a new version of {@code code} loaded from a file, numbered one above its newest; returns it. */
    public FrameworkVersion insertNextVersion(
            String code, int year, String name, String sha256, String content, String source) {
        return insertNextVersion(
                code, year, name, sha256, content, source, new Publication(FrameworkVersion.FILE, null, null));
    }

    /**
     * Records a new version of {@code code}, numbered one above its newest; returns it. Two nodes publishing the
     * same code at once: the second fails on the unique (code, version) and its transaction rolls back.
     */
    public FrameworkVersion insertNextVersion(
            String code, int year, String name, String sha256, String content, String source, Publication by) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from framework_version where code = ?")
                .param(code)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into framework_version
                            (code, year, name, version, sha256, content, source, origin, published_by, based_on_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        code,
                        year,
                        name,
                        version,
                        sha256,
                        content,
                        source,
                        by.origin(),
                        by.publishedBy(),
                        by.basedOnId())
                .query(Long.class)
                .single();
        return findById(id).orElseThrow();
    }

    public Optional<FrameworkVersion> latest(String code) {
        return jdbc.sql("select " + COLUMNS + " from framework_version where code = ? order by version desc limit 1")
                .param(code)
                .query(FrameworkVersion.class)
                .optional();
    }

    public List<FrameworkVersion> all() {
        return jdbc.sql("select " + COLUMNS + " from framework_version order by code, version")
                .query(FrameworkVersion.class)
                .list();
    }

    /** The versions of one year, newest first (the last published before the others). */
    public List<FrameworkVersion> ofYear(int year) {
        return jdbc.sql("select " + COLUMNS + " from framework_version where year = ? order by loaded_at desc, id desc")
                .param(year)
                .query(FrameworkVersion.class)
                .list();
    }

    public Optional<FrameworkVersion> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from framework_version where id = ?")
                .param(id)
                .query(FrameworkVersion.class)
                .optional();
    }

    public Optional<StoredText> text(long id) {
        return jdbc.sql("select source, content from framework_version where id = ?")
                .param(id)
                .query(StoredText.class)
                .optional();
    }
}
