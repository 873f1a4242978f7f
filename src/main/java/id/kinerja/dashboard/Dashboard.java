package id.kinerja.dashboard;

import id.kinerja.framework.Colour;
import id.kinerja.framework.Period;
import id.kinerja.framework.Predicate;
import id.kinerja.scorecard.ScoringContext;
import id.kinerja.scoring.IndicatorScore;
import id.kinerja.scoring.ObjectiveScore;
import id.kinerja.scoring.PerspectiveScore;
import id.kinerja.scoring.Scorecard;
import id.kinerja.web.ScaleView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the unit dashboard shows for a year and period, computed by the engine from the approved
 * realizations (all seven periods scored at once).
 *
 * @param context  the unit's year as the engine sees it (agreement, framework version)
 * @param period   the period shown
 * @param cards    the scorecard of every period
 * @param sheet    the NKO sheet of {@code period}: perspective > SS > IKU
 * @param scale    the predicate scale in force, the current predicate marked
 * @param trends   per IKU its index per quarter and Y
 * @param history  the five-year history
 * @param change   what changed since the previous period
 * @param reported the indexes the office reported at import for {@code period} that the engine's index contradicts
 *                 ({@code ReportedIndex.contradictedBy}), by IKU code; marked beside the IKU's index
 */
public record Dashboard(
        ScoringContext context,
        Period period,
        Map<Period, Scorecard> cards,
        List<SheetPerspective> sheet,
        ScaleView scale,
        List<Trend> trends,
        History history,
        Change change,
        Map<String, BigDecimal> reported) {

    /** The periods of the charts and the trend table. */
    public static final List<Period> CHART_PERIODS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Y);
    /** The quarters of an IKU's trend. */
    public static final List<Period> QUARTERS = List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4);

    /** The scorecard of the period shown. */
    public Scorecard card() {
        return cards.get(period);
    }

    /** A perspective row of the NKO sheet, with its SS. */
    public record SheetPerspective(
            PerspectiveScore score, String englishName, Colour colour, List<SheetObjective> objectives) {}

    /** An SS row of the NKO sheet, with its IKU. */
    public record SheetObjective(ObjectiveScore score, Colour colour, List<IndicatorScore> indicators) {}

    /** An IKU's index per period of {@link #CHART_PERIODS} (a score may be excluded). */
    public record Trend(String code, String name, List<IndicatorScore> scores) {}

    /** The five-year history: the years (oldest first, the year shown last) and per IKU a value per year. */
    public record History(List<Integer> years, List<HistoryRow> rows) {}

    /** One IKU's realization per year (null: none); the last is this year's Y realization. */
    public record HistoryRow(String code, String name, List<BigDecimal> values) {}

    /**
     * What changed from {@code previous} to the period shown; null fields when there is no previous period.
     *
     * @param previous       the previous period (null for Q1)
     * @param nkoBefore      the NKO of the previous period
     * @param nkoNow         the NKO now
     * @param delta          now - before (null when either is null)
     * @param predicateBefore the predicate of the previous period
     * @param moved          IKU scored in both whose index changed, largest change first
     * @param newlyScored    IKU scored now, left out before
     * @param newlyExcluded  IKU left out now, scored before
     */
    public record Change(
            Period previous,
            BigDecimal nkoBefore,
            BigDecimal nkoNow,
            BigDecimal delta,
            Predicate predicateBefore,
            List<Moved> moved,
            List<IndicatorScore> newlyScored,
            List<IndicatorScore> newlyExcluded) {
        public boolean nothingMoved() {
            return moved.isEmpty() && newlyScored.isEmpty() && newlyExcluded.isEmpty();
        }
    }

    /** An IKU whose index moved. */
    public record Moved(
            String code, String name, BigDecimal before, BigDecimal after, BigDecimal delta, Colour colour) {}
}
