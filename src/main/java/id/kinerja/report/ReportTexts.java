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

    /**
     * The date a document is signed, in Indonesian ("3 Desember 2026"): the date the office entered for it
     * ({@link DocumentSettings}), else the day it is made.
     */
    String date(DocumentSetting setting) {
        return formats.date(DocumentSettings.date(setting, times.today()));
    }

    /**
     * Who signs the LAKIN and the NKO report: the unit's head. The name is the PK's first party's (who signed the
     * year's agreement), else the head the organisation records for the unit; the position is the first party's,
     * else the unit's head position, else "Kepala " and the unit's name. A name stays null when neither is known:
     * the consistency check ({@link DocumentSignatures}) names where to enter it and the document is a draft.
     */
    static PkReport.Party signer(PerformanceAgreement a, Unit unit) {
        PerformanceAgreement.Party first = a == null ? null : a.firstParty();
        String name = first != null && present(first.name()) ? first.name() : blankToNull(unit.headName());
        String position = first != null && present(first.position())
                ? first.position()
                : present(unit.headPosition()) ? unit.headPosition() : "Kepala " + unit.name();
        return new PkReport.Party(name, position);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return present(s) ? s : null;
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
