package id.kinerja.realization;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.internal.IndicatorHistoryRepository;
import id.kinerja.web.TimeFormats;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The past years of every IKU of a unit, realization and index (the LAKIN's five-year comparison, docs/domain.md §8):
 * written on the IKU page and through the API by {@link #save} and {@link #delete}; the workbook's Riwayat sheet
 * writes through {@link RealizationImports#saveHistory} after checking the same rules row by row. Any IKU of any
 * framework version is accepted (an IKU of earlier years may no longer be in this year's manual), for a year from
 * {@value #FIRST_YEAR} up to the year before the current one; the whole set is checked before anything is written,
 * and each change is audited.
 */
@Service
public class IndicatorHistory {

    /** The earliest year accepted. */
    public static final int FIRST_YEAR = 2000;

    /** The longest note accepted. */
    public static final int NOTE_LENGTH = 1000;

    static final String ENTITY = "indicator-history";

    private final IndicatorHistoryRepository history;
    private final FrameworkCatalog frameworks;
    private final UnitAccess access;
    private final AuditLog audit;
    private final TimeFormats times;

    IndicatorHistory(
            IndicatorHistoryRepository history,
            FrameworkCatalog frameworks,
            UnitAccess access,
            AuditLog audit,
            TimeFormats times) {
        this.history = history;
        this.frameworks = frameworks;
        this.access = access;
        this.audit = audit;
        this.times = times;
    }

    /** Every past year recorded of a unit, by IKU code then year. */
    @Transactional(readOnly = true)
    public List<IndicatorHistoryEntry> of(long unitId) {
        return history.findByUnit(unitId);
    }

    /** The past years of one IKU of a unit, oldest first. */
    @Transactional(readOnly = true)
    public List<IndicatorHistoryEntry> of(long unitId, String indicatorCode) {
        return history.findByUnit(unitId).stream()
                .filter(e -> e.indicatorCode().equals(indicatorCode))
                .toList();
    }

    /** Whether the user may write them: the unit's own performance administrator. */
    public boolean canEdit(CurrentUser user, long unitId) {
        return access.canVerify(user, unitId);
    }

    /**
     * Records (or replaces) past years of a unit's IKU.
     *
     * @throws UserError 400 naming the IKU, year and field; nothing is written
     */
    @Transactional
    public void save(CurrentUser me, Unit unit, List<IndicatorHistoryEntry> entries) {
        UnitAccess.require(canEdit(me, unit.id()));
        Set<String> known = knownCodes();
        Set<String> seen = new HashSet<>();
        for (IndicatorHistoryEntry e : entries) {
            UserError refused = refusal(known, e);
            if (refused != null) {
                throw refused;
            }
            if (!seen.add(e.indicatorCode() + "/" + e.year())) {
                throw UserError.invalid("history.error.twice", e.indicatorCode(), e.year());
            }
        }
        Map<String, IndicatorHistoryEntry> before = new HashMap<>();
        history.findByUnit(unit.id()).forEach(e -> before.put(e.indicatorCode() + "/" + e.year(), e));
        for (IndicatorHistoryEntry e : entries) {
            IndicatorHistoryEntry clean = new IndicatorHistoryEntry(
                    e.indicatorCode(),
                    e.year(),
                    e.realization(),
                    e.index(),
                    e.note() == null || e.note().isBlank() ? null : e.note().strip());
            IndicatorHistoryEntry old = before.get(e.indicatorCode() + "/" + e.year());
            if (old != null && same(old, clean)) {
                continue;
            }
            history.save(unit.id(), clean);
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    clean.indicatorCode() + "/" + clean.year(),
                    AuditAction.INDICATOR_HISTORY,
                    old == null ? null : text(old),
                    text(clean),
                    null);
        }
    }

    /**
     * Removes one past year of a unit's IKU.
     *
     * @throws UserError 400 when nothing is recorded for it
     */
    @Transactional
    public void delete(CurrentUser me, Unit unit, String indicatorCode, int year) {
        UnitAccess.require(canEdit(me, unit.id()));
        IndicatorHistoryEntry old = of(unit.id(), indicatorCode).stream()
                .filter(e -> e.year() == year)
                .findFirst()
                .orElseThrow(() -> UserError.invalid("history.error.none", indicatorCode, year));
        history.delete(unit.id(), indicatorCode, year);
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                indicatorCode + "/" + year,
                AuditAction.INDICATOR_HISTORY,
                text(old),
                null,
                null);
    }

    private UserError refusal(Set<String> known, IndicatorHistoryEntry e) {
        if (e.indicatorCode() == null || !known.contains(e.indicatorCode())) {
            return UserError.invalid("history.error.indicator", String.valueOf(e.indicatorCode()));
        }
        int last = times.today().getYear() - 1;
        if (e.year() < FIRST_YEAR || e.year() > last) {
            return UserError.invalid("history.error.year", e.indicatorCode(), e.year(), FIRST_YEAR, last);
        }
        if (e.realization() == null) {
            return UserError.invalid("history.error.realization", e.indicatorCode(), e.year());
        }
        if (e.note() != null && e.note().strip().length() > NOTE_LENGTH) {
            return UserError.invalid("history.error.note", e.indicatorCode(), e.year(), NOTE_LENGTH);
        }
        return null;
    }

    private Set<String> knownCodes() {
        Set<String> out = new HashSet<>();
        frameworks.all().forEach(v -> frameworks.framework(v.id()).indicators().forEach(i -> out.add(i.code())));
        return out;
    }

    private static boolean same(IndicatorHistoryEntry a, IndicatorHistoryEntry b) {
        return cmp(a.realization(), b.realization()) && cmp(a.index(), b.index()) && Objects.equals(a.note(), b.note());
    }

    private static boolean cmp(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(IndicatorHistoryEntry e) {
        return "realisasi " + e.realization().stripTrailingZeros().toPlainString() + " / indeks "
                + (e.index() == null ? "-" : e.index().stripTrailingZeros().toPlainString());
    }
}
