package id.kinerja.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint of a check's errors, which the head's acceptance of them is bound to (DraftMarkingTest for the
 * acceptance itself). No application context and no office of its own: it needs neither.
 */
class CheckFingerprintTest {

    @Test
    void theFingerprintIsOfTheErrorsOnlyWhateverTheirOrder() {
        Message fix = Message.of("check.takeLast.fix");
        Finding a = new Finding(
                Finding.Severity.ERROR,
                "budget-kind",
                Message.of("check.where.budgetTotal", 2024, "pagu"),
                Message.of("check.budgetKind.total.what", Message.rupiah(new BigDecimal("14587677000"))),
                fix,
                null);
        Finding b = takeLast("88.80");
        Finding w = new Finding(
                Finding.Severity.WARNING,
                "period",
                Message.of("check.where.iku", "01a-CP"),
                Message.of("check.period.what", "01a-CP"),
                fix,
                null);
        assertThat(CheckAcceptanceService.fingerprint(List.of(a, b, w)))
                .isEqualTo(CheckAcceptanceService.fingerprint(List.of(b, a)))
                .isNotEqualTo(CheckAcceptanceService.fingerprint(List.of(a)))
                .isNotEqualTo(CheckAcceptanceService.fingerprint(List.of(a, takeLast("88.81"))))
                .matches("[0-9a-f]{64}");
    }

    private static Finding takeLast(String semester) {
        return new Finding(
                Finding.Severity.ERROR,
                "take-last",
                Message.of("check.where.ikuPeriod", "04a-CP", Message.period(Period.S1)),
                Message.of(
                        "check.takeLast.what",
                        "04a-CP",
                        Message.index(new BigDecimal(semester)),
                        Message.index(new BigDecimal("82.96"))),
                Message.of("check.takeLast.fix"),
                null);
    }
}
