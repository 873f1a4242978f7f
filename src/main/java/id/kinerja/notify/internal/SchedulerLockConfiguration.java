package id.kinerja.notify.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock of the notifications' scheduled job: a row of the table {@code shedlock} (V58) per job name, taken and
 * released by ShedLock's JDBC provider on the database's own clock, so that of several nodes (or a node restarted
 * while the old one still runs) one runs the job at a time.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerLockConfiguration {

    @Bean
    LockProvider notifyLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
