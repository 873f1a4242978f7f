package id.kinerja.web;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's time zone ({@code kinerja.time-zone}): moments on pages ({@link TimeFormats}), today's date of a
 * document, the expiry of an API token.
 *
 * @param timeZone the time zone moments are shown in and dates are taken in, e.g. Asia/Makassar; by default the
 *     server's
 */
@ConfigurationProperties("kinerja")
public record TimeZoneProperties(ZoneId timeZone) {

    public TimeZoneProperties {
        if (timeZone == null) {
            timeZone = ZoneId.systemDefault();
        }
    }
}
