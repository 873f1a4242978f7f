package id.kinerja.scorecard;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.IndicatorInput;
import java.util.List;

/** A unit's year as the engine sees it: agreement in force, framework (version) and the engine inputs. */
public record ScoringContext(
        Unit unit,
        int year,
        PerformanceAgreement agreement,
        FrameworkVersion frameworkVersion,
        Framework framework,
        List<IndicatorInput> inputs) {}
