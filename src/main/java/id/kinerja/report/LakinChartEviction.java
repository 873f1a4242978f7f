package id.kinerja.report;

import id.kinerja.agreement.AgreementSigned;
import id.kinerja.realization.RealizationApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The report module's reaction to a unit's year changing: a realization approved (it enters the official score) or
 * an agreement signed (new weights and targets) changes the LAKIN's figures, so the pictures drawn for the year's
 * figures before are dropped from {@link LakinChartCache}. After the publishing transaction commits, from the event
 * publication registry (docs/architecture.md, "Events between modules"); dropping twice is harmless.
 */
@Component
class LakinChartEviction {

    private final LakinChartCache charts;

    LakinChartEviction(LakinChartCache charts) {
        this.charts = charts;
    }

    @ApplicationModuleListener
    void on(RealizationApproved approved) {
        charts.evict(approved.unitId(), approved.year());
    }

    @ApplicationModuleListener
    void on(AgreementSigned signed) {
        charts.evict(signed.unitId(), signed.year());
    }
}
