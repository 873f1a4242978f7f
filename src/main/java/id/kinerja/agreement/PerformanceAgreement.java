package id.kinerja.agreement;

import id.kinerja.framework.Period;
import id.kinerja.scoring.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Perjanjian Kinerja (PK): a unit's agreement for a year, made under one framework version:
 * its IKU with weight and target per period, its budget, its number, date and signatories.
 */
public record PerformanceAgreement(
        long id,
        long unitId,
        int year,
        long frameworkVersionId,
        int version,
        String number,
        LocalDate date,
        String place,
        AgreementStatus status,
        Party firstParty,
        Party secondParty,
        List<Indicator> indicators,
        List<BudgetItem> budget) {

    /** A signatory: name and position. */
    public record Party(String name, String position) {}

    /** An IKU chosen in the agreement with its weight and targets per period. */
    public record Indicator(String code, BigDecimal weight, Map<Period, Target> targets) {}

    /** A budget line of the agreement (program or activity) with its amount in rupiah. */
    public record BudgetItem(String code, String name, BigDecimal amount) {}
}
