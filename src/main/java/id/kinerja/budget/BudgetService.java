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
                revisions.find(unitId, year));
    }

    /** The calculation itself, on data already read (no database). */
    static BudgetYear compute(
            long unitId,
            int year,
            List<BudgetLine> stored,
            List<BudgetKindTotal> storedKinds,
            List<BudgetMonth> storedMonths,
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
        return new BudgetYear(
                unitId,
                year,
                List.copyOf(lines),
                dipa,
                kinds,
                kindsTotal,
                months(byCode, storedMonths, ceiling),
                revisions);
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
}
