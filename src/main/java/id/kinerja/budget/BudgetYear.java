package id.kinerja.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's DIPA for one year, computed once ({@link BudgetService#year}) for the budget page, the LAKIN and the
 * narratives. Amounts are rupiah, absorption is percent (realization / ceiling x 100, full precision, null when the
 * ceiling is zero).
 *
 * @param lines      the DIPA lines in tree order (program > activity > output > component), each with its depth; after
 *                   the children of a line they do not add up to, an {@link Line#unitemised() unitemised} remainder
 * @param dipaTotal  the DIPA total: the sum of the program lines (depth 0)
 * @param kinds      the kind-of-spending summary (51, 52, 53) as reported, with absorption
 * @param kindsTotal the sum of the kinds (may differ from the DIPA total when the report's summary does:
 *                   {@link #kindsMatchDipa()})
 * @param months     the DIPA's realization per month (see {@link BudgetService}), with running total and absorption
 *                   against the current DIPA total; empty when no month is recorded
 * @param revisions  every ceiling revision of the year, in revision and tree order
 * @param kindChecks the entered summary by kind against the DIPA lines carrying that kind, one per entered kind
 *                   that can be compared (empty when the office has no DIPA lines or no kind is entered):
 *                   {@link #kindMismatches()}
 */
public record BudgetYear(
        long unitId,
        int year,
        List<Line> lines,
        Total dipaTotal,
        List<Kind> kinds,
        Kind kindsTotal,
        List<MonthTotal> months,
        List<Revision> revisions,
        List<KindCheck> kindChecks) {

    /**
     * One entered kind of spending against the sums of the DIPA lines that carry it (docs/domain.md §7). When every
     * detail line (a line without children) has a kind, the sums must equal the entered figures; otherwise some
     * spending is not attributed and the lines may only fall short of them, never pass them.
     *
     * @param complete every detail line of the DIPA carries a kind
     * @param matches  the entered figures agree with the lines by that rule
     */
    public record KindCheck(
            int kind,
            String name,
            BigDecimal ceiling,
            BigDecimal realization,
            int lineCount,
            BigDecimal linesCeiling,
            BigDecimal linesRealization,
            boolean complete,
            boolean matches) {}

    /** The entered kinds that disagree with the DIPA lines carrying them ({@link KindCheck}). */
    public List<KindCheck> kindMismatches() {
        return kindChecks.stream().filter(k -> !k.matches()).toList();
    }

    /**
     * One DIPA line.
     *
     * @param depth           0 for a program, 1 for its activities, and so on down the code path
     * @param ceiling         the current ceiling (after every revision)
     * @param originalCeiling the ceiling before the first revision (equal to {@code ceiling} when never revised)
     * @param unitemised      true for the row the budget module adds after the children of a line whose children add
     *                        up to less than it: the part of the parent's ceiling and realization that no recorded
     *                        child line carries (parent minus the sum of its children; no code, name, level or
     *                        kind of its own), so that every printed parent is the sum of the rows under it
     */
    public record Line(
            int depth,
            String code,
            String parentCode,
            BudgetLevel level,
            String name,
            Integer kind,
            BigDecimal ceiling,
            BigDecimal originalCeiling,
            BigDecimal realization,
            BigDecimal absorption,
            int revisionCount,
            boolean unitemised) {
        public boolean revised() {
            return revisionCount > 0;
        }
    }

    /** Ceiling (current and original), realization and absorption of a set of lines. */
    public record Total(
            BigDecimal ceiling, BigDecimal originalCeiling, BigDecimal realization, BigDecimal absorption) {}

    /** One kind of spending (51 personnel, 52 goods and services, 53 capital); {@code kind} 0 for the total. */
    public record Kind(int kind, String name, BigDecimal ceiling, BigDecimal realization, BigDecimal absorption) {}

    /** The DIPA's realization in one month, the running total from January and its absorption. */
    public record MonthTotal(int month, BigDecimal realization, BigDecimal cumulative, BigDecimal absorption) {}

    /** One line's change in one DIPA revision. */
    public record Revision(
            String code,
            String name,
            int revisionNo,
            LocalDate date,
            BigDecimal previousCeiling,
            BigDecimal ceiling,
            String reason,
            String recordedBy,
            OffsetDateTime recordedAt) {
        public BigDecimal change() {
            return ceiling.subtract(previousCeiling);
        }
    }

    public boolean hasData() {
        return !lines.isEmpty() || !kinds.isEmpty();
    }

    public boolean hasMonths() {
        return !months.isEmpty();
    }

    /** True when the kinds' ceilings add up to the DIPA total (Kupang 2024: they do not, contradiction 8). */
    public boolean kindsMatchDipa() {
        return kindsTotal == null
                || dipaTotal.ceiling() == null
                || kindsTotal.ceiling().compareTo(dipaTotal.ceiling()) == 0;
    }

    /** The number the next DIPA revision gets. */
    public int nextRevisionNo() {
        return revisions.stream().mapToInt(Revision::revisionNo).max().orElse(0) + 1;
    }

    public Line line(String code) {
        return lines.stream().filter(l -> code.equals(l.code())).findFirst().orElse(null);
    }
}
