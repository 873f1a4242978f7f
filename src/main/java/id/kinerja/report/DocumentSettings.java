package id.kinerja.report;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.report.internal.DocumentSettingRepository;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where and when a unit's LAKIN and NKO reports of a year are signed (docs/domain.md §8): entered once per unit-year
 * (per period for the NKO report) on the web, through the API, and printed by the documents. Nothing entered: the
 * place of the PK, else the office's city (the first city or regency of the area it serves); the day the document is
 * made. The PK's own number, date and place are the agreement header's.
 */
@Service
public class DocumentSettings {

    /** The longest place accepted (the column's width). */
    public static final int PLACE_LENGTH = 128;

    static final String ENTITY = "document-setting";

    private final DocumentSettingRepository settings;
    private final UnitAccess access;
    private final AuditLog audit;

    DocumentSettings(DocumentSettingRepository settings, UnitAccess access, AuditLog audit) {
        this.settings = settings;
        this.access = access;
        this.audit = audit;
    }

    /** The documents that have a place and date of their own: the LAKIN, then the NKO report of each period. */
    public static List<DocumentSetting> documents() {
        List<DocumentSetting> out = new ArrayList<>();
        out.add(new DocumentSetting(ReportKind.LAKIN, Period.Y, null, null));
        for (Period p : Period.values()) {
            out.add(new DocumentSetting(ReportKind.NKO, p, null, null));
        }
        return out;
    }

    /** Every document of a unit's year ({@link #documents()}) with what the office entered (null where nothing). */
    @Transactional(readOnly = true)
    public List<DocumentSetting> of(long unitId, int year) {
        Map<String, DocumentSetting> stored = new LinkedHashMap<>();
        settings.find(unitId, year).forEach(s -> stored.put(key(s), s));
        return documents().stream().map(d -> stored.getOrDefault(key(d), d)).toList();
    }

    /** The setting entered for one document, or one with neither place nor date. */
    @Transactional(readOnly = true)
    public DocumentSetting find(long unitId, int year, ReportKind document, Period period) {
        Period p = document == ReportKind.LAKIN ? Period.Y : period;
        return settings.find(unitId, year).stream()
                .filter(s -> s.document() == document && s.period() == p)
                .findFirst()
                .orElse(new DocumentSetting(document, p, null, null));
    }

    /** Whether the user may enter the place and date of the unit's documents: its performance administrator or head. */
    public boolean canEdit(CurrentUser user, long unitId) {
        return access.canEditAgreement(user, unitId) || access.canSignAgreement(user, unitId);
    }

    /**
     * Writes the place and date of some documents of a unit's year, all checked first: nothing is written when one is
     * refused. A document given with neither place nor date goes back to the defaults. Each change is audited.
     *
     * @throws UserError 400 naming the document and field (a place too long, a date outside the year and the next,
     *     a LAKIN of another period than the year, a document twice, a document without a place or date of its own)
     */
    @Transactional
    public void save(CurrentUser me, Unit unit, int year, List<DocumentSetting> changes) {
        UnitAccess.require(canEdit(me, unit.id()));
        List<DocumentSetting> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DocumentSetting s : changes) {
            if (s.document() == null || s.document() == ReportKind.PK) {
                throw UserError.invalid("document.error.kind", String.valueOf(s.document()));
            }
            if (s.period() == null || (s.document() == ReportKind.LAKIN && s.period() != Period.Y)) {
                throw UserError.invalid("document.error.period", label(s), String.valueOf(s.period()));
            }
            if (!seen.add(key(s))) {
                throw UserError.invalid("document.error.twice", label(s));
            }
            String place =
                    s.place() == null || s.place().isBlank() ? null : s.place().strip();
            if (place != null && place.length() > PLACE_LENGTH) {
                throw UserError.invalid("document.error.place", label(s), PLACE_LENGTH);
            }
            if (place != null && !place.chars().anyMatch(Character::isLetter)) {
                throw UserError.invalid("document.error.placeLetters", label(s), place);
            }
            LocalDate date = s.date();
            if (date != null && (date.getYear() < year || date.getYear() > year + 1)) {
                throw UserError.invalid("document.error.date", label(s), year, year + 1);
            }
            clean.add(new DocumentSetting(s.document(), s.period(), place, date));
        }
        Map<String, DocumentSetting> before = new LinkedHashMap<>();
        settings.find(unit.id(), year).forEach(s -> before.put(key(s), s));
        for (DocumentSetting s : clean) {
            DocumentSetting old = before.get(key(s));
            String oldText = old == null ? null : text(old);
            String newText = text(s);
            if (Objects.equals(oldText, newText) || (old == null && s.place() == null && s.date() == null)) {
                continue;
            }
            settings.save(unit.id(), year, s, me.username());
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    year + "/" + key(s),
                    AuditAction.DOCUMENT_SETTING,
                    oldText,
                    newText,
                    null);
        }
    }

    /**
     * Where a document is signed: the place entered for it, else the PK's place, else the office's city; null when
     * none is known (the consistency check then names where to enter it).
     */
    public static String place(DocumentSetting s, PerformanceAgreement a, Unit unit) {
        if (s != null && s.place() != null && !s.place().isBlank()) {
            return s.place();
        }
        if (a != null && a.place() != null && !a.place().isBlank()) {
            return a.place();
        }
        return city(unit);
    }

    /** The date a document is signed: the date entered for it, else {@code today}. */
    public static LocalDate date(DocumentSetting s, LocalDate today) {
        return s != null && s.date() != null ? s.date() : today;
    }

    /**
     * The office's city from the area it serves, the first city or regency named ("Kota Kupang, Kabupaten Kupang, ..."
     * gives "Kupang"), without "Kota" or "Kabupaten"; null when the unit has no area.
     */
    public static String city(Unit unit) {
        if (unit == null || unit.areas().isEmpty() || unit.areas().getFirst().isBlank()) {
            return null;
        }
        String first = unit.areas().getFirst().strip();
        for (String prefix : List.of("Kota Administrasi ", "Kota ", "Kabupaten ", "Kab. ")) {
            if (first.regionMatches(true, 0, prefix, 0, prefix.length())) {
                first = first.substring(prefix.length()).strip();
                break;
            }
        }
        return first.isEmpty() ? null : first;
    }

    private static String key(DocumentSetting s) {
        return s.document().name() + "/" + s.period().name();
    }

    /** How a document is named in a message: "LAKIN" or "Laporan NKO Triwulan III". */
    public static MessageSourceResolvable label(DocumentSetting s) {
        return s.document() == ReportKind.LAKIN || s.period() == null
                ? new DefaultMessageSourceResolvable(new String[] {"document.name.LAKIN"}, "LAKIN")
                : new DefaultMessageSourceResolvable(
                        new String[] {"document.name.NKO"}, new Object[] {PeriodNames.of(s.period())}, "NKO");
    }

    private static String text(DocumentSetting s) {
        return (s.place() == null ? "" : s.place()) + " / "
                + (s.date() == null ? "" : s.date().toString());
    }
}
