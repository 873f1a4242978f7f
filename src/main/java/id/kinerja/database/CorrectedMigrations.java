package id.kinerja.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Migrations whose text was corrected after databases had applied them, without any change to what they do (a
 * comment): Flyway checks each applied migration's checksum, so a database migrated with the old text would refuse
 * to start. Before Flyway validates, the history row of such a migration that still carries the checksum of the old
 * text gets the checksum of the new one; a row with any other checksum is left alone, so a migration changed in
 * substance is still refused. Spring Boot registers every {@link Callback} bean with its Flyway.
 */
@Component
class CorrectedMigrations implements Callback {

    /** One corrected migration: its version and the checksums of the old and the current text. */
    record Correction(String version, int oldChecksum, int newChecksum) {}

    /** V8: its comment cited a file outside the repository; it cites docs/domain.md now. */
    static final List<Correction> CORRECTIONS = List.of(new Correction("8", 1648744268, 497575263));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        try {
            realign(context.getConnection(), table);
        } catch (SQLException e) {
            throw new IllegalStateException("checksum koreksi migrasi tidak dapat diterapkan: " + e.getMessage(), e);
        }
    }

    static void realign(Connection connection, String table) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, table);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return; // a new database: nothing applied yet
                }
            }
        }
        String sql =
                "update \"" + table.replace("\"", "\"\"") + "\" set checksum = ? where version = ? and checksum = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Correction c : CORRECTIONS) {
                update.setInt(1, c.newChecksum());
                update.setString(2, c.version());
                update.setInt(3, c.oldChecksum());
                update.executeUpdate();
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "kinerja-corrected-migrations";
    }
}
