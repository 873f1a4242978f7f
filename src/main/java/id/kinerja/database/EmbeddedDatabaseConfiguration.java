package id.kinerja.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (the default run and the tests), Kinerja starts its own
 * PostgreSQL with its data in {@code kinerja.data-dir} ({@code ./data}, or {@code $KINERJA_DATA_DIR}).
 * With {@code SPRING_DATASOURCE_URL} set, this configuration stays out and Spring Boot connects to
 * that server: nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return EmbeddedDatabase.startOrAttach(
                properties.dataDirectory(), properties.database().durable());
    }

    /**
     * The pool takes the same {@code spring.datasource.hikari.*} settings as for an external server, among them the
     * connection timeout and the statement timeout every connection starts with ({@code connection-init-sql}).
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername(database.username());
        ds.setPassword(database.password());
        ds.setPoolName("kinerja-embedded");
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
