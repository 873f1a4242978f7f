package id.kinerja.database;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the application keeps its files and how it uses the database ({@code kinerja.data-dir},
 * {@code kinerja.temp-dir}, {@code kinerja.database.*}; docs/operations.md lists them with their environment
 * variables).
 *
 * @param dataDir where the embedded PostgreSQL keeps its cluster (ignored when spring.datasource.url is set)
 * @param tempDir the application's own temporary files (batch zips); what a killed server left there is removed at
 *     the next start; by default the folder tmp in the data directory
 * @param database how connections to the database behave
 */
@ConfigurationProperties("kinerja")
@Validated
public record DatabaseProperties(
        @DefaultValue("./data") @NotBlank String dataDir,
        String tempDir,
        @DefaultValue @Valid Database database) {

    public DatabaseProperties {
        if (tempDir == null || tempDir.isBlank()) {
            tempDir = dataDir == null ? null : Path.of(dataDir).resolve("tmp").toString();
        }
        if (database == null) {
            database = new Database(true, Database.DEFAULT_STATEMENT_TIMEOUT);
        }
    }

    /** The data directory, absolute. */
    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The temporary directory, absolute. */
    public Path tempDirectory() {
        return Path.of(tempDir).toAbsolutePath().normalize();
    }

    /**
     * The database's settings ({@code kinerja.database.*}).
     *
     * @param durable whether the embedded PostgreSQL writes through to disk (fsync); false only for throw-away test
     *     data, where a crash may lose the last transactions
     * @param statementTimeout every SQL statement (embedded or external database) is cancelled after this long, so that
     *     one runaway query cannot hold the pool: a PostgreSQL interval such as 60s, 2min or 500ms (a bare number is
     *     milliseconds); every connection starts with it (spring.datasource.hikari.connection-init-sql)
     */
    public record Database(
            @DefaultValue("true") boolean durable,

            @DefaultValue(DEFAULT_STATEMENT_TIMEOUT)
            @NotBlank
            @Pattern(
                    regexp = "[1-9][0-9]*\\s*(us|ms|s|min|h|d)?",
                    message = "must be a positive PostgreSQL interval such as 60s, 2min or 500ms")
            String statementTimeout) {

        static final String DEFAULT_STATEMENT_TIMEOUT = "60s";
    }
}
