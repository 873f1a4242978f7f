package id.kinerja.scoring;

import id.kinerja.framework.ConversionTable;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.MeasurementUnit;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.Predicate;
import id.kinerja.framework.ScoringKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Goal seek: "what realization of IKU X gives an NKO of at least N in this period?", answered with the engine
 * itself (every candidate is scored by {@link ScoringEngine}, so the answer obeys exactly the rules of the NKO).
 * Plain Java, no Spring; nothing is changed: candidates are scored on copies of the inputs.
 *
 * <p>Only the IKU's realization for the period changes (its component values for that period, if any, are set
 * aside: the answer is the IKU's realization, the value its components would have to produce). The answer lies on
 * a grid: whole numbers for counts and rupiah, 0.01 otherwise ({@link #stepFor}); realizations are taken to be
 * non-negative. While the IKU is scored, the NKO is a non-decreasing function of its index, so:
 * <ul>
 *   <li>an index that rises with the realization (maximize ratio, realization-is-index, a rising conversion table)
 *       gives a lower bound: the smallest grid value that reaches N ({@link Direction#AT_LEAST}); the search runs from
 *       0 to the value where the index reaches the cap;</li>
 *   <li>an index that falls with the realization (minimize ratio, a falling conversion table) gives an upper bound:
 *       the largest grid value that still reaches N ({@link Direction#AT_MOST}); the search runs from the value where
 *       the index reaches the cap (or 0) upwards;</li>
 *   <li>a range target (index 100 inside [T, upper]) gives an interval ({@link Direction#WITHIN}).</li>
 * </ul>
 * Outcomes: the current realization already suffices; found; not reachable even at the best realization (the cap),
 * with the NKO there; or the IKU cannot help because it is left out of the period for want of a (non-zero) target
 * or weight.
 */
public final class GoalSeek {

    /** What the search found. */
    public enum Outcome {
        /** The IKU is scored and the current NKO already reaches the goal: the current realization suffices. */
        ALREADY_MET,
        /** A realization (bound) that reaches the goal. */
        FOUND,
        /** Not reachable by this IKU alone, even at its best realization (index at the cap). */
        UNREACHABLE,
        /** The IKU is left out of the period whatever its realization (no target, zero target, zero weight...). */
        CANNOT_HELP
    }

    /** How the answer bounds the realization. */
    public enum Direction {
        /** Realization at least {@link Result#realization()}. */
        AT_LEAST,
        /** Realization at most {@link Result#realization()} (minimize polarity: less is better). */
        AT_MOST,
        /** Realization between {@link Result#realization()} and {@link Result#upperRealization()} (range target). */
        WITHIN
    }

    /**
     * The answer.
     *
     * @param outcome            what was found
     * @param indicatorCode      the IKU
     * @param period             the period
     * @param goal               the NKO asked for
     * @param direction          how {@code realization} bounds the answer; null for {@link Outcome#CANNOT_HELP}
     * @param realization        FOUND: the bound (AT_LEAST: the minimum, AT_MOST: the maximum, WITHIN: the lower
     *                           end); ALREADY_MET: the current realization; UNREACHABLE: the best realization (where
     *                           the index reaches the cap); null for CANNOT_HELP
     * @param upperRealization   WITHIN: the upper end; null otherwise
     * @param currentRealization the realization now (possibly derived); null when none
     * @param currentNko         the NKO now; null when nothing is scored
     * @param nko                the NKO at {@code realization} (for CANNOT_HELP: the current NKO)
     * @param predicate          the predicate of {@code nko}
     * @param reason             CANNOT_HELP: why the IKU is left out; null otherwise
     * @param step               the grid of the answer (0.01 or 1)
     * @param scorecard          the scorecard at {@code realization} (for CANNOT_HELP: the current one)
     */
    public record Result(
            Outcome outcome,
            String indicatorCode,
            Period period,
            BigDecimal goal,
            Direction direction,
            BigDecimal realization,
            BigDecimal upperRealization,
            BigDecimal currentRealization,
            BigDecimal currentNko,
            BigDecimal nko,
            Predicate predicate,
            Exclusion reason,
            BigDecimal step,
            Scorecard scorecard) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** How many times the far end of a falling search may double before giving up. */
    private static final int MAX_DOUBLINGS = 200;

    private final ScoringEngine engine;

    public GoalSeek(ScoringEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The grid of answers for an indicator's unit: 1 for counts and rupiah, 0.01 otherwise. */
    public static BigDecimal stepFor(Indicator indicator) {
        MeasurementUnit unit = indicator.unit();
        return unit == MeasurementUnit.COUNT || unit == MeasurementUnit.RUPIAH ? BigDecimal.ONE : CENT;
    }

    /**
     * Finds the realization of {@code indicatorCode} in {@code period} that gives an NKO of at least {@code goal}.
     *
     * @throws IllegalArgumentException when the IKU is not in the framework or not in the inputs
     */
    public Result seek(
            Framework fw, List<IndicatorInput> inputs, Period period, String indicatorCode, BigDecimal goal) {
        Objects.requireNonNull(fw, "framework");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(goal, "goal");
        Indicator ind = fw.indicator(indicatorCode);
        if (ind == null) {
            throw new IllegalArgumentException("IKU tidak dikenal (unknown indicator): " + indicatorCode);
        }
        int position = -1;
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).code().equals(indicatorCode)) {
                position = i;
            }
        }
        if (position < 0) {
            throw new IllegalArgumentException(
                    "IKU tidak ada dalam perjanjian (indicator not in the agreement): " + indicatorCode);
        }
        Scorecard current = engine.score(fw, inputs, period);
        IndicatorScore now = current.indicator(indicatorCode);
        Search s =
                new Search(fw, inputs, position, period, indicatorCode, goal, stepFor(ind), current, now.realization());
        if (now.excluded() != null
                && now.excluded() != Exclusion.NO_REALIZATION
                && now.excluded() != Exclusion.NO_CONVERSION_BAND) {
            return new Result(
                    Outcome.CANNOT_HELP,
                    indicatorCode,
                    period,
                    goal,
                    null,
                    null,
                    null,
                    now.realization(),
                    current.nko(),
                    current.nko(),
                    current.predicate(),
                    now.excluded(),
                    s.step,
                    current);
        }
        if (now.isScored() && meets(current, indicatorCode, goal)) {
            return s.result(Outcome.ALREADY_MET, direction(ind), now.realization(), null, current);
        }
        BigDecimal cap = ind.effectiveCap(fw.cap());
        Target target = now.target();
        if (ind.scoring() == ScoringKind.RATIO && ind.polarity() == Polarity.RANGE) {
            return s.range(target);
        }
        boolean rising = rising(ind, target);
        BigDecimal best = best(ind, target, cap, rising);
        return rising ? s.rising(best) : s.falling(best, target);
    }

    private static Direction direction(Indicator ind) {
        if (ind.scoring() == ScoringKind.RATIO) {
            return switch (ind.polarity()) {
                case MAXIMIZE -> Direction.AT_LEAST;
                case MINIMIZE -> Direction.AT_MOST;
                case RANGE -> Direction.WITHIN;
            };
        }
        if (ind.scoring() == ScoringKind.CONVERSION_TABLE
                && ind.conversionTable() != null
                && !tableRises(ind.conversionTable())) {
            return Direction.AT_MOST;
        }
        return Direction.AT_LEAST;
    }

    /** Whether the index rises with the realization. */
    private static boolean rising(Indicator ind, Target target) {
        return switch (ind.scoring()) {
            case RATIO ->
                ind.polarity() == Polarity.MAXIMIZE
                        ? target.value().signum() > 0
                        : target.value().signum() < 0;
            case REALIZATION_IS_INDEX -> true;
            case CONVERSION_TABLE -> ind.conversionTable() == null || tableRises(ind.conversionTable());
        };
    }

    /**
     * The best realization: where the index first reaches its highest value (the cap; for a conversion table the
     * top of its bounded bands, one unit into the last band).
     */
    private static BigDecimal best(Indicator ind, Target target, BigDecimal cap, boolean rising) {
        BigDecimal t = target.value();
        return switch (ind.scoring()) {
            // maximize: R / T x 100 = cap at R = cap x T / 100; minimize: (2 - R / T) x 100 = cap at R = T (200 - cap)
            // / 100
            case RATIO ->
                ind.polarity() == Polarity.MAXIMIZE
                        ? cap.multiply(t).divide(HUNDRED, ScoringEngine.MC)
                        : TWO_HUNDRED
                                .subtract(cap)
                                .multiply(t)
                                .divide(HUNDRED, ScoringEngine.MC)
                                .max(BigDecimal.ZERO);
            case REALIZATION_IS_INDEX -> cap;
            case CONVERSION_TABLE -> {
                BigDecimal[] bounds = tableBounds(ind.conversionTable());
                if (bounds == null) {
                    yield BigDecimal.ZERO;
                }
                yield rising
                        ? bounds[1].add(BigDecimal.ONE)
                        : bounds[0].subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
            }
        };
    }

    /** The lowest and highest finite bound of a table; null when it has none. */
    private static BigDecimal[] tableBounds(ConversionTable table) {
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (ConversionTable.Band b : table.bands()) {
            for (BigDecimal v : new BigDecimal[] {b.lower(), b.upper()}) {
                if (v != null) {
                    lo = lo == null || v.compareTo(lo) < 0 ? v : lo;
                    hi = hi == null || v.compareTo(hi) > 0 ? v : hi;
                }
            }
        }
        return lo == null ? null : new BigDecimal[] {lo, hi};
    }

    /** A table rises when the index just above its highest bound is not below the index just under its lowest. */
    private static boolean tableRises(ConversionTable table) {
        BigDecimal[] bounds = tableBounds(table);
        if (bounds == null) {
            return true;
        }
        BigDecimal low = table.convert(bounds[0].subtract(BigDecimal.ONE), ScoringEngine.MC);
        BigDecimal high = table.convert(bounds[1].add(BigDecimal.ONE), ScoringEngine.MC);
        if (low == null) {
            low = table.convert(bounds[0], ScoringEngine.MC);
        }
        if (high == null) {
            high = table.convert(bounds[1], ScoringEngine.MC);
        }
        return low == null || high == null || high.compareTo(low) >= 0;
    }

    private static boolean meets(Scorecard sc, String code, BigDecimal goal) {
        IndicatorScore s = sc.indicator(code);
        return s != null && s.isScored() && sc.nko() != null && sc.nko().compareTo(goal) >= 0;
    }

    /** One search: the inputs, the grid and the scoring of a candidate (grid point k = k x step). */
    private final class Search {
        final Framework fw;
        final List<IndicatorInput> inputs;
        final int position;
        final Period period;
        final String code;
        final BigDecimal goal;
        final BigDecimal step;
        final Scorecard current;
        final BigDecimal currentRealization;

        Search(
                Framework fw,
                List<IndicatorInput> inputs,
                int position,
                Period period,
                String code,
                BigDecimal goal,
                BigDecimal step,
                Scorecard current,
                BigDecimal currentRealization) {
            this.fw = fw;
            this.inputs = inputs;
            this.position = position;
            this.period = period;
            this.code = code;
            this.goal = goal;
            this.step = step;
            this.current = current;
            this.currentRealization = currentRealization;
        }

        BigDecimal value(BigInteger k) {
            return step.multiply(new BigDecimal(k));
        }

        BigInteger ceil(BigDecimal r) {
            return r.divide(step, 0, RoundingMode.CEILING).toBigIntegerExact();
        }

        BigInteger floor(BigDecimal r) {
            return r.divide(step, 0, RoundingMode.FLOOR).toBigIntegerExact();
        }

        Scorecard score(BigInteger k) {
            List<IndicatorInput> copy = new ArrayList<>(inputs);
            copy.set(position, inputs.get(position).withRealization(period, value(k)));
            return engine.score(fw, copy, period);
        }

        boolean ok(BigInteger k) {
            return meets(score(k), code, goal);
        }

        Result result(Outcome outcome, Direction direction, BigDecimal realization, BigDecimal upper, Scorecard sc) {
            return new Result(
                    outcome,
                    code,
                    period,
                    goal,
                    direction,
                    realization,
                    upper,
                    currentRealization,
                    current.nko(),
                    sc.nko(),
                    sc.predicate(),
                    null,
                    step,
                    sc);
        }

        /** Index rises with the realization: the smallest grid point in [0, best] that reaches the goal. */
        Result rising(BigDecimal best) {
            BigInteger hi = ceil(best).max(BigInteger.ZERO);
            Scorecard atBest = score(hi);
            if (!meets(atBest, code, goal)) {
                return result(Outcome.UNREACHABLE, Direction.AT_LEAST, value(hi), null, atBest);
            }
            BigInteger k = lowestMeeting(BigInteger.ZERO, hi);
            return result(Outcome.FOUND, Direction.AT_LEAST, value(k), null, score(k));
        }

        /** Index falls as the realization rises: the largest grid point from best upwards that reaches the goal. */
        Result falling(BigDecimal best, Target target) {
            BigInteger lo = floor(best).max(BigInteger.ZERO);
            Scorecard atBest = score(lo);
            if (!meets(atBest, code, goal)) {
                return result(Outcome.UNREACHABLE, Direction.AT_MOST, value(lo), null, atBest);
            }
            BigInteger k = highestMeeting(lo, farEnd(lo, target));
            return result(Outcome.FOUND, Direction.AT_MOST, value(k), null, score(k));
        }

        /** Range target: index 100 inside [T, upper], rising below it, falling above it. */
        Result range(Target target) {
            BigInteger inside = ceil(target.value());
            if (value(inside).compareTo(target.upper()) > 0) {
                inside = floor(target.upper());
            }
            Scorecard atBest = score(inside);
            if (!meets(atBest, code, goal)) {
                return result(Outcome.UNREACHABLE, Direction.WITHIN, value(inside), null, atBest);
            }
            BigInteger from = lowestMeeting(BigInteger.ZERO, inside);
            BigInteger top = inside.max(floor(target.upper()));
            BigInteger to = highestMeeting(top, farEnd(top, target));
            return result(Outcome.FOUND, Direction.WITHIN, value(from), value(to), score(from));
        }

        /** Smallest k in [lo, hi] meeting the goal, given that hi meets it and meeting rises with k. */
        BigInteger lowestMeeting(BigInteger lo, BigInteger hi) {
            if (ok(lo)) {
                return lo;
            }
            // invariant: lo fails, hi meets
            while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
                BigInteger mid = lo.add(hi).shiftRight(1);
                if (ok(mid)) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        }

        /** Largest k in [lo, hi) meeting the goal, given that lo meets it and hi fails. */
        BigInteger highestMeeting(BigInteger lo, BigInteger hi) {
            // invariant: lo meets, hi fails
            while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
                BigInteger mid = lo.add(hi).shiftRight(1);
                if (ok(mid)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * A grid point above {@code from} that fails the goal, doubling from twice the target. Without a floor on the
         * index one always exists (the index falls without limit); the doubling is bounded all the same.
         */
        BigInteger farEnd(BigInteger from, Target target) {
            BigDecimal start = target.value().abs().multiply(BigDecimal.TWO);
            if (target.upper() != null) {
                start = start.max(target.upper().abs().multiply(BigDecimal.TWO));
            }
            BigInteger far = ceil(start).max(from.add(BigInteger.ONE));
            for (int i = 0; i < MAX_DOUBLINGS && ok(far); i++) {
                far = far.shiftLeft(1);
            }
            return far;
        }
    }
}
