package id.kinerja.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every "today" is read from (deadlines and their days left, reminders, the date a document was sent), in
 * the installation's time zone ({@code kinerja.time-zone}). Tests replace the bean to fix the day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(TimeZoneProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
