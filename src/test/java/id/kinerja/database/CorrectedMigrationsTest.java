package id.kinerja.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database migrated with V8's old comment starts again; one whose V8 changed otherwise is still refused. */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectedMigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    int checksum() {
        return jdbc.sql("select checksum from flyway_schema_history where version = '8'")
                .query(Integer.class)
                .single();
    }

    void setChecksum(int value) {
        jdbc.sql("update flyway_schema_history set checksum = ? where version = '8'")
                .param(value)
                .update();
    }

    @Test
    void theNewChecksumIsTheOneFlywayComputesForTheFileAsItIsNow() {
        assertThat(checksum())
                .isEqualTo(CorrectedMigrations.CORRECTIONS.getFirst().newChecksum());
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void theOldChecksumIsRealignedAndAnyOtherIsRefused() {
        CorrectedMigrations.Correction v8 = CorrectedMigrations.CORRECTIONS.getFirst();
        try {
            setChecksum(v8.oldChecksum());
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
            assertThat(checksum()).isEqualTo(v8.newChecksum());

            setChecksum(42);
            assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
            assertThat(checksum()).isEqualTo(42);
        } finally {
            setChecksum(v8.newChecksum());
        }
    }
}
