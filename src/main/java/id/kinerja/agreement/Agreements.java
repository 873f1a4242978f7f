package id.kinerja.agreement;

import id.kinerja.agreement.internal.AgreementRepository;
import id.kinerja.agreement.internal.PlanningReferenceRepository;
import id.kinerja.organisation.Units;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement module's reads for every other module: the agreement in force of a unit's year, its drafts and
 * versions, the years with agreements and the planning references the LAKIN compares with. Writes go through
 * {@link AgreementCommands}.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

    private final AgreementRepository agreements;
    private final PlanningReferenceRepository references;
    private final Units units;

    Agreements(AgreementRepository agreements, PlanningReferenceRepository references, Units units) {
        this.units = units;
        this.agreements = agreements;
        this.references = references;
    }

    /**
     * The agreement in force for a unit and year: the signed one of the highest version, or, when none is signed
     * yet, the newest draft.
     */
    public Optional<PerformanceAgreement> findCurrent(long unitId, int year) {
        return agreements.findCurrent(unitId, year);
    }

    /**
     * The agreements in force ({@link #findCurrent}'s rule) of many units of one year at once, by unit id, for bulk
     * work: number, version, status, framework version and the IKU with weights and targets; the parties, dates and
     * budget are not read (null and empty).
     */
    public Map<Long, PerformanceAgreement> findCurrentAll(Collection<Long> unitIds, int year) {
        return agreements.findCurrentAll(unitIds, year);
    }

    /** The newest DRAFT of a unit's year (a first draft or a revision being prepared), if any. */
    public Optional<PerformanceAgreement> findDraft(long unitId, int year) {
        return agreements.findDraft(unitId, year);
    }

    /** An agreement by its id, whatever its status. */
    public Optional<PerformanceAgreement> findById(long id) {
        return agreements.findById(id);
    }

    /** The versions of a unit's year, oldest first. */
    public List<AgreementVersion> versions(long unitId, int year) {
        return agreements.versions(unitId, year);
    }

    /** The years of a unit's agreements, oldest first. */
    public List<Integer> yearsOf(long unitId) {
        return agreements.yearsOf(unitId);
    }

    /**
     * The years of a unit's agreements, or when it has none (a Kanwil, headquarters) the years of the agreements of
     * the offices below it: the year a unit's pages open on without a year given, so that it is never an empty one.
     * The units below come from the organisation's one walk down the tree ({@link Units#subtreeIds}).
     */
    public List<Integer> yearsOfOrBelow(long unitId) {
        List<Integer> own = agreements.yearsOf(unitId);
        return own.isEmpty() ? agreements.yearsOfAny(units.subtreeIds(unitId)) : own;
    }

    /** The planning references (Renstra DJP, RPJMN, national standard) of a unit's year, by IKU code. */
    public Map<String, PlanningReference> planningReferences(long unitId, int year) {
        return references.find(unitId, year);
    }
}
