package id.kinerja.database;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A restarted node as far as the event publication registry is concerned (EventPublicationRestartTest): Spring Boot's
 * auto-configuration (the database from {@code spring.datasource.*}, Spring Modulith's JDBC registry with the settings
 * of application.properties: archive on completion, republish outstanding publications on restart) and the test's
 * listener. No component scan: no web server, no demo loader, no other module, so it starts in a second or two where
 * the whole application takes several. A test configuration, so the test contexts' component scan leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(EventPublicationRestartTest.FailsOnce.class)
class RestartedNode {}
