package id.kinerja.agreement.internal;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Framework;
import id.kinerja.framework.Indicator;
import id.kinerja.framework.Period;
import id.kinerja.framework.Polarity;
import id.kinerja.scoring.Target;
import id.kinerja.web.PeriodNames;
import id.kinerja.web.UserError;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules an agreement's IKU, weights and targets obey, whichever path writes them (the editor's form, the Excel
 * import): an IKU of the agreement's framework, at most once; a weight above 0; a range IKU's target with an upper
 * bound not below its lower one. A broken rule is a {@link UserError} naming the IKU (and the period).
 */
public final class IndicatorRules {

    private IndicatorRules() {}

    /** The IKU is in the framework. */
    public static Indicator known(Framework framework, String code) {
        Indicator indicator = code == null ? null : framework.indicator(code);
        if (indicator == null) {
            throw UserError.invalid("agreement.error.unknownIndicator", code == null ? "" : code);
        }
        return indicator;
    }

    /** The weight is above 0. */
    public static void weight(String code, BigDecimal weight) {
        if (weight == null) {
            throw UserError.invalid("agreement.error.weightMissing", code);
        }
        if (weight.signum() <= 0) {
            throw UserError.invalid("agreement.error.weight", code);
        }
    }

    /** Whether the IKU's targets are ranges (an upper bound beside the target). */
    public static boolean range(Indicator indicator) {
        return indicator != null && indicator.polarity() == Polarity.RANGE;
    }

    /** A range IKU's target has an upper bound, and it is not below the lower one. */
    public static void target(String code, Period period, Target target, boolean range) {
        if (!range) {
            return;
        }
        if (target.upper() == null) {
            throw UserError.invalid("agreement.error.upperMissing", code, PeriodNames.of(period));
        }
        if (target.upper().compareTo(target.value()) < 0) {
            throw UserError.invalid("agreement.error.upperBelow", code, PeriodNames.of(period));
        }
    }

    /** Every rule over a whole list of IKU (a write that did not come through the editor's form). */
    public static void check(Framework framework, List<PerformanceAgreement.Indicator> indicators) {
        Set<String> seen = new HashSet<>();
        for (PerformanceAgreement.Indicator i : indicators) {
            Indicator indicator = known(framework, i.code());
            if (!seen.add(i.code())) {
                throw UserError.conflict("agreement.error.duplicateIndicator", i.code());
            }
            weight(i.code(), i.weight());
            boolean range = range(indicator);
            for (Map.Entry<Period, Target> t : i.targets().entrySet()) {
                target(i.code(), t.getKey(), t.getValue(), range);
            }
        }
    }
}
