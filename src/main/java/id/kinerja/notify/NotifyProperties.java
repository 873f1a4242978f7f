package id.kinerja.notify;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The notifications' e-mail and reminders (docs/operations.md, "E-mail"). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, port, username, password).
 *
 * @param enabled whether the daily digest is sent by e-mail; off: one INFO log line per digest instead
 * @param from the sender address of the e-mails
 * @param baseUrl the address of the application as the recipients reach it, put before the links of an e-mail
 * @param digestCron when the digest and reminder job runs (Spring cron, in {@code kinerja.time-zone})
 * @param dueSoonDays how many days before a realization deadline the DUE_SOON reminder is written
 * @param overdueDays how long after a realization deadline it is still reminded as OVERDUE (once), so a server that
 *     was down on the day catches up, and a first start does not remind of every past year
 */
@Validated
@ConfigurationProperties("kinerja.mail")
public record NotifyProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("kinerja@localhost") @NotBlank String from,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("0 0 6 * * *") @NotBlank String digestCron,
        @DefaultValue("3") @Min(0) @Max(60) int dueSoonDays,
        @DefaultValue("30") @Min(1) @Max(366) int overdueDays) {

    public NotifyProperties {
        if (digestCron != null && !CronExpression.isValidExpression(digestCron)) {
            throw new IllegalArgumentException(
                    "kinerja.mail.digest-cron: '" + digestCron + "' is not a cron expression (e.g. 0 0 6 * * *)");
        }
    }

    /** {@code baseUrl} without a trailing slash, then {@code path}. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
