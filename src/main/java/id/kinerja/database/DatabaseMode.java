package id.kinerja.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells the rest of the application whether it runs on its own embedded PostgreSQL (demo mode). */
@Component
public class DatabaseMode {

    private final boolean embedded;

    DatabaseMode(ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
        this.embedded = embeddedDatabase.getIfAvailable() != null;
    }

    public boolean isEmbedded() {
        return embedded;
    }
}
