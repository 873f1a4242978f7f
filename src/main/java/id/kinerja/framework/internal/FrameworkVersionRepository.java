package id.kinerja.framework.internal;

import id.kinerja.framework.FrameworkVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded framework files (table {@code framework_version}): each version's text, by content. */
@Repository
public class FrameworkVersionRepository {

    private static final String COLUMNS = "id, code, year, name, version, source";

    /** A recorded file's text with where it came from. */
    public record StoredText(String source, String content) {}

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

    /** Records a new version of {@code code}, numbered one above its newest; returns it. */
    public FrameworkVersion insertNextVersion(
            String code, int year, String name, String sha256, String content, String source) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from framework_version where code = ?")
                .param(code)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into framework_version (code, year, name, version, sha256, content, source)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(code, year, name, version, sha256, content, source)
                .query(Long.class)
                .single();
        return new FrameworkVersion(id, code, year, name, version, source);
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
