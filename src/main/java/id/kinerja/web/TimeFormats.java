package id.kinerja.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Moments (who did what when) for templates: {@code ${@times.format(t)}} -> {@code 31 Januari 2025 14.05},
 * in the installation's time zone ({@code kinerja.time-zone}, by default the server's).
 */
@Component("times")
public class TimeFormats {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Locale.forLanguageTag("id-ID"));

    private final ZoneId zone;

    TimeFormats(TimeZoneProperties properties) {
        this.zone = properties.timeZone();
    }

    /** Today's date in {@code kinerja.time-zone}: the date a document is made and signed. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(zone);
    }

    public String format(OffsetDateTime at) {
        return at == null ? "–" : FORMAT.format(at.atZoneSameInstant(zone));
    }
}
