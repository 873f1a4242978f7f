package id.kinerja.agreement;

import java.util.List;

/**
 * The IKU, weights and targets an import writes for a unit's year: into its draft {@code agreementId}, or, when it
 * is null, into a new draft under {@code frameworkVersionId}.
 */
public record ImportedTargets(
        long unitId, Long agreementId, long frameworkVersionId, List<PerformanceAgreement.Indicator> indicators) {}
