package id.kinerja.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data version (V55, docs/architecture.md "Caches across nodes"): a number that every committed change to the
 * scoring data (units, frameworks, agreements, realizations, reported indexes, history) makes larger, whichever node
 * or path (web, API, import, command line) made it. A cache keyed by it is never stale: after a change the key is new
 * on every node. Reading it is one primary-key lookup.
 */
@Component
public class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version now: larger after every committed change to the scoring data. */
    public long current() {
        return jdbc.sql("select version from data_version where id = 1")
                .query(Long.class)
                .single();
    }
}
