package id.kinerja.scoring;

import id.kinerja.framework.Component;
import id.kinerja.framework.ComponentSet;
import id.kinerja.framework.Consolidation;
import id.kinerja.framework.ConversionTable;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Perspective;
import id.kinerja.framework.Polarity;
import id.kinerja.framework.Predicate;
import id.kinerja.framework.StrategicObjective;
import id.kinerja.scoring.TraceLine.Join;
import id.kinerja.scoring.TraceLine.Weight;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a framework and an office's entered figures into NKO scorecards, by the rules of docs/domain.md §4. Stateless and
 * thread-safe. Full BigDecimal precision throughout (divisions in {@link MathContext#DECIMAL128}); numbers are
 * never rounded here: the trace is made of {@link TraceLine}s (message key and arguments) that the web and report
 * layers render in the reader's language and number format.
 *
 * <p>The steps, each a small method below:
 * <ol>
 *   <li>resolve the period's target ({@link #resolveTarget}) and realization ({@link #resolveRealization}),
 *       deriving an aggregate column from the quarters by the indicator's consolidation ({@link #consolidate})
 *       and a composite's realization from its components ({@link #compositeRealization});</li>
 *   <li>leave the indicator out when it has no target, a zero target or no realization;</li>
 *   <li>score it by its scoring kind ({@link #uncappedIndex}): polarity formula ({@link #maximizeIndex},
 *       {@link #minimizeIndex}, {@link #rangeIndex}), {@link #realizationIsIndex} or
 *       {@link #conversionTableIndex}; then {@link #applyCap} (no floor);</li>
 *   <li>SS index = weighted mean of its scored indicators ({@link #objectiveIndex});</li>
 *   <li>perspective index = plain mean of its scored SS ({@link #perspectiveIndex});</li>
 *   <li>NKO = sum of perspective weight x index over the scored perspectives, weights renormalised
 *       ({@link #nko}).</li>
 * </ol>
 */
public final class ScoringEngine {

    /** The precision of every division. */
    public static final MathContext MC = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static final TraceLine NOT_IN_AGREEMENT = TraceLine.of("scoring.reason.notInAgreement");
    static final TraceLine NOTHING_SCORED_SS = TraceLine.of("scoring.reason.nothingScoredObjective");
    static final TraceLine NOTHING_SCORED_PERSPECTIVE = TraceLine.of("scoring.reason.nothingScoredPerspective");

    /** Scores every period (Q1, Q2, Smt. 1, Q3, s.d. Q3, Q4, Y), in column order. */
    public Map<Period, Scorecard> scoreAllPeriods(Framework fw, List<IndicatorInput> inputs) {
        Objects.requireNonNull(fw, "framework");
        Objects.requireNonNull(inputs, "inputs");
        Structure structure = new Structure(fw);
        Map<String, IndicatorInput> byCode = indexInputs(structure, inputs);
        Map<Period, Scorecard> out = new EnumMap<>(Period.class);
        for (Period p : Period.values()) {
            out.put(p, score(structure, byCode, p));
        }
        return out;
    }

    /** The framework's tree, looked up once per call: perspective > objectives > indicators. */
    private static final class Structure {
        final Framework fw;
        final Map<String, Indicator> indicators = new HashMap<>();
        final List<List<StrategicObjective>> objectivesByPerspective = new ArrayList<>();
        final Map<String, List<Indicator>> indicatorsByObjective = new HashMap<>();

        Structure(Framework fw) {
            this.fw = fw;
            for (Indicator i : fw.indicators()) {
                indicators.put(i.code(), i);
                indicatorsByObjective
                        .computeIfAbsent(i.objectiveCode(), k -> new ArrayList<>())
                        .add(i);
            }
            for (Perspective p : fw.perspectives()) {
                objectivesByPerspective.add(fw.objectivesOf(p.code()));
            }
        }

        List<Indicator> indicatorsOf(String objectiveCode) {
            return indicatorsByObjective.getOrDefault(objectiveCode, List.of());
        }
    }

    /**
     * Scores one period. Only the indicators in {@code inputs} (the agreement's) take part.
     *
     * @throws IllegalArgumentException for an input code unknown to the framework, a duplicate input code or a
     *                                  negative weight
     */
    public Scorecard score(Framework fw, List<IndicatorInput> inputs, Period period) {
        Objects.requireNonNull(fw, "framework");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(period, "period");
        Structure structure = new Structure(fw);
        return score(structure, indexInputs(structure, inputs), period);
    }

    private Scorecard score(Structure structure, Map<String, IndicatorInput> byCode, Period period) {
        Framework fw = structure.fw;
        List<TraceLine> trace = new ArrayList<>();

        // 1. every indicator of the agreement, in framework order
        Map<String, IndicatorScore> indicatorScores = new HashMap<>();
        for (Indicator ind : fw.indicators()) {
            IndicatorInput in = byCode.get(ind.code());
            if (in != null) {
                IndicatorScore s = scoreIndicator(fw, ind, in, period);
                indicatorScores.put(ind.code(), s);
                trace.addAll(s.trace());
            }
        }

        // 2. SS and 3. perspectives
        List<IndicatorScore> indicatorsOut = new ArrayList<>();
        List<ObjectiveScore> objectivesOut = new ArrayList<>();
        List<PerspectiveScore> perspectiveDrafts = new ArrayList<>();
        for (int pi = 0; pi < fw.perspectives().size(); pi++) {
            Perspective p = fw.perspectives().get(pi);
            List<ObjectiveScore> scoredObjectives = new ArrayList<>();
            boolean anyInAgreement = false;
            for (StrategicObjective o : structure.objectivesByPerspective.get(pi)) {
                List<IndicatorScore> members = new ArrayList<>();
                for (Indicator ind : structure.indicatorsOf(o.code())) {
                    IndicatorScore s = indicatorScores.get(ind.code());
                    if (s != null) {
                        members.add(s);
                    }
                }
                ObjectiveScore os;
                if (members.isEmpty()) {
                    os = new ObjectiveScore(o.code(), o.name(), p.code(), null, NOT_IN_AGREEMENT);
                    trace.add(TraceLine.of("scoring.trace.excluded", o.code(), period, NOT_IN_AGREEMENT));
                } else {
                    anyInAgreement = true;
                    os = objectiveIndex(o, members, period, indicatorsOut, trace);
                }
                objectivesOut.add(os);
                if (os.isScored()) {
                    scoredObjectives.add(os);
                }
            }
            perspectiveDrafts.add(perspectiveIndex(p, scoredObjectives, anyInAgreement, period, trace));
        }

        // 4. NKO
        List<PerspectiveScore> perspectivesOut = new ArrayList<>();
        BigDecimal nko = nko(perspectiveDrafts, perspectivesOut, period, trace);
        Predicate predicate =
                fw.predicateScale() == null ? null : fw.predicateScale().predicateOf(nko);
        if (nko != null) {
            TraceLine line = predicate == null
                    ? TraceLine.of("scoring.trace.predicate.none", period)
                    : TraceLine.of("scoring.trace.predicate", period, predicate.name(), condition(predicate));
            trace.add(
                    fw.predicateScale() != null && fw.predicateScale().assumption()
                            ? TraceLine.of("scoring.trace.predicate.assumption", line)
                            : line);
        }
        return new Scorecard(
                period,
                nko,
                predicate,
                fw.colourBands().colourOf(nko),
                perspectivesOut,
                objectivesOut,
                indicatorsOut,
                trace);
    }

    private static Map<String, IndicatorInput> indexInputs(Structure structure, List<IndicatorInput> inputs) {
        Framework fw = structure.fw;
        Map<String, IndicatorInput> byCode = new HashMap<>();
        for (IndicatorInput in : inputs) {
            Objects.requireNonNull(in, "input");
            if (!structure.indicators.containsKey(in.code())) {
                throw new IllegalArgumentException(
                        "unknown indicator code '" + in.code() + "' for framework " + fw.id() + " (IKU tidak dikenal)");
            }
            if (byCode.put(in.code(), in) != null) {
                throw new IllegalArgumentException("indicator '" + in.code() + "' appears twice in the inputs");
            }
            if (in.weight() != null && in.weight().signum() < 0) {
                throw new IllegalArgumentException("indicator '" + in.code() + "' has a negative weight "
                        + in.weight().toPlainString());
            }
        }
        return byCode;
    }

    // ==================================================================================== 1. indicator index

    /** Scores one indicator for one period (docs/domain.md §4.1 and §4.5). */
    IndicatorScore scoreIndicator(Framework fw, Indicator ind, IndicatorInput in, Period period) {
        List<TraceLine> trace = new ArrayList<>(4);
        List<TraceLine> warnings = new ArrayList<>(0);
        Head head = new Head(ind.code(), period);
        BigDecimal weight = in.weight() != null ? in.weight() : ind.defaultWeight();

        // Some indicators score Q4 and Y against the yearly target (04b: 107.97 / 100).
        Period targetPeriod = ind.scoredAgainstYearlyTarget().contains(period) ? Period.Y : period;
        Target target = resolveTarget(ind, in, targetPeriod, head, trace, warnings);
        if (targetPeriod != period && target != null) {
            trace.add(head.line("scoring.trace.yearlyTarget", target.value()));
        }
        Resolved realization = resolveRealization(ind, in, period, head, trace, warnings);
        BigDecimal r = realization == null ? null : realization.value();
        boolean derived = realization != null && realization.derived();

        Exclusion exclusion = null;
        if (weight.signum() == 0) {
            exclusion = Exclusion.ZERO_WEIGHT;
        } else if (target == null) {
            exclusion = Exclusion.NO_TARGET;
        } else if (target.value().signum() == 0) {
            exclusion = Exclusion.ZERO_TARGET;
        } else if (r == null) {
            exclusion = Exclusion.NO_REALIZATION;
        }
        BigDecimal uncapped = null;
        if (exclusion == null) {
            Outcome outcome = uncappedIndex(ind, target, r, head, trace);
            exclusion = outcome.exclusion();
            uncapped = outcome.index();
        }
        if (exclusion != null) {
            trace.add(head.line("scoring.trace.excluded", exclusion));
            return new IndicatorScore(
                    ind.code(),
                    ind.name(),
                    ind.objectiveCode(),
                    target,
                    r,
                    derived,
                    weight,
                    null,
                    null,
                    null,
                    null,
                    exclusion,
                    trace,
                    warnings);
        }
        BigDecimal cap = ind.effectiveCap(fw.cap());
        BigDecimal index = applyCap(uncapped, cap, head, trace);
        return new IndicatorScore(
                ind.code(),
                ind.name(),
                ind.objectiveCode(),
                target,
                r,
                derived,
                weight,
                null,
                index,
                uncapped,
                fw.colourBands().colourOf(index),
                null,
                trace,
                warnings);
    }

    /** The start of an indicator's trace lines: its code and the period ("04b-N", Y). */
    private record Head(String code, Period period) {
        TraceLine line(String key, Object... rest) {
            Object[] args = new Object[rest.length + 2];
            args[0] = code;
            args[1] = period;
            System.arraycopy(rest, 0, args, 2, rest.length);
            return TraceLine.of(key, args);
        }
    }

    /** An index, or the reason there is none. */
    private record Outcome(BigDecimal index, Exclusion exclusion) {
        static Outcome of(BigDecimal index) {
            return new Outcome(index, null);
        }

        static Outcome excluded(Exclusion e) {
            return new Outcome(null, e);
        }
    }

    /** A value and whether it was derived rather than entered. */
    private record Resolved(BigDecimal value, boolean derived) {}

    /** The index before the cap, by the indicator's scoring kind (docs/domain.md §4.1). */
    private Outcome uncappedIndex(Indicator ind, Target target, BigDecimal r, Head head, List<TraceLine> trace) {
        return switch (ind.scoring()) {
            case RATIO -> polarityIndex(ind.polarity(), target, r, head, trace);
            case REALIZATION_IS_INDEX -> Outcome.of(realizationIsIndex(r, head, trace));
            case CONVERSION_TABLE -> conversionTableIndex(ind.conversionTable(), r, head, trace);
        };
    }

    /** The polarity formula (docs/domain.md §3): maximize, minimize or range. */
    private Outcome polarityIndex(Polarity polarity, Target target, BigDecimal r, Head head, List<TraceLine> trace) {
        BigDecimal t = target.value();
        return switch (polarity) {
            case MAXIMIZE -> {
                BigDecimal index = maximizeIndex(r, t);
                trace.add(head.line("scoring.trace.maximize", r, t, index));
                yield Outcome.of(index);
            }
            case MINIMIZE -> {
                BigDecimal index = minimizeIndex(r, t);
                trace.add(head.line("scoring.trace.minimize", r, t, index));
                yield Outcome.of(index);
            }
            case RANGE -> {
                BigDecimal upper = target.upper();
                if (upper == null) {
                    yield Outcome.excluded(Exclusion.NO_UPPER_BOUND);
                }
                if (upper.compareTo(t) < 0) {
                    yield Outcome.excluded(Exclusion.INVALID_RANGE);
                }
                BigDecimal index = rangeIndex(r, t, upper);
                if (r.compareTo(t) < 0) {
                    trace.add(head.line("scoring.trace.range.below", r, t, index));
                } else if (r.compareTo(upper) > 0) {
                    trace.add(head.line("scoring.trace.range.above", r, upper, index));
                } else {
                    trace.add(head.line("scoring.trace.range.inside", t, upper, index));
                }
                yield Outcome.of(index);
            }
        };
    }

    /** Maximize: index = R / T x 100. */
    static BigDecimal maximizeIndex(BigDecimal r, BigDecimal t) {
        return r.multiply(HUNDRED).divide(t, MC);
    }

    /** Minimize: index = (2 - R / T) x 100. */
    static BigDecimal minimizeIndex(BigDecimal r, BigDecimal t) {
        return TWO.multiply(HUNDRED).subtract(r.multiply(HUNDRED).divide(t, MC), MC);
    }

    /**
     * Range [T, upper]: 100 inside; below the range R / T x 100; above it (2 - R / upper) x 100 (scored against the
     * nearer bound, as maximize below and minimize above).
     */
    static BigDecimal rangeIndex(BigDecimal r, BigDecimal lower, BigDecimal upper) {
        if (r.compareTo(lower) < 0) {
            return maximizeIndex(r, lower);
        }
        if (r.compareTo(upper) > 0) {
            return minimizeIndex(r, upper);
        }
        return HUNDRED;
    }

    /** Realization-is-index: the realization already is the index (01b, 06b, 06c, 07a, 09a, 10a). */
    private static BigDecimal realizationIsIndex(BigDecimal r, Head head, List<TraceLine> trace) {
        trace.add(head.line("scoring.trace.realizationIsIndex", r));
        return r;
    }

    /** Conversion table: the band containing R gives the index (10a's IKPA table). */
    private static Outcome conversionTableIndex(ConversionTable table, BigDecimal r, Head head, List<TraceLine> trace) {
        ConversionTable.Band band = table == null ? null : table.bandFor(r);
        if (band == null) {
            return Outcome.excluded(Exclusion.NO_CONVERSION_BAND);
        }
        BigDecimal index = band.indexFor(r, MC);
        trace.add(head.line("scoring.trace.conversionTable", describe(band, r), index));
        return Outcome.of(index);
    }

    /** A band and its arithmetic: "[90 <= R < 100] -> 100,00" or "[..] 80,00 + (R - lower) x (..) / (..)". */
    private static Join describe(ConversionTable.Band band, BigDecimal r) {
        Join bounds = bounds(band);
        if (!band.isLinear()) {
            return Join.of("", "[", bounds, "] -> ", band.index());
        }
        return Join.of(
                "",
                "[",
                bounds,
                "] ",
                band.fromIndex(),
                " + (",
                r,
                " - ",
                band.lower(),
                ") x (",
                band.toIndex(),
                " - ",
                band.fromIndex(),
                ") / (",
                band.upper(),
                " - ",
                band.lower(),
                ")");
    }

    /** The band's bounds as written ("R = 100", "90 <= R < 100"): numbers as weights, in the reader's format. */
    private static Join bounds(ConversionTable.Band band) {
        BigDecimal lo = band.lower();
        BigDecimal hi = band.upper();
        if (lo != null && hi != null && lo.compareTo(hi) == 0) {
            return Join.of("", "R = ", new Weight(lo));
        }
        List<Object> parts = new ArrayList<>();
        if (lo != null) {
            parts.add(new Weight(lo));
            parts.add(band.lowerInclusive() ? " <= " : " < ");
        }
        parts.add("R");
        if (hi != null) {
            parts.add(band.upperInclusive() ? " <= " : " < ");
            parts.add(new Weight(hi));
        }
        return new Join("", parts);
    }

    /** A predicate's condition ("NKO > 100", or any other value for the lowest). */
    private static TraceLine condition(Predicate p) {
        if (p.lowerBound() == null) {
            return TraceLine.of("scoring.predicate.other");
        }
        return TraceLine.of(
                p.lowerInclusive() ? "scoring.predicate.atLeast" : "scoring.predicate.above",
                new Weight(p.lowerBound()));
    }

    /** The cap (default 120, or the indicator's own); there is no floor: 0 and negative indexes stand. */
    private static BigDecimal applyCap(BigDecimal index, BigDecimal cap, Head head, List<TraceLine> trace) {
        if (index.compareTo(cap) > 0) {
            trace.add(head.line("scoring.trace.capped", index, cap));
            return cap;
        }
        return index;
    }

    // ------------------------------------------------------------------------------ targets and realizations

    /**
     * The target of a period: the entered one; for an aggregate period without one, derived from the quarters by
     * the indicator's consolidation. An entered aggregate target that differs from the derivable one is a warning.
     */
    private Target resolveTarget(
            Indicator ind,
            IndicatorInput in,
            Period period,
            Head head,
            List<TraceLine> trace,
            List<TraceLine> warnings) {
        Target entered = in.targets().get(period);
        if (!period.isAggregate()) {
            return entered;
        }
        Target derived = deriveTarget(ind.consolidation(), in, period);
        if (entered != null) {
            if (derived != null && !entered.sameAs(derived)) {
                warnings.add(head.line(
                        "scoring.warning.targetDiffers", entered.value(), ind.consolidation(), derived.value()));
            }
            return entered;
        }
        if (derived != null) {
            trace.add(head.line("scoring.trace.derivedTarget", ind.consolidation(), derived.value()));
        }
        return derived;
    }

    private static Target deriveTarget(Consolidation consolidation, IndicatorInput in, Period period) {
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> uppers = new ArrayList<>();
        for (Period q : period.quarters()) {
            Target t = in.targets().get(q);
            values.add(t == null ? null : t.value());
            uppers.add(t == null ? null : t.upper());
        }
        BigDecimal value = consolidate(consolidation, values);
        if (value == null) {
            return null;
        }
        return new Target(value, consolidate(consolidation, uppers));
    }

    /**
     * The realization of a period, in order of precedence: from the component values when the indicator has a
     * component set for the period and all its components are entered; else the entered realization; else, for an
     * aggregate period, derived from the quarters by the indicator's consolidation. An entered aggregate that
     * differs from the derivable one is a warning, not an error (04b's Y is a national survey, not a sum).
     */
    private Resolved resolveRealization(
            Indicator ind,
            IndicatorInput in,
            Period period,
            Head head,
            List<TraceLine> trace,
            List<TraceLine> warnings) {
        BigDecimal entered = in.realizations().get(period);
        BigDecimal composite = compositeRealization(ind, in, period, head, trace, warnings);
        if (composite != null) {
            if (entered != null && entered.compareTo(composite) != 0) {
                warnings.add(head.line("scoring.warning.componentsDiffer", entered, composite));
            }
            return new Resolved(composite, true);
        }
        if (!period.isAggregate()) {
            return entered == null ? null : new Resolved(entered, false);
        }
        List<BigDecimal> quarterValues = new ArrayList<>();
        for (Period q : period.quarters()) {
            quarterValues.add(quarterRealization(ind, in, q));
        }
        BigDecimal derived = consolidate(ind.consolidation(), quarterValues);
        if (entered != null) {
            if (derived != null && entered.compareTo(derived) != 0) {
                warnings.add(head.line("scoring.warning.realizationDiffers", entered, ind.consolidation(), derived));
            }
            return new Resolved(entered, false);
        }
        if (derived == null) {
            return null;
        }
        List<Object> quarters = new ArrayList<>();
        List<Period> qs = period.quarters();
        for (int i = 0; i < qs.size(); i++) {
            quarters.add(Join.of(" ", qs.get(i), quarterValues.get(i)));
        }
        trace.add(
                head.line("scoring.trace.derivedRealization", ind.consolidation(), new Join(", ", quarters), derived));
        return new Resolved(derived, true);
    }

    /** A quarter's realization: from its components when all are entered, else as entered. */
    private BigDecimal quarterRealization(Indicator ind, IndicatorInput in, Period quarter) {
        BigDecimal composite = compositeRealization(ind, in, quarter, null, null, null);
        return composite != null ? composite : in.realizations().get(quarter);
    }

    /**
     * Period consolidation (docs/domain.md §3): sum of the quarters, their average, or the last quarter (cumulative
     * values: Smt. 1 = Q2, s.d. Q3 = Q3, Y = Q4). Null when a needed quarter is missing.
     */
    static BigDecimal consolidate(Consolidation consolidation, List<BigDecimal> quarterValues) {
        switch (consolidation) {
            case TAKE_LAST -> {
                return quarterValues.get(quarterValues.size() - 1);
            }
            case SUM, AVERAGE -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (BigDecimal v : quarterValues) {
                    if (v == null) {
                        return null;
                    }
                    sum = sum.add(v);
                }
                return consolidation == Consolidation.SUM
                        ? sum
                        : sum.divide(BigDecimal.valueOf(quarterValues.size()), MC);
            }
            default -> throw new IllegalStateException(consolidation.toString());
        }
    }

    /**
     * Composite indicator (docs/domain.md §4.1): when the indicator has a component set for the period and every component
     * value is entered, each component is scored (its value, or value / component target x 100), capped at the
     * component's cap, then averaged with the component weights; the set's conversion table, if any, converts the
     * result. The result is the indicator's realization for the period. Null when not applicable.
     */
    private BigDecimal compositeRealization(
            Indicator ind,
            IndicatorInput in,
            Period period,
            Head head,
            List<TraceLine> trace,
            List<TraceLine> warnings) {
        ComponentSet set = ind.componentSetFor(period);
        Map<String, BigDecimal> values = in.componentValues().get(period);
        if (set == null || values == null || values.isEmpty()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (Component c : set.components()) {
            if (values.get(c.code()) == null) {
                missing.add(c.code());
            }
        }
        if (!missing.isEmpty()) {
            if (warnings != null) {
                warnings.add(head.line("scoring.warning.componentsIncomplete", String.join(", ", missing)));
            }
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        List<Object> terms = new ArrayList<>();
        for (Component c : set.components()) {
            BigDecimal score = componentScore(c, values.get(c.code()), ind.polarity());
            weighted = weighted.add(c.weight().multiply(score));
            totalWeight = totalWeight.add(c.weight());
            if (trace != null) {
                terms.add(Join.of(" x ", new Weight(c.weight()), score));
            }
        }
        BigDecimal result = weighted.divide(totalWeight, MC);
        if (trace != null) {
            trace.add(head.line("scoring.trace.components", new Join(" + ", terms), new Weight(totalWeight), result));
        }
        if (set.conversionTable() != null) {
            ConversionTable.Band band = set.conversionTable().bandFor(result);
            if (band == null) {
                if (warnings != null) {
                    warnings.add(head.line("scoring.warning.componentsOutsideTable", result));
                }
                return null;
            }
            BigDecimal converted = band.indexFor(result, MC);
            if (trace != null) {
                trace.add(head.line("scoring.trace.componentsTable", describe(band, result), converted));
            }
            result = converted;
        }
        return result;
    }

    /** One component's score: its value (realization-is-index) or value / target x 100 (ratio), then its cap. */
    private static BigDecimal componentScore(Component c, BigDecimal value, Polarity polarity) {
        BigDecimal score = switch (c.scoring()) {
            case RATIO ->
                polarity == Polarity.MINIMIZE ? minimizeIndex(value, c.target()) : maximizeIndex(value, c.target());
            case REALIZATION_IS_INDEX, CONVERSION_TABLE -> value;
        };
        if (c.cap() != null && score.compareTo(c.cap()) > 0) {
            score = c.cap();
        }
        return score;
    }

    // ==================================================================================== 2. SS index

    /**
     * SS index = weighted mean of its scored indicators' indexes, the weights normalised within the SS
     * (SS7: (120 x 14 + 120 x 19 + 100 x 19) / 52 = 112.69). Indicators left out do not count: the rest is
     * renormalised. An SS with nothing scored is left out.
     */
    private ObjectiveScore objectiveIndex(
            StrategicObjective o,
            List<IndicatorScore> members,
            Period period,
            List<IndicatorScore> indicatorsOut,
            List<TraceLine> trace) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal allWeight = BigDecimal.ZERO;
        List<Object> terms = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (IndicatorScore s : members) {
            allWeight = allWeight.add(s.weight());
            if (s.isScored()) {
                totalWeight = totalWeight.add(s.weight());
                weighted = weighted.add(s.index().multiply(s.weight()));
                terms.add(Join.of(" x ", s.index(), new Weight(s.weight())));
            } else {
                left.add(s.code());
            }
        }
        if (totalWeight.signum() == 0) {
            for (IndicatorScore s : members) {
                indicatorsOut.add(s);
            }
            trace.add(TraceLine.of("scoring.trace.excluded", o.code(), period, NOTHING_SCORED_SS));
            return new ObjectiveScore(o.code(), o.name(), o.perspectiveCode(), null, NOTHING_SCORED_SS);
        }
        for (IndicatorScore s : members) {
            indicatorsOut.add(
                    s.isScored()
                            ? s.withNormalisedWeight(
                                    s.weight().multiply(HUNDRED).divide(totalWeight, MC))
                            : s);
        }
        BigDecimal index = weighted.divide(totalWeight, MC);
        if (!left.isEmpty()) {
            trace.add(TraceLine.of(
                    "scoring.trace.objective.renormalised",
                    o.code(),
                    period,
                    String.join(", ", left),
                    new Weight(totalWeight),
                    new Weight(allWeight)));
        }
        trace.add(TraceLine.of(
                "scoring.trace.objective", o.code(), new Join(" + ", terms), new Weight(totalWeight), index));
        return new ObjectiveScore(o.code(), o.name(), o.perspectiveCode(), index, null);
    }

    // ==================================================================================== 3. perspective index

    /** Perspective index = plain mean of its scored SS; with none scored, the perspective is left out. */
    private PerspectiveScore perspectiveIndex(
            Perspective p, List<ObjectiveScore> scored, boolean anyInAgreement, Period period, List<TraceLine> trace) {
        if (scored.isEmpty()) {
            TraceLine reason = anyInAgreement ? NOTHING_SCORED_PERSPECTIVE : NOT_IN_AGREEMENT;
            trace.add(TraceLine.of("scoring.trace.excluded", p.name(), period, reason));
            return new PerspectiveScore(p.code(), p.name(), p.weight(), null, null, reason);
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<Object> terms = new ArrayList<>();
        for (ObjectiveScore o : scored) {
            sum = sum.add(o.index());
            terms.add(o.index());
        }
        BigDecimal index = sum.divide(BigDecimal.valueOf(scored.size()), MC);
        trace.add(TraceLine.of(
                "scoring.trace.perspective",
                p.name(),
                new Join(" + ", terms),
                new Weight(BigDecimal.valueOf(scored.size())),
                index));
        return new PerspectiveScore(p.code(), p.name(), p.weight(), null, index, null);
    }

    // ==================================================================================== 4. NKO

    /**
     * NKO = sum of (perspective weight x perspective index) / sum of the scored perspectives' weights (100 when
     * all are scored; otherwise the weights are renormalised). Null when no perspective is scored.
     */
    private BigDecimal nko(
            List<PerspectiveScore> drafts, List<PerspectiveScore> out, Period period, List<TraceLine> trace) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal allWeight = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        List<Object> terms = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (PerspectiveScore p : drafts) {
            allWeight = allWeight.add(p.weight());
            if (p.isScored()) {
                totalWeight = totalWeight.add(p.weight());
                weighted = weighted.add(p.weight().multiply(p.index()));
                terms.add(Join.of(" x ", new Weight(p.weight()), p.index()));
            } else {
                left.add(p.name());
            }
        }
        for (PerspectiveScore p : drafts) {
            out.add(
                    p.isScored() && totalWeight.signum() > 0
                            ? new PerspectiveScore(
                                    p.code(),
                                    p.name(),
                                    p.weight(),
                                    p.weight().multiply(HUNDRED).divide(totalWeight, MC),
                                    p.index(),
                                    null)
                            : p);
        }
        if (totalWeight.signum() == 0) {
            trace.add(TraceLine.of("scoring.trace.nko.nothing", period));
            return null;
        }
        if (!left.isEmpty()) {
            trace.add(TraceLine.of(
                    "scoring.trace.nko.renormalised",
                    period,
                    String.join(", ", left),
                    new Weight(totalWeight),
                    new Weight(allWeight)));
        }
        BigDecimal nko = weighted.divide(totalWeight, MC);
        trace.add(TraceLine.of("scoring.trace.nko", new Join(" + ", terms), new Weight(totalWeight), nko));
        return nko;
    }

    // ==================================================================================== formatting

    /** A weight as written: 14, 12.5 (the CLI's plain-text sheet). */
    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
