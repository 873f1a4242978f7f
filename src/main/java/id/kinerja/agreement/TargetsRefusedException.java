package id.kinerja.agreement;

import java.util.Arrays;

/**
 * Imported targets the agreement refuses, nothing written: the unit, and either the IKU with the rule it breaks (the
 * editor's message key {@code agreement.error.*} and its arguments) or, when {@link #noLongerDraft()}, the unit's
 * agreement that stopped being a draft.
 */
public class TargetsRefusedException extends RuntimeException {

    private final long unitId;
    private final String indicatorCode;
    private final String code;
    private final transient Object[] args;

    TargetsRefusedException(long unitId, String indicatorCode, String code, Object... args) {
        super(unitId + " " + indicatorCode + ": " + code + " " + Arrays.toString(args));
        this.unitId = unitId;
        this.indicatorCode = indicatorCode;
        this.code = code;
        this.args = args.clone();
    }

    /** The unit's agreement stopped being a draft since the import was planned. */
    static TargetsRefusedException noLongerDraft(long unitId) {
        return new TargetsRefusedException(unitId, null, null);
    }

    public long unitId() {
        return unitId;
    }

    /** The IKU refused; null when the agreement is no longer a draft. */
    public String indicatorCode() {
        return indicatorCode;
    }

    public boolean noLongerDraft() {
        return indicatorCode == null;
    }

    /** The rule's message key ({@code agreement.error.*}); null when the agreement is no longer a draft. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
