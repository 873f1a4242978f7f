package id.kinerja.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code installation} table: what was set up in this database once (the demo data set). */
@Repository
public class InstallationRepository {

    /** The advisory lock that serialises concurrent first starts (server and command line on one database). */
    private static final long DEMO_LOCK = 4242;

    private final JdbcClient jdbc;

    InstallationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the demo lock until the end of the current transaction. */
    public void lockForDemo() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(DEMO_LOCK).query().singleRow();
    }

    public boolean has(String key) {
        return jdbc.sql("select count(*) from installation where key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void record(String key, String value) {
        jdbc.sql("insert into installation (key, value) values (?, ?)")
                .params(key, value)
                .update();
    }
}
