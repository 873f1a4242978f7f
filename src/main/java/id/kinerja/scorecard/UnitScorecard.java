package id.kinerja.scorecard;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.FrameworkVersion;
import id.kinerja.organisation.Unit;
import id.kinerja.scoring.Scorecard;

/** A unit's scorecard for a year and period, with the agreement and framework version it was computed from. */
public record UnitScorecard(
        Unit unit,
        int year,
        PerformanceAgreement agreement,
        FrameworkVersion frameworkVersion,
        Framework framework,
        Scorecard scorecard) {}
