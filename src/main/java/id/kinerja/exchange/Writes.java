package id.kinerja.exchange;

import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.budget.BudgetKindTotal;
import id.kinerja.budget.BudgetLine;
import id.kinerja.framework.Period;
import id.kinerja.organisation.NewUnit;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.recognition.Award;
import id.kinerja.recognition.Innovation;
import id.kinerja.revenue.ActivityRevenue;
import id.kinerja.revenue.RevenueTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The writes of a plan, typed, in the order they are applied (units first). Units are named by code. */
final class Writes {

    record UnitUpdate(String code, NewUnit values) {}

    /** A new draft agreement (agreementId null) or the new indicator list of an existing draft. */
    record AgreementWrite(
            String unitCode,
            Long agreementId,
            long frameworkVersionId,
            List<PerformanceAgreement.Indicator> indicators) {}

    record RealizationWrite(
            String unitCode,
            String indicator,
            Period period,
            BigDecimal value,
            String note,
            RealizationStatus status) {}

    /** A reported index ("Indeks dilaporkan") to store, or to remove when null. */
    record ReportedIndexWrite(String unitCode, String indicator, Period period, BigDecimal reported) {}

    record HistoryWrite(
            String unitCode, String indicator, int year, BigDecimal realization, BigDecimal index, String note) {}

    record PlanningWrite(
            String unitCode,
            String indicator,
            BigDecimal renstra,
            BigDecimal rpjmn,
            BigDecimal nationalStandard,
            String source) {}

    record RevenueWrite(String unitCode, int year, String taxType, BigDecimal target, BigDecimal realization) {}

    record RevenueMonthWrite(String unitCode, String taxType, int month, BigDecimal realization) {}

    record RevenueNetWrite(String unitCode, RevenueTotal total) {}

    record RevenueActivityWrite(String unitCode, ActivityRevenue figures) {}

    record BudgetWrite(String unitCode, BudgetLine line, int sortOrder) {}

    record BudgetMonthWrite(String unitCode, String code, int month, BigDecimal realization) {}

    record KindWrite(String unitCode, BudgetKindTotal kind) {}

    record KindMonthWrite(String unitCode, int kind, int month, BigDecimal realization) {}

    /** A new award (id null, added at the end) or the new values of a stored one. */
    record AwardWrite(String unitCode, Long id, Award award) {}

    /** A new innovation (id null, added at the end) or the new values of a stored one. */
    record InnovationWrite(String unitCode, Long id, Innovation innovation) {}

    /** One audit event per unit and sheet: what changed, old and new, one line per row. */
    record AuditEntry(String unitCode, String sheet, String oldLines, String newLines) {}

    final List<NewUnit> newUnits = new ArrayList<>();
    final List<UnitUpdate> unitUpdates = new ArrayList<>();
    final List<AgreementWrite> agreements = new ArrayList<>();
    final List<RealizationWrite> realizations = new ArrayList<>();
    final List<ReportedIndexWrite> reportedIndexes = new ArrayList<>();
    final List<HistoryWrite> history = new ArrayList<>();
    final List<PlanningWrite> planning = new ArrayList<>();
    final List<RevenueWrite> revenue = new ArrayList<>();
    final List<RevenueMonthWrite> revenueMonths = new ArrayList<>();
    final List<RevenueNetWrite> revenueNets = new ArrayList<>();
    final List<RevenueActivityWrite> revenueActivities = new ArrayList<>();
    final List<BudgetWrite> budget = new ArrayList<>();
    final List<BudgetMonthWrite> budgetMonths = new ArrayList<>();
    final List<KindWrite> kinds = new ArrayList<>();
    final List<KindMonthWrite> kindMonths = new ArrayList<>();
    final List<AwardWrite> awards = new ArrayList<>();
    final List<InnovationWrite> innovations = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    /** Units whose agreement created by this import should be read back as their id. */
    Map<String, Long> unitIds;
}
