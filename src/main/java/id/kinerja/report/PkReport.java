package id.kinerja.report;

import java.util.List;

/**
 * What the PK document prints: the agreement in force, every figure formatted in Indonesian.
 *
 * @param unitName         the unit's name
 * @param unitCode         its code
 * @param year             the year
 * @param number           the agreement's number (may be null)
 * @param date             its date in Indonesian, e.g. "2 September 2024" (may be null)
 * @param place            where it was signed (may be null)
 * @param version          the agreement's version
 * @param status           its status name (DRAFT, SIGNED, ...)
 * @param frameworkName    the framework (Manual IKU) of the agreement
 * @param firstParty       the first party (the unit's head)
 * @param secondParty      the second party (the superior)
 * @param firstSignedAt    when the first party signed it in the app, e.g. "3 Januari 2025 09.12" (null: not yet)
 * @param secondSignedAt   when the second party signed it (null: not yet)
 * @param strategyMap      perspective > SS > IKU, one row per IKU
 * @param periods          the seven columns by code (Q1, Q2, S1, Q3, SDQ3, Q4, Y), printed by their bundle names
 * @param targets          per IKU its targets in the seven columns
 * @param budget           the budget lines
 * @param budgetTotal      the sum of the top-level lines (codes without a dot)
 */
public record PkReport(
        String unitName,
        String unitCode,
        int year,
        String number,
        String date,
        String place,
        int version,
        String status,
        String frameworkName,
        Party firstParty,
        Party secondParty,
        String firstSignedAt,
        String secondSignedAt,
        List<MapRow> strategyMap,
        List<String> periods,
        List<TargetRow> targets,
        List<BudgetRow> budget,
        String budgetTotal) {

    /** A signatory. */
    public record Party(String name, String position) {}

    /** One IKU of the strategy map; the perspective and SS are printed only on their first row. */
    public record MapRow(
            String perspective,
            String objectiveCode,
            String objective,
            String indicatorCode,
            String indicator,
            String unit) {}

    /** One IKU's weight and its targets in the seven columns (a dash where none). */
    public record TargetRow(String code, String name, String unit, String weight, List<String> targets) {}

    /** A budget line; top-level lines (programs) are printed bold. */
    public record BudgetRow(String code, String name, String amount, boolean topLevel) {}
}
