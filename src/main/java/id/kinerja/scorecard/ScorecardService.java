package id.kinerja.scorecard;

import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a unit from the database: the agreement in force gives the IKU, weights and targets; the
 * approved realizations give the values; the agreement's framework version gives the rules; the
 * engine does the arithmetic. Nothing here computes a score itself.
 */
@Service
public class ScorecardService {

    private final Units units;
    private final Agreements agreements;
    private final RealizationQueries realizations;
    private final FrameworkCatalog frameworks;
    private final ScoringEngine engine = new ScoringEngine();

    ScorecardService(Units units, Agreements agreements, RealizationQueries realizations, FrameworkCatalog frameworks) {
        this.units = units;
        this.agreements = agreements;
        this.realizations = realizations;
        this.frameworks = frameworks;
    }

    /**
     * The official scorecard of a unit for a year and period: approved realizations only.
     *
     * @throws ScorecardNotFoundException when the unit or its agreement for the year does not exist
     */
    @Transactional(readOnly = true, noRollbackFor = ScorecardNotFoundException.class)
    public UnitScorecard score(String unitCode, int year, Period period) {
        return score(context(unitCode, year), period);
    }

    /** Scores an already gathered context (e.g. one period after another without reading again). */
    public UnitScorecard score(ScoringContext context, Period period) {
        return new UnitScorecard(
                context.unit(),
                context.year(),
                context.agreement(),
                context.frameworkVersion(),
                context.framework(),
                engine.score(context.framework(), context.inputs(), period));
    }

    /**
     * Everything the engine needs for a unit and year, read once: the agreement in force, its framework
     * version and the engine inputs from the approved realizations. The what-if sandbox changes these
     * inputs in memory; nothing is saved.
     *
     * @throws ScorecardNotFoundException when the unit or its agreement for the year does not exist (a caller that
     *                                    catches it inside its own transaction may go on: it does not roll back)
     */
    @Transactional(readOnly = true, noRollbackFor = ScorecardNotFoundException.class)
    public ScoringContext context(String unitCode, int year) {
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new ScorecardNotFoundException("Unit tidak dikenal: " + unitCode));
        PerformanceAgreement agreement = agreements
                .findCurrent(unit.id(), year)
                .orElseThrow(() ->
                        new ScorecardNotFoundException("Tidak ada perjanjian kinerja " + unitCode + " tahun " + year));
        Framework framework = frameworks.framework(agreement.frameworkVersionId());
        FrameworkVersion version =
                frameworks.version(agreement.frameworkVersionId()).orElseThrow();
        List<IndicatorInput> inputs = inputs(agreement, realizations.realizations(unit.id(), year));
        return new ScoringContext(unit, year, agreement, version, framework, inputs);
    }

    public ScoringEngine engine() {
        return engine;
    }

    /** The engine's input: per agreed IKU its weight and targets, and the approved values entered. */
    static List<IndicatorInput> inputs(PerformanceAgreement agreement, List<Realization> entered) {
        Map<String, Map<Period, BigDecimal>> values = new HashMap<>();
        Map<String, Map<Period, Map<String, BigDecimal>>> components = new HashMap<>();
        for (Realization r : entered) {
            if (r.status() != RealizationStatus.APPROVED) {
                continue;
            }
            if (r.value() != null) {
                values.computeIfAbsent(r.indicatorCode(), k -> new EnumMap<>(Period.class))
                        .put(r.period(), r.value());
            }
            if (!r.components().isEmpty()) {
                components
                        .computeIfAbsent(r.indicatorCode(), k -> new EnumMap<>(Period.class))
                        .put(r.period(), r.components());
            }
        }
        return agreement.indicators().stream()
                .map(i -> new IndicatorInput(
                        i.code(),
                        i.weight(),
                        i.targets(),
                        values.getOrDefault(i.code(), Map.of()),
                        components.getOrDefault(i.code(), Map.of())))
                .toList();
    }
}
