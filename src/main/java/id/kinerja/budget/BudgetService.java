package id.kinerja.budget;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.budget.BudgetYear.Kind;
import id.kinerja.budget.BudgetYear.Line;
import id.kinerja.budget.BudgetYear.MonthTotal;
import id.kinerja.budget.BudgetYear.Revision;
import id.kinerja.budget.BudgetYear.Total;
import id.kinerja.budget.internal.BudgetRepository;
import id.kinerja.budget.internal.BudgetRevisionRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.web.NumberParser;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DIPA figures of a unit's year (docs/domain.md §7), computed once for the budget page, the LAKIN and the narratives,
 * and the recording of ceiling revisions.
 * <ul>
 *   <li>Lines in tree order: each program (no parent) followed depth-first by its children in DIPA order; the
 *       parent is the stored one or the longest code-path prefix that is a line ({@link BudgetLine#withParents}).
 *       A line whose parent is missing is shown as a root.</li>
 *   <li>Absorption = realization / ceiling x 100 (DECIMAL64, null when the ceiling is zero).</li>
 *   <li>DIPA total = the program lines; the kinds 51/52/53 are the report's summary ({@code budget_kind}) and their
 *       total their sum (Kupang 2024: 14.587.677.000 against the DIPA's 14.577.137.000, contradiction 8, shown as
 *       is and flagged by {@link BudgetYear#kindsMatchDipa()}).</li>
 *   <li>Months: a month's DIPA realization is the sum of the lines recorded for that month, counting a line only when
 *       no line above it has months (so a program and its activities are not counted twice).</li>
 *   <li>Months of an office without a DIPA tree: the sum of its kinds' months ({@code budget_kind_month}), with
 *       absorption against the kinds' total ceiling.</li>
 *   <li>Kinds against the DIPA: each entered kind against the lines carrying it ({@link BudgetYear.KindCheck}).</li>
 *   <li>Revisions: {@code budget_line.ceiling} is the current ceiling; the original is the first revision's
 *       previous ceiling.</li>
 * </ul>
 */
@Service
public class BudgetService {

    static final MathContext MC = MathContext.DECIMAL64;
    static final String ENTITY = "budget";
    public static final int MAX_REASON = 1000;

    private final BudgetRepository budget;
    private final BudgetRevisionRepository revisions;
    private final UnitAccess access;
    private final AuditLog audit;

    BudgetService(BudgetRepository budget, BudgetRevisionRepository revisions, UnitAccess access, AuditLog audit) {
        this.budget = budget;
        this.revisions = revisions;
        this.access = access;
        this.audit = audit;
    }

    /** The DIPA lines of a unit's year as stored, in their order (parents not filled in: {@link BudgetLine#withParents}). */
    public List<BudgetLine> findLines(long unitId, int year) {
        return budget.findLines(unitId, year);
    }

    /** Inserts or replaces a DIPA line (by code) at position {@code sortOrder}; a negative ceiling is refused. */
    public void saveLine(long unitId, BudgetLine line, int sortOrder) {
        budget.saveLine(unitId, line, sortOrder);
    }

    /** The kinds of spending (51, 52, 53) of a unit's year. */
    public List<BudgetKindTotal> findKinds(long unitId, int year) {
        return budget.findKinds(unitId, year);
    }

    /** Inserts or replaces a kind of spending of a unit's year. */
    public void saveKind(long unitId, BudgetKindTotal kind) {
        budget.saveKind(unitId, kind);
    }

    /** The monthly realization of every line of a unit's year, in line and month order. */
    public List<BudgetMonth> findMonths(long unitId, int year) {
        return budget.findMonths(unitId, year);
    }

    /** Records a month of a line that exists ({@link #saveLine}); false when there is no such line. */
    public boolean saveMonth(long unitId, BudgetMonth month) {
        return budget.saveMonth(unitId, month);
    }

    /** The years with DIPA data of the unit, oldest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(long unitId) {
        return revisions.years(unitId);
    }

    @Transactional(readOnly = true)
    public BudgetYear year(long unitId, int year) {
        return compute(
                unitId,
                year,
                budget.findLines(unitId, year),
                budget.findKinds(unitId, year),
                budget.findMonths(unitId, year),
                budget.findKindMonths(unitId, year),
                revisions.find(unitId, year));
    }

    /** The calculation on data already read, for an office without months by kind. */
    static BudgetYear compute(
            long unitId,
            int year,
            List<BudgetLine> stored,
            List<BudgetKindTotal> storedKinds,
            List<BudgetMonth> storedMonths,
            List<BudgetRevisionRepository.Stored> storedRevisions) {
        return compute(unitId, year, stored, storedKinds, storedMonths, List.of(), storedRevisions);
    }

    /** The calculation itself, on data already read (no database). */
    static BudgetYear compute(
            long unitId,
            int year,
            List<BudgetLine> stored,
            List<BudgetKindTotal> storedKinds,
            List<BudgetMonth> storedMonths,
            List<BudgetKindMonth> storedKindMonths,
            List<BudgetRevisionRepository.Stored> storedRevisions) {
        List<BudgetLine> withParents = BudgetLine.withParents(stored);
        Map<String, BudgetLine> byCode = new LinkedHashMap<>();
        withParents.forEach(l -> byCode.put(l.code(), l));
        Map<String, List<BudgetLine>> children = new HashMap<>();
        List<BudgetLine> roots = new ArrayList<>();
        for (BudgetLine l : withParents) {
            if (l.parentCode() == null || !byCode.containsKey(l.parentCode())) {
                roots.add(l);
            } else {
                children.computeIfAbsent(l.parentCode(), c -> new ArrayList<>()).add(l);
            }
        }
        Map<String, List<BudgetRevisionRepository.Stored>> revisionsByCode = new HashMap<>();
        storedRevisions.forEach(r -> revisionsByCode
                .computeIfAbsent(r.code(), c -> new ArrayList<>())
                .add(r));

        List<Line> lines = new ArrayList<>();
        for (BudgetLine root : roots) {
            walk(root, 0, children, revisionsByCode, lines);
        }

        List<Line> programs = lines.stream().filter(l -> l.depth() == 0).toList();
        BigDecimal ceiling = sum(programs.stream().map(Line::ceiling).toList());
        BigDecimal original = sum(programs.stream().map(Line::originalCeiling).toList());
        BigDecimal realization = sum(programs.stream().map(Line::realization).toList());
        Total dipa = new Total(ceiling, original, realization, percent(realization, ceiling));

        List<Kind> kinds = storedKinds.stream()
                .map(k -> new Kind(
                        k.kind(), k.name(), k.ceiling(), k.realization(), percent(k.realization(), k.ceiling())))
                .toList();
        Kind kindsTotal = null;
        if (!kinds.isEmpty()) {
            BigDecimal kc = sum(kinds.stream().map(Kind::ceiling).toList());
            BigDecimal kr = sum(kinds.stream().map(Kind::realization).toList());
            kindsTotal = new Kind(0, "Jumlah", kc, kr, percent(kr, kc));
        }

        List<Revision> revisions = storedRevisions.stream()
                .map(r -> new Revision(
                        r.code(),
                        byCode.containsKey(r.code()) ? byCode.get(r.code()).name() : r.code(),
                        r.revisionNo(),
                        r.date(),
                        r.previousCeiling(),
                        r.ceiling(),
                        r.reason(),
                        r.recordedBy(),
                        r.recordedAt()))
                .toList();
        List<MonthTotal> months = stored.isEmpty() && kindsTotal != null
                ? kindMonths(storedKindMonths, kindsTotal.ceiling())
                : months(byCode, storedMonths, ceiling);
        return new BudgetYear(
                unitId,
                year,
                List.copyOf(lines),
                dipa,
                kinds,
                kindsTotal,
                months,
                revisions,
                kindChecks(withParents, storedKinds));
    }

    /**
     * Each entered kind against the DIPA lines carrying it: every line with the kind counts (as the DIPA marks it);
     * when every detail line (without children) has a kind the sums must be equal, otherwise they may only be lower.
     * A kind no line carries is compared only when the kinds are complete (its lines then add up to zero).
     */
    static List<BudgetYear.KindCheck> kindChecks(List<BudgetLine> lines, List<BudgetKindTotal> kinds) {
        if (lines.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        Set<String> parents = new HashSet<>();
        lines.forEach(l -> {
            if (l.parentCode() != null) {
                parents.add(l.parentCode());
            }
        });
        boolean complete =
                lines.stream().filter(l -> !parents.contains(l.code())).allMatch(l -> l.kind() != null);
        List<BudgetYear.KindCheck> out = new ArrayList<>();
        for (BudgetKindTotal k : kinds) {
            List<BudgetLine> of = lines.stream()
                    .filter(l -> Objects.equals(l.kind(), k.kind()))
                    .toList();
            if (of.isEmpty() && !complete) {
                continue;
            }
            BigDecimal c = of.stream().map(BudgetLine::ceiling).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal r = of.stream().map(BudgetLine::realization).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean matches = complete
                    ? c.compareTo(k.ceiling()) == 0 && r.compareTo(k.realization()) == 0
                    : c.compareTo(k.ceiling()) <= 0 && r.compareTo(k.realization()) <= 0;
            out.add(new BudgetYear.KindCheck(
                    k.kind(), k.name(), k.ceiling(), k.realization(), of.size(), c, r, complete, matches));
        }
        return List.copyOf(out);
    }

    private static List<MonthTotal> kindMonths(List<BudgetKindMonth> months, BigDecimal ceiling) {
        TreeMap<Integer, BigDecimal> sums = new TreeMap<>();
        months.forEach(m -> sums.merge(m.month(), m.realization(), BigDecimal::add));
        return running(sums, ceiling);
    }

    private static void walk(
            BudgetLine l,
            int depth,
            Map<String, List<BudgetLine>> children,
            Map<String, List<BudgetRevisionRepository.Stored>> revisions,
            List<Line> out) {
        List<BudgetRevisionRepository.Stored> own = revisions.getOrDefault(l.code(), List.of());
        BigDecimal original = own.stream()
                .min(Comparator.comparingInt(BudgetRevisionRepository.Stored::revisionNo))
                .map(BudgetRevisionRepository.Stored::previousCeiling)
                .orElse(l.ceiling());
        out.add(new Line(
                depth,
                l.code(),
                l.parentCode(),
                l.level(),
                l.name(),
                l.kind(),
                l.ceiling(),
                original,
                l.realization(),
                percent(l.realization(), l.ceiling()),
                own.size(),
                false));
        List<BudgetLine> kids = children.getOrDefault(l.code(), List.of());
        for (BudgetLine c : kids) {
            walk(c, depth + 1, children, revisions, out);
        }
        Line rest = unitemised(l, kids, depth + 1);
        if (rest != null) {
            out.add(rest);
        }
    }

    /**
     * The part of a line that its recorded children do not carry, when they add up to less than it (Kupang 2024:
     * WA.4707.EBB 6.330.192.000 with one output of 404.540.000): printed as its own row so that a parent is always
     * the sum of the rows under it. None when the line has no children, when they add up exactly, or when they are
     * above it in ceiling or realization (a data error the consistency check reports; nothing is made up then).
     */
    static Line unitemised(BudgetLine parent, List<BudgetLine> kids, int depth) {
        if (kids.isEmpty()) {
            return null;
        }
        BigDecimal ceiling = parent.ceiling()
                .subtract(sum(kids.stream().map(BudgetLine::ceiling).toList()));
        BigDecimal realization = parent.realization()
                .subtract(sum(kids.stream().map(BudgetLine::realization).toList()));
        if (ceiling.signum() < 0 || realization.signum() < 0 || (ceiling.signum() == 0 && realization.signum() == 0)) {
            return null;
        }
        return new Line(
                depth,
                null,
                parent.code(),
                null,
                null,
                null,
                ceiling,
                ceiling,
                realization,
                percent(realization, ceiling),
                0,
                true);
    }

    private static List<MonthTotal> months(
            Map<String, BudgetLine> byCode, List<BudgetMonth> months, BigDecimal ceiling) {
        Set<String> withMonths = new HashSet<>();
        months.forEach(m -> withMonths.add(m.code()));
        TreeMap<Integer, BigDecimal> sums = new TreeMap<>();
        for (BudgetMonth m : months) {
            if (!hasAncestorIn(m.code(), byCode, withMonths)) {
                sums.merge(m.month(), m.realization(), BigDecimal::add);
            }
        }
        return running(sums, ceiling);
    }

    private static List<MonthTotal> running(TreeMap<Integer, BigDecimal> sums, BigDecimal ceiling) {
        List<MonthTotal> out = new ArrayList<>();
        if (sums.isEmpty()) {
            return out;
        }
        BigDecimal running = BigDecimal.ZERO;
        for (int month = 1; month <= sums.lastKey(); month++) {
            BigDecimal v = sums.get(month);
            running = running == null || v == null ? null : running.add(v);
            out.add(new MonthTotal(month, v, running, percent(running, ceiling)));
        }
        return List.copyOf(out);
    }

    private static boolean hasAncestorIn(String code, Map<String, BudgetLine> byCode, Set<String> set) {
        BudgetLine l = byCode.get(code);
        Set<String> seen = new HashSet<>();
        while (l != null && l.parentCode() != null && seen.add(l.code())) {
            if (set.contains(l.parentCode())) {
                return true;
            }
            l = byCode.get(l.parentCode());
        }
        return false;
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MC);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Records one DIPA revision: the new ceilings typed for some lines (code -> text, blank = unchanged), its date and
     * reason. The performance administrator of the unit only (403 otherwise). All or nothing: a bad date, a missing
     * reason, a ceiling that is not a number or is negative, an unknown line or no change at all is refused with a
     * message naming the line, and nothing is written. Each changed line is audited (entity {@code budget}, key
     * {@code year/ceiling/CODE}).
     *
     * @return the revision number given (the year's highest + 1)
     */
    @Transactional
    public int revise(
            CurrentUser me, Unit unit, int year, String dateText, Map<String, String> ceilings, String reason) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw UserError.invalid("budget.error.reasonMissing");
        }
        if (why.length() > MAX_REASON) {
            throw UserError.invalid("budget.error.reasonTooLong", MAX_REASON);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText == null ? "" : dateText.strip());
        } catch (DateTimeParseException e) {
            throw UserError.invalid("budget.error.date", dateText == null ? "" : dateText);
        }
        if (date.getYear() != year) {
            throw UserError.invalid("budget.error.dateYear", dateText, year);
        }
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        Map<String, BudgetLine> lines = new LinkedHashMap<>();
        budget.findLines(unit.id(), year).forEach(l -> lines.put(l.code(), l));
        for (var e : ceilings.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            BudgetLine line = lines.get(e.getKey());
            if (line == null) {
                throw UserError.invalid("budget.error.unknownLine", e.getKey(), year);
            }
            BigDecimal value;
            try {
                value = NumberParser.read(e.getValue());
            } catch (IllegalArgumentException ex) {
                throw UserError.invalid("budget.error.number", line.code(), line.name(), e.getValue());
            }
            if (value.signum() < 0) {
                throw UserError.invalid("budget.error.negative", line.code(), line.name(), e.getValue());
            }
            if (value.stripTrailingZeros().scale() > 0) {
                throw UserError.invalid("budget.error.whole", line.code(), line.name(), e.getValue());
            }
            if (value.compareTo(line.ceiling()) != 0) {
                changes.put(line.code(), value);
            }
        }
        if (changes.isEmpty()) {
            throw UserError.invalid("budget.error.noChange");
        }
        int number = revisions.lastRevisionNo(unit.id(), year) + 1;
        for (var c : changes.entrySet()) {
            BudgetRevisionRepository.LineRef ref = revisions
                    .lockLine(unit.id(), year, c.getKey())
                    .orElseThrow(() -> UserError.invalid("budget.error.unknownLine", c.getKey(), year));
            revisions.insert(ref.id(), number, date, ref.ceiling(), c.getValue(), why, me.username());
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    year + "/ceiling/" + c.getKey(),
                    AuditAction.REVISE,
                    ref.ceiling().toPlainString(),
                    c.getValue().toPlainString() + " [revisi " + number + ", " + date + "]",
                    why);
        }
        return number;
    }

    /** The kinds of spending an office enters, with the names given to a kind not yet recorded. */
    public static final Map<Integer, String> KIND_NAMES =
            Map.of(51, "Belanja Pegawai", 52, "Belanja Barang", 53, "Belanja Modal");

    /** Records a kind's month (the workbook import, which checks and audits its rows itself). */
    public void saveKindMonth(long unitId, BudgetKindMonth month) {
        budget.saveKindMonth(unitId, month);
    }

    /** The monthly realization by kind of spending of a unit's year (an office without a DIPA tree). */
    public List<BudgetKindMonth> findKindMonths(long unitId, int year) {
        return budget.findKindMonths(unitId, year);
    }

    /**
     * Reads the summary by kind as typed on the web (kind -> ceiling text, kind -> realization text) by the user's
     * language ({@link NumberParser}); a kind whose two fields are blank is left out. A number that cannot be read is
     * refused naming the kind and the field.
     */
    public static List<BudgetKindEntry> readKinds(Map<Integer, String> ceilings, Map<Integer, String> realizations) {
        NumberParser.Style style = NumberParser.Style.of(NumberParser.userLocale());
        List<BudgetKindEntry> out = new ArrayList<>();
        for (int kind : new TreeMap<>(KIND_NAMES).keySet()) {
            String c = ceilings.get(kind);
            String r = realizations.get(kind);
            boolean noCeiling = c == null || c.isBlank();
            boolean noRealization = r == null || r.isBlank();
            if (noCeiling && noRealization) {
                continue;
            }
            if (noCeiling) {
                throw UserError.invalid("budget.error.kind.ceilingMissing", kind);
            }
            out.add(new BudgetKindEntry(
                    kind,
                    NumberParser.field(c, style, "budget.error.kind.ceilingNumber", kind),
                    noRealization ? null : NumberParser.field(r, style, "budget.error.kind.realizationNumber", kind)));
        }
        return out;
    }

    /**
     * Records the summary by kind of spending of a unit's year (docs/domain.md §7): for an office without a DIPA tree
     * its only budget figures; for an office with one, the report's summary, compared with the lines by
     * {@link BudgetYear#kindChecks()}. The performance administrator of the unit only (403 otherwise). All or
     * nothing: an unknown or repeated kind, a missing ceiling, a negative or fractional amount, or no change at all is
     * refused naming the kind, and nothing is written. Each changed kind is audited (entity {@code budget}, key
     * {@code year/kind/51}).
     *
     * @return the number of kinds changed
     */
    @Transactional
    public int saveKinds(CurrentUser me, Unit unit, int year, List<BudgetKindEntry> entries) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        if (entries == null || entries.isEmpty()) {
            throw UserError.invalid("budget.error.kind.none");
        }
        budget.lockKinds(unit.id(), year);
        Map<Integer, BudgetKindTotal> now = new HashMap<>();
        budget.findKinds(unit.id(), year).forEach(k -> now.put(k.kind(), k));
        Set<Integer> seen = new HashSet<>();
        List<BudgetKindTotal> changes = new ArrayList<>();
        for (BudgetKindEntry e : entries) {
            if (!KIND_NAMES.containsKey(e.kind())) {
                throw UserError.invalid("budget.error.kind.unknown", String.valueOf(e.kind()));
            }
            if (!seen.add(e.kind())) {
                throw UserError.invalid("budget.error.kind.duplicate", e.kind());
            }
            if (e.ceiling() == null) {
                throw UserError.invalid("budget.error.kind.ceilingMissing", e.kind());
            }
            BigDecimal realization = e.realization() == null ? BigDecimal.ZERO : e.realization();
            rupiah(e.ceiling(), "budget.error.kind.ceilingNegative", "budget.error.kind.ceilingWhole", e.kind());
            rupiah(
                    realization,
                    "budget.error.kind.realizationNegative",
                    "budget.error.kind.realizationWhole",
                    e.kind());
            BudgetKindTotal old = now.get(e.kind());
            if (old != null
                    && old.ceiling().compareTo(e.ceiling()) == 0
                    && old.realization().compareTo(realization) == 0) {
                continue;
            }
            String name = old != null ? old.name() : KIND_NAMES.get(e.kind());
            changes.add(new BudgetKindTotal(year, e.kind(), name, e.ceiling(), realization));
        }
        if (changes.isEmpty()) {
            throw UserError.invalid("budget.error.kind.noChange");
        }
        for (BudgetKindTotal k : changes) {
            BudgetKindTotal old = now.get(k.kind());
            budget.saveKind(unit.id(), k);
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    year + "/kind/" + k.kind(),
                    AuditAction.SAVE,
                    old == null
                            ? null
                            : "pagu " + old.ceiling().toPlainString() + ", realisasi "
                                    + old.realization().toPlainString(),
                    "pagu " + k.ceiling().toPlainString() + ", realisasi "
                            + k.realization().toPlainString(),
                    null);
        }
        return changes.size();
    }

    private static void rupiah(BigDecimal value, String negative, String whole, Object what) {
        if (value.signum() < 0) {
            throw UserError.invalid(negative, what, value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw UserError.invalid(whole, what, value.toPlainString());
        }
    }

    /**
     * The rows of the monthly entry of a unit's year: its DIPA lines (code and name) when it has a tree, otherwise the
     * three kinds of spending.
     */
    @Transactional(readOnly = true)
    public List<MonthRow> monthRows(long unitId, int year) {
        List<BudgetLine> lines = budget.findLines(unitId, year);
        Map<String, Map<Integer, BigDecimal>> values = new HashMap<>();
        List<MonthRow> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            Map<Integer, String> names = new TreeMap<>(KIND_NAMES);
            budget.findKinds(unitId, year).forEach(k -> names.put(k.kind(), k.name()));
            budget.findKindMonths(unitId, year)
                    .forEach(m -> values.computeIfAbsent(String.valueOf(m.kind()), c -> new TreeMap<>())
                            .put(m.month(), m.realization()));
            names.forEach((kind, name) -> rows.add(new MonthRow(
                    String.valueOf(kind), name, true, values.getOrDefault(String.valueOf(kind), Map.of()))));
        } else {
            budget.findMonths(unitId, year)
                    .forEach(m -> values.computeIfAbsent(m.code(), c -> new TreeMap<>())
                            .put(m.month(), m.realization()));
            for (BudgetLine l : lines) {
                rows.add(new MonthRow(l.code(), l.name(), false, values.getOrDefault(l.code(), Map.of())));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * One row of the monthly entry: a DIPA line or a kind of spending ({@code kind} true), with its recorded months.
     */
    public record MonthRow(String code, String name, boolean kind, Map<Integer, BigDecimal> months) {
        public BigDecimal month(int month) {
            return months.get(month);
        }
    }

    /**
     * Reads the monthly entry as typed on the web (code -> month -> text) by the user's language; a blank cell is
     * null (the month's figure removed, or none). A number that cannot be read is refused naming the row and month.
     */
    public static List<BudgetMonthEntry> readMonths(Map<String, Map<Integer, String>> cells) {
        NumberParser.Style style = NumberParser.Style.of(NumberParser.userLocale());
        List<BudgetMonthEntry> out = new ArrayList<>();
        cells.forEach((code, months) -> months.forEach((month, text) -> out.add(new BudgetMonthEntry(
                code,
                month,
                text == null || text.isBlank()
                        ? null
                        : NumberParser.field(text, style, "budget.error.month.number", code, month)))));
        return out;
    }

    /**
     * Records the monthly realization of a unit's year (docs/domain.md §7): per DIPA line when the office has a tree,
     * per kind of spending (51, 52, 53) when it has none. The performance administrator of the unit only. All or
     * nothing: an unknown line or kind, a month outside 1-12, a repeated cell, a negative or fractional amount, or no
     * change at all is refused naming the row and month, and nothing is written. Each changed cell is audited (entity
     * {@code budget}, key {@code year/month/CODE/M}).
     *
     * @return the number of cells changed
     */
    @Transactional
    public int saveMonths(CurrentUser me, Unit unit, int year, List<BudgetMonthEntry> entries) {
        UnitAccess.require(access.canEditAgreement(me, unit.id()));
        List<BudgetLine> lines = budget.findLines(unit.id(), year);
        boolean byKind = lines.isEmpty();
        budget.lockKinds(unit.id(), year);
        revisions.lastRevisionNo(unit.id(), year); // locks the year's lines
        Map<String, BigDecimal> now = new HashMap<>();
        Set<String> codes = new HashSet<>();
        if (byKind) {
            KIND_NAMES.keySet().forEach(k -> codes.add(String.valueOf(k)));
            budget.findKindMonths(unit.id(), year).forEach(m -> now.put(m.kind() + "/" + m.month(), m.realization()));
        } else {
            lines.forEach(l -> codes.add(l.code()));
            budget.findMonths(unit.id(), year).forEach(m -> now.put(m.code() + "/" + m.month(), m.realization()));
        }
        Set<String> seen = new HashSet<>();
        List<BudgetMonthEntry> changes = new ArrayList<>();
        for (BudgetMonthEntry e : entries == null ? List.<BudgetMonthEntry>of() : entries) {
            String code = e.code() == null ? "" : e.code().strip();
            if (!codes.contains(code)) {
                throw byKind
                        ? UserError.invalid("budget.error.month.unknownKind", code)
                        : UserError.invalid("budget.error.unknownLine", code, year);
            }
            if (e.month() < 1 || e.month() > 12) {
                throw UserError.invalid("budget.error.month.month", code, String.valueOf(e.month()));
            }
            String key = code + "/" + e.month();
            if (!seen.add(key)) {
                throw UserError.invalid("budget.error.month.duplicate", code, e.month());
            }
            if (e.realization() != null) {
                if (e.realization().signum() < 0) {
                    throw UserError.invalid(
                            "budget.error.month.negative",
                            code,
                            e.month(),
                            e.realization().toPlainString());
                }
                if (e.realization().stripTrailingZeros().scale() > 0) {
                    throw UserError.invalid(
                            "budget.error.month.whole",
                            code,
                            e.month(),
                            e.realization().toPlainString());
                }
            }
            BigDecimal old = now.get(key);
            boolean same = old == null
                    ? e.realization() == null
                    : e.realization() != null && old.compareTo(e.realization()) == 0;
            if (!same) {
                changes.add(new BudgetMonthEntry(code, e.month(), e.realization()));
            }
        }
        if (changes.isEmpty()) {
            throw UserError.invalid("budget.error.month.noChange");
        }
        for (BudgetMonthEntry c : changes) {
            if (byKind) {
                int kind = Integer.parseInt(c.code());
                if (c.realization() == null) {
                    budget.deleteKindMonth(unit.id(), year, kind, c.month());
                } else {
                    budget.saveKindMonth(unit.id(), new BudgetKindMonth(year, kind, c.month(), c.realization()));
                }
            } else if (c.realization() == null) {
                budget.deleteMonth(unit.id(), year, c.code(), c.month());
            } else {
                budget.saveMonth(unit.id(), new BudgetMonth(year, c.code(), c.month(), c.realization()));
            }
            BigDecimal old = now.get(c.code() + "/" + c.month());
            audit.record(
                    me.username(),
                    unit.id(),
                    ENTITY,
                    year + "/month/" + c.code() + "/" + c.month(),
                    AuditAction.SAVE,
                    old == null ? null : old.toPlainString(),
                    c.realization() == null ? null : c.realization().toPlainString(),
                    null);
        }
        return changes.size();
    }
}
