package id.kinerja.report;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.Target;
import id.kinerja.web.Formats;
import id.kinerja.web.TimeFormats;
import java.math.BigDecimal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the documents share in print: their texts from the bundle, always in Indonesian ({@link ReportService#INDONESIAN}),
 * targets and values in the measurement unit's format, the signing place, date and parties.
 */
@Component
class ReportTexts {

    private final MessageSource messages;
    private final Formats formats;
    private final TimeFormats times;

    ReportTexts(MessageSource messages, Formats formats, TimeFormats times) {
        this.messages = messages;
        this.formats = formats;
        this.times = times;
    }

    /** Where a document is signed: the agreement's place, else the unit's area (office data); null when neither. */
    static String place(PerformanceAgreement a, Unit unit) {
        return a.signingPlace(unit.area());
    }

    /** The signing date of a report made now, in Indonesian ("3 Desember 2026"). */
    String today() {
        return formats.date(times.today());
    }

    static PkReport.Party party(PerformanceAgreement.Party p) {
        return p == null ? new PkReport.Party(null, null) : new PkReport.Party(p.name(), p.position());
    }

    String unitName(MeasurementUnit unit) {
        return unit == null ? "" : text("report.unit." + unit.name());
    }

    /** A target in the unit's format; a range as "lower – upper"; a dash when none. */
    String target(Target t, MeasurementUnit unit) {
        if (t == null) {
            return "–";
        }
        return t.upper() == null ? value(t.value(), unit) : value(t.value(), unit) + " – " + value(t.upper(), unit);
    }

    /** Rupiah and whole counts without decimals, percentages and indexes with two. */
    String value(BigDecimal v, MeasurementUnit unit) {
        if (v == null) {
            return "–";
        }
        if (unit == MeasurementUnit.RUPIAH
                || (unit == MeasurementUnit.COUNT && v.stripTrailingZeros().scale() <= 0)) {
            return formats.rupiah(v);
        }
        return formats.index(v);
    }

    String text(String key) {
        return messages.getMessage(key, null, ReportService.INDONESIAN);
    }

    /** A text with its arguments (already formatted in Indonesian). */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, ReportService.INDONESIAN);
    }
}
