package id.kinerja.frameworkeditor.internal;

import id.kinerja.frameworkeditor.FrameworkDraft;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drafts of the framework editor (table {@code framework_draft}). */
@Repository
public class FrameworkDraftRepository {

    private static final String COLUMNS = "id, code, year, name, based_on_id as based_on_version_id, content,"
            + " created_by, created_at, updated_by, updated_at, row_version, published_version_id, published_at";

    private final JdbcClient jdbc;

    FrameworkDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FrameworkDraft insert(String code, int year, String name, Long basedOnId, String content, String by) {
        long id = jdbc.sql("""
                        insert into framework_draft (code, year, name, based_on_id, content, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(code, year, name, basedOnId, content, by, by)
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    public Optional<FrameworkDraft> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from framework_draft where id = ?")
                .param(id)
                .query(FrameworkDraft.class)
                .optional();
    }

    /** The draft locked for a change in this transaction. */
    public Optional<FrameworkDraft> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from framework_draft where id = ? for update")
                .param(id)
                .query(FrameworkDraft.class)
                .optional();
    }

    public Optional<FrameworkDraft> openDraftOf(String code) {
        return jdbc.sql("select " + COLUMNS + " from framework_draft where code = ? and published_version_id is null")
                .param(code)
                .query(FrameworkDraft.class)
                .optional();
    }

    /** The drafts being edited, newest change first. */
    public List<FrameworkDraft> open() {
        return jdbc.sql("select " + COLUMNS
                        + " from framework_draft where published_version_id is null order by updated_at desc, id desc")
                .query(FrameworkDraft.class)
                .list();
    }

    /** Stores a new text on the row version it was read at; false when someone saved in between. */
    public boolean update(long id, int rowVersion, String code, int year, String name, String content, String by) {
        return jdbc.sql("""
                        update framework_draft set code = ?, year = ?, name = ?, content = ?, updated_by = ?,
                            updated_at = now(), row_version = row_version + 1
                        where id = ? and row_version = ? and published_version_id is null""")
                        .params(code, year, name, content, by, id, rowVersion)
                        .update()
                == 1;
    }

    public void markPublished(long id, long versionId, String by) {
        jdbc.sql("""
                        update framework_draft set published_version_id = ?, published_at = now(), updated_by = ?,
                            updated_at = now(), row_version = row_version + 1
                        where id = ?""").params(versionId, by, id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from framework_draft where id = ? and published_version_id is null")
                .param(id)
                .update();
    }
}
