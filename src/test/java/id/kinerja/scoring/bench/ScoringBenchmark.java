package id.kinerja.scoring.bench;

import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkLoader;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.Scorecard;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scores 400 units x 20 IKU x 7 periods per invocation: synthetic agreements on the 2024 framework with random
 * targets and realizations (fixed seed). Goal: at most 200 ms for the whole set on the 2-core machine.
 *
 * <p>Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test} then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main ScoringBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBenchmark {

    static final int UNITS = 400;
    static final long SEED = 20240101L;

    private final ScoringEngine engine = new ScoringEngine();
    private Framework framework;
    private List<List<IndicatorInput>> units;

    @Setup
    public void setUp() {
        framework = FrameworkLoader.loadResource("frameworks/djp-kpp-pratama-2024.yaml");
        units = syntheticUnits(framework, UNITS, new Random(SEED));
    }

    /** All seven periods of all 400 units. */
    @Benchmark
    public void scoreAllUnitsAllPeriods(Blackhole bh) {
        for (List<IndicatorInput> unit : units) {
            Map<Period, Scorecard> cards = engine.scoreAllPeriods(framework, unit);
            bh.consume(cards);
        }
    }

    /**
     * The same, and every trace line of every scorecard read (trace lines are message keys and arguments, formatted
     * only by the web and report layers, so this is the cost of walking them).
     */
    @Benchmark
    public void scoreAllUnitsAllPeriodsAndReadEveryTraceLine(Blackhole bh) {
        for (List<IndicatorInput> unit : units) {
            for (Scorecard card : engine.scoreAllPeriods(framework, unit).values()) {
                for (var line : card.trace()) {
                    bh.consume(line);
                }
                for (var indicator : card.indicators()) {
                    for (var w : indicator.warnings()) {
                        bh.consume(w);
                    }
                }
            }
        }
    }

    /** Agreements with every IKU, targets for all seven periods and realizations for the quarters and the year. */
    static List<List<IndicatorInput>> syntheticUnits(Framework fw, int count, Random rnd) {
        List<List<IndicatorInput>> out = new ArrayList<>(count);
        for (int u = 0; u < count; u++) {
            List<IndicatorInput> inputs = new ArrayList<>();
            for (Indicator ind : fw.indicators()) {
                Map<Period, Target> targets = new EnumMap<>(Period.class);
                Map<Period, BigDecimal> realizations = new EnumMap<>(Period.class);
                for (Period p : Period.values()) {
                    targets.put(p, Target.of(BigDecimal.valueOf(1000 + rnd.nextInt(9000), 2)));
                    if (!p.isAggregate() || p == Period.Y) {
                        realizations.put(p, BigDecimal.valueOf(rnd.nextInt(15000), 2));
                    }
                }
                inputs.add(new IndicatorInput(ind.code(), ind.defaultWeight(), targets, realizations, Map.of()));
            }
            out.add(inputs);
        }
        return out;
    }
}
