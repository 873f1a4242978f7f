package id.kinerja.evidence;

import id.kinerja.account.CurrentUser;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;

/**
 * Whether evidence may be added to a realization now. Implemented by the realization workflow (which
 * knows who may enter a realization and whether it is approved), so that this module does not depend on it.
 */
public interface EvidenceGuard {

    /**
     * Returns normally when the user may add evidence to this IKU and period; otherwise throws
     * {@link org.springframework.security.access.AccessDeniedException} (403), a 404
     * {@link org.springframework.web.server.ResponseStatusException} for an IKU not in the agreement in force,
     * or a {@link id.kinerja.web.UserError} (409) when the period is approved (locked).
     */
    void requireOpenForEvidence(CurrentUser me, Unit unit, int year, String indicatorCode, Period period);
}
