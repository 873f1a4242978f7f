package id.kinerja.agreement;

import id.kinerja.organisation.Unit;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * What starting a unit's PK of a new year from last year's did ({@link AgreementCommands#startFromPrevious},
 * {@link AgreementCommands#startOfficesBelow}): the draft created with the IKU carried (weights kept, targets to
 * fill) and the IKU dropped because the new year's framework no longer has them; or why the unit was skipped.
 *
 * @param unit       the unit
 * @param year       the new year
 * @param version    the draft created (version 1), null when skipped
 * @param from       the version of last year's agreement it was copied from, null when skipped
 * @param carried    the IKU carried, in the new framework's order
 * @param dropped    the IKU of last year's agreement the new framework does not have
 * @param skipReason why the unit was skipped (a message of the bundles), null when created
 */
public record YearStart(
        Unit unit,
        int year,
        AgreementVersion version,
        Integer from,
        List<String> carried,
        List<String> dropped,
        MessageSourceResolvable skipReason) {

    public boolean created() {
        return version != null;
    }
}
