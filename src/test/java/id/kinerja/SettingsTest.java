package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.SecurityProperties;
import id.kinerja.database.DatabaseProperties;
import id.kinerja.database.EventProperties;
import id.kinerja.demo.DemoProperties;
import id.kinerja.evidence.EvidenceProperties;
import id.kinerja.framework.FrameworkProperties;
import id.kinerja.notify.NotifyProperties;
import id.kinerja.report.BatchProperties;
import id.kinerja.web.LimitProperties;
import id.kinerja.web.TimeZoneProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

/**
 * The {@code kinerja.*} settings (docs/operations.md): each module's {@code *Properties} record has today's defaults,
 * every environment variable the operations guide names reaches its setting, and a value out of its bounds stops the
 * start, naming the setting and what is wrong with it.
 */
class SettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({
        DatabaseProperties.class,
        EventProperties.class,
        DemoProperties.class,
        EvidenceProperties.class,
        FrameworkProperties.class,
        BatchProperties.class,
        LimitProperties.class,
        TimeZoneProperties.class,
        SecurityProperties.class,
        NotifyProperties.class
    })
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class,
                    MessageSourceAutoConfiguration.class))
            .withPropertyValues("spring.messages.basename=messages", "spring.messages.fallback-to-system-locale=false")
            .withUserConfiguration(Settings.class);

    /** application.properties over the given environment variables only (no system properties of the test run). */
    private static Binder binder(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new PropertiesPropertySourceLoader()
                .load("application.properties", new ClassPathResource("application.properties"))
                .forEach(sources::addLast);
        return Binder.get(environment);
    }

    private static <T> T bind(Binder binder, String prefix, Class<T> type) {
        return binder.bindOrCreate(prefix, type);
    }

    @Test
    void theDefaultsAreTodays() throws IOException {
        Binder binder = binder(Map.of());
        DatabaseProperties database = bind(binder, "kinerja", DatabaseProperties.class);
        assertThat(database.dataDir()).isEqualTo("./data");
        assertThat(database.tempDirectory())
                .isEqualTo(Path.of("./data/tmp").toAbsolutePath().normalize());
        assertThat(database.database().durable()).isTrue();
        assertThat(database.database().statementTimeout()).isEqualTo("60s");
        EventProperties events = bind(binder, "kinerja.events", EventProperties.class);
        assertThat(events.resubmitFailed()).isTrue();
        assertThat(events.resubmitInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(events.keepCompleted()).isEqualTo(Duration.ofDays(30));
        assertThat(bind(binder, "kinerja", DemoProperties.class).demo()).isEqualTo(DemoProperties.Demo.AUTO);
        assertThat(bind(binder, "kinerja", FrameworkProperties.class).directory())
                .isEmpty();
        assertThat(bind(binder, "kinerja.evidence", EvidenceProperties.class).unitQuota())
                .isEqualTo(DataSize.ofMegabytes(500));
        assertThat(bind(binder, "kinerja.batch", BatchProperties.class)).isEqualTo(new BatchProperties(2, 8, 30));
        assertThat(bind(binder, "kinerja.limits", LimitProperties.class))
                .isEqualTo(
                        new LimitProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), DataSize.ofMegabytes(1)));
        assertThat(bind(binder, "kinerja", TimeZoneProperties.class).timeZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(bind(binder, "kinerja.mail", NotifyProperties.class))
                .isEqualTo(new NotifyProperties(
                        false, "kinerja@localhost", "http://localhost:8080", "0 0 6 * * *", 3, 30));
    }

    /** The same defaults without application.properties: the records' own, as the configuration metadata says. */
    @Test
    void theRecordsDefaultsAreTheSameWithoutTheApplicationsFile() {
        runner.withSystemProperties(
                        "kinerja.data-dir=", "kinerja.database.durable=true", "kinerja.events.resubmit-failed=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(EventProperties.class))
                            .isEqualTo(new EventProperties(true, Duration.ofMinutes(5), Duration.ofDays(30)));
                    assertThat(context.getBean(BatchProperties.class)).isEqualTo(new BatchProperties(2, 8, 30));
                    assertThat(context.getBean(EvidenceProperties.class).unitQuota())
                            .isEqualTo(DataSize.ofMegabytes(500));
                    assertThat(context.getBean(DemoProperties.class).demo()).isEqualTo(DemoProperties.Demo.AUTO);
                    assertThat(context.getBean(DatabaseProperties.class).database())
                            .isEqualTo(new DatabaseProperties.Database(true, "60s"));
                    assertThat(context.getBean(NotifyProperties.class))
                            .isEqualTo(new NotifyProperties(
                                    false, "kinerja@localhost", "http://localhost:8080", "0 0 6 * * *", 3, 30));
                });
    }

    @Test
    void everyDocumentedEnvironmentVariableReachesItsSetting() throws IOException {
        Map<String, Object> variables = Map.ofEntries(
                Map.entry("KINERJA_DATA_DIR", "/srv/kinerja"),
                Map.entry("KINERJA_DEMO", "false"),
                Map.entry("KINERJA_FRAMEWORKS_DIR", "/srv/frameworks"),
                Map.entry("KINERJA_STATEMENT_TIMEOUT", "2min"),
                Map.entry("KINERJA_DATABASE_DURABLE", "false"),
                Map.entry("KINERJA_LIMIT_API_BODY", "3MB"),
                Map.entry("KINERJA_LIMIT_NARRATIVE_BODY", "4MB"),
                Map.entry("KINERJA_LIMIT_FORM_BODY", "5MB"),
                Map.entry("KINERJA_EVIDENCE_UNIT_QUOTA", "1GB"),
                Map.entry("KINERJA_EVENTS_RESUBMIT_FAILED", "false"),
                Map.entry("KINERJA_EVENTS_RESUBMIT_INTERVAL", "PT1M"),
                Map.entry("KINERJA_EVENTS_KEEP_COMPLETED", "7d"),
                Map.entry("KINERJA_BATCH_MAXRUNNING", "3"),
                Map.entry("KINERJA_BATCH_MAXQUEUED", "4"),
                Map.entry("KINERJA_BATCH_KEEPMINUTES", "15"),
                Map.entry("KINERJA_TIMEZONE", "Asia/Makassar"),
                Map.entry("KINERJA_SECURITY_BCRYPTSTRENGTH", "12"),
                Map.entry("KINERJA_MAIL_ENABLED", "true"),
                Map.entry("KINERJA_MAIL_FROM", "kinerja@pajak.go.id"),
                Map.entry("KINERJA_MAIL_BASEURL", "https://kinerja.pajak.go.id"),
                Map.entry("KINERJA_MAIL_DIGESTCRON", "0 30 7 * * MON-FRI"),
                Map.entry("KINERJA_MAIL_DUESOONDAYS", "5"),
                Map.entry("KINERJA_MAIL_OVERDUEDAYS", "10"));
        Binder binder = binder(variables);
        DatabaseProperties database = bind(binder, "kinerja", DatabaseProperties.class);
        assertThat(database.dataDir()).isEqualTo("/srv/kinerja");
        assertThat(database.tempDir()).as("by default in the data directory").isEqualTo("/srv/kinerja/tmp");
        assertThat(database.database()).isEqualTo(new DatabaseProperties.Database(false, "2min"));
        assertThat(binder.bind("spring.datasource.hikari.connection-init-sql", String.class)
                        .get())
                .isEqualTo("set statement_timeout = '2min'");
        assertThat(bind(binder, "kinerja", DemoProperties.class).demo()).isEqualTo(DemoProperties.Demo.FALSE);
        assertThat(bind(binder, "kinerja", FrameworkProperties.class).directory())
                .contains(Path.of("/srv/frameworks"));
        assertThat(bind(binder, "kinerja.limits", LimitProperties.class))
                .isEqualTo(
                        new LimitProperties(DataSize.ofMegabytes(3), DataSize.ofMegabytes(4), DataSize.ofMegabytes(5)));
        assertThat(binder.bind("server.tomcat.max-http-form-post-size", DataSize.class)
                        .get())
                .isEqualTo(DataSize.ofMegabytes(4));
        assertThat(bind(binder, "kinerja.evidence", EvidenceProperties.class).unitQuota())
                .isEqualTo(DataSize.ofGigabytes(1));
        assertThat(bind(binder, "kinerja.events", EventProperties.class))
                .isEqualTo(new EventProperties(false, Duration.ofMinutes(1), Duration.ofDays(7)));
        assertThat(bind(binder, "kinerja.batch", BatchProperties.class)).isEqualTo(new BatchProperties(3, 4, 15));
        assertThat(bind(binder, "kinerja", TimeZoneProperties.class).timeZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(bind(binder, "kinerja.security", SecurityProperties.class)).isEqualTo(new SecurityProperties(12));
        assertThat(bind(binder, "kinerja.mail", NotifyProperties.class))
                .isEqualTo(new NotifyProperties(
                        true, "kinerja@pajak.go.id", "https://kinerja.pajak.go.id", "0 30 7 * * MON-FRI", 5, 10));

        Binder temp = binder(Map.of("KINERJA_DATA_DIR", "/srv/kinerja", "KINERJA_TEMP_DIR", "/var/tmp/kinerja"));
        assertThat(bind(temp, "kinerja", DatabaseProperties.class).tempDir()).isEqualTo("/var/tmp/kinerja");
    }

    @Test
    void theSpringSettingsTheGuideNamesFollowTheirVariables() throws IOException {
        Binder binder = binder(Map.of(
                "KINERJA_FORWARD_HEADERS", "native",
                "KINERJA_DB_CONNECTION_TIMEOUT", "1500",
                "KINERJA_DISK_MIN_FREE", "1GB",
                "KINERJA_EVENTS_STALE_AFTER", "20m",
                "PORT", "9090"));
        assertThat(binder.bind("server.forward-headers-strategy", String.class).get())
                .isEqualTo("native");
        assertThat(binder.bind("spring.datasource.hikari.connection-timeout", Long.class)
                        .get())
                .isEqualTo(1500L);
        assertThat(binder.bind("management.health.diskspace.threshold", DataSize.class)
                        .get())
                .isEqualTo(DataSize.ofGigabytes(1));
        assertThat(binder.bind("spring.modulith.events.staleness.published", Duration.class)
                        .get())
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(9090);
    }

    /** The failure of a start with the given settings: its whole message chain, as the start-up log shows it. */
    private String failure(String... settings) {
        StringBuilder text = new StringBuilder();
        runner.withPropertyValues(settings).run(context -> {
            assertThat(context).hasFailed();
            for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                text.append(t.getMessage()).append('\n');
            }
        });
        return text.toString();
    }

    @Test
    void bcryptRoundsOutsideFourToThirtyOneStopTheStart() {
        assertThat(failure("kinerja.security.bcrypt-strength=3"))
                .contains("kinerja.security", "bcryptStrength", "rejected value [3]");
        assertThat(failure("kinerja.security.bcrypt-strength=32")).contains("bcryptStrength", "rejected value [32]");
    }

    @Test
    void reminderDaysOutOfBoundsStopTheStart() {
        assertThat(failure("kinerja.mail.due-soon-days=-1"))
                .contains("kinerja.mail", "dueSoonDays", "rejected value [-1]");
        assertThat(failure("kinerja.mail.overdue-days=0")).contains("overdueDays", "rejected value [0]");
        assertThat(failure("kinerja.mail.digest-cron=every morning"))
                .contains("kinerja.mail.digest-cron", "every morning", "is not a cron expression");
    }

    @Test
    void aCountBelowOneStopsTheStart() {
        assertThat(failure("kinerja.batch.max-running=0"))
                .contains("kinerja.batch", "maxRunning", "rejected value [0]", "must be greater than or equal to 1");
        assertThat(failure("kinerja.batch.keep-minutes=-5")).contains("keepMinutes", "rejected value [-5]");
    }

    @Test
    void aSizeOfNothingStopsTheStartWithTheBundlesText() {
        MessageSource messages = runnerMessages();
        String expected = messages.getMessage("config.dataSize.positive", null, Locale.getDefault());
        assertThat(expected).doesNotStartWith("{");
        assertThat(failure("kinerja.limits.api-body=0B"))
                .contains("kinerja.limits", "apiBody", "rejected value [0B]", expected);
        assertThat(failure("kinerja.evidence.unit-quota=0MB")).contains("kinerja.evidence", "unitQuota", expected);
    }

    private MessageSource runnerMessages() {
        MessageSource[] found = new MessageSource[1];
        runner.run(context -> found[0] = context.getBean(MessageSource.class));
        return found[0];
    }

    @Test
    void aDurationOfNothingStopsTheStart() {
        assertThat(failure("kinerja.events.resubmit-interval=0s"))
                .contains("kinerja.events", "resubmitInterval", "must be longer than or equal to 1 second");
        assertThat(failure("kinerja.events.keep-completed=-1d")).contains("keepCompleted");
    }

    @Test
    void aStatementTimeoutThatIsNoIntervalStopsTheStart() {
        assertThat(failure("kinerja.database.statement-timeout=1min'; drop table unit; --"))
                .contains("kinerja.database", "statementTimeout", "must be a positive PostgreSQL interval");
        assertThat(failure("kinerja.database.statement-timeout=0")).contains("statementTimeout");
    }

    @Test
    void anUnknownDemoModeOrTimeZoneStopsTheStart() {
        assertThat(failure("kinerja.demo=sometimes")).contains("kinerja.demo", "sometimes");
        assertThat(failure("kinerja.time-zone=Mars/Olympus")).contains("kinerja.time-zone", "Mars/Olympus");
    }
}
