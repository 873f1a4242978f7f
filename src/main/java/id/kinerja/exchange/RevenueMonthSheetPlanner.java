package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.byKey;
import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.RevenueMonthRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.organisation.Unit;
import id.kinerja.revenue.RevenueService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Pendapatan Bulanan sheet: the realization per tax type and month. */
@Component
final class RevenueMonthSheetPlanner {

    private final RevenueService revenue;

    RevenueMonthSheetPlanner(RevenueService revenue) {
        this.revenue = revenue;
    }

    void plan(PlanningContext run, Set<String> taxTypes) {
        Sheet monthSheet = run.sheet(REVENUE_MONTHS);
        Map<List<Object>, Integer> seenMonths = new HashMap<>();
        Map<String, Map<String, BigDecimal>> currentMonths = new HashMap<>();
        Long[] monthUnits = run.wb.revenueMonths().stream()
                .map(r -> run.existing.get(r.unitCode()))
                .filter(Objects::nonNull)
                .map(Unit::id)
                .distinct()
                .toArray(Long[]::new);
        Map<Long, Map<String, BigDecimal>> storedMonths = new HashMap<>();
        revenue.findMonths(java.util.Arrays.asList(monthUnits), run.year).forEach((unitId, list) -> {
            Map<String, BigDecimal> byKey = storedMonths.computeIfAbsent(unitId, k -> new HashMap<>());
            list.forEach(m -> byKey.put(m.taxTypeCode() + "/" + m.month(), m.realization()));
        });
        Map<String, StringBuilder[]> monthLines = new LinkedHashMap<>();
        for (RevenueMonthRow r : run.wb.revenueMonths()) {
            if (!run.knownUnit(REVENUE_MONTHS, r.row(), r.unitCode())
                    || !run.unique(
                            seenMonths,
                            List.of(r.unitCode(), r.taxType(), r.month()),
                            REVENUE_MONTHS,
                            r.row(),
                            "import.key.taxTypeMonth",
                            r.taxType(),
                            r.month(),
                            r.unitCode())) {
                continue;
            }
            if (!taxTypes.contains(r.taxType())) {
                run.problem(REVENUE_MONTHS, r.row(), 1, "import.error.unknownTaxType", r.taxType(), LISTS);
                continue;
            }
            var now = currentMonths.computeIfAbsent(r.unitCode(), c -> {
                Unit u = run.existing.get(c);
                return u == null ? Map.of() : storedMonths.getOrDefault(u.id(), Map.of());
            });
            BigDecimal old = now.get(r.taxType() + "/" + r.month());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Realisasi", num(old), num(r.realization()));
            if (fields.isEmpty()) {
                monthSheet.unchanged++;
                continue;
            }
            if (!run.mayChange(REVENUE_MONTHS, r.row(), r.unitCode())) {
                continue;
            }
            monthSheet.add(
                    r.row(),
                    old == null,
                    r.unitCode(),
                    run.texts.get("import.key.month", r.taxType(), r.month()),
                    fields);
            run.writes.revenueMonths.add(
                    new Writes.RevenueMonthWrite(r.unitCode(), r.taxType(), r.month(), r.realization()));
            run.audit(
                    monthLines,
                    r.unitCode(),
                    r.taxType() + "/" + r.month(),
                    old == null ? "-" : num(old),
                    num(r.realization()));
        }
        run.flush(monthLines, REVENUE_MONTHS);
        monthSheet.done(null);
    }
}
