package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.byKey;
import static id.kinerja.exchange.PlanValues.diff;
import static id.kinerja.exchange.PlanValues.num;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.exchange.ImportPlan.FieldChange;
import id.kinerja.exchange.ParsedWorkbook.RevenueRow;
import id.kinerja.exchange.PlanningContext.Sheet;
import id.kinerja.revenue.RevenueLine;
import id.kinerja.revenue.RevenueService;
import id.kinerja.revenue.TaxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Pendapatan sheet: each unit's target and realization per tax type and year (column Tahun; blank, or a sheet
 * without the column: the workbook's year), so several years of history come in one sheet; gives the known tax
 * types to the Pendapatan Bulanan sheet.
 */
@Component
final class RevenueSheetPlanner {

    private final RevenueService revenue;

    RevenueSheetPlanner(RevenueService revenue) {
        this.revenue = revenue;
    }

    Set<String> plan(PlanningContext run) {
        Set<String> taxTypes = new HashSet<>();
        revenue.taxTypes().stream().map(TaxType::code).forEach(taxTypes::add);
        Sheet lineSheet = run.sheet(REVENUE);
        Map<List<Object>, Integer> seen = new HashMap<>();
        Map<String, Map<String, RevenueLine>> currentLines = new HashMap<>();
        Map<String, List<RevenueLine>> stored = new HashMap<>();
        Map<String, StringBuilder[]> lines = new LinkedHashMap<>();
        for (RevenueRow r : run.wb.revenue()) {
            int year = r.year() == null ? run.year : r.year();
            if (!run.knownUnit(REVENUE, r.row(), r.unitCode())
                    || !run.unique(
                            seen,
                            List.of(r.unitCode(), year, r.taxType()),
                            REVENUE,
                            r.row(),
                            "import.key.taxTypeYear",
                            r.taxType(),
                            String.valueOf(year),
                            r.unitCode())) {
                continue;
            }
            if (!taxTypes.contains(r.taxType())) {
                run.problem(REVENUE, r.row(), 1, "import.error.unknownTaxType", r.taxType(), LISTS);
                continue;
            }
            var now = currentLines.computeIfAbsent(
                    r.unitCode() + "/" + year,
                    k -> byKey(
                            stored
                                    .computeIfAbsent(
                                            r.unitCode(),
                                            c -> run.existing.get(c) == null
                                                    ? List.of()
                                                    : revenue.findLines(
                                                            run.existing.get(c).id()))
                                    .stream()
                                    .filter(l -> l.year() == year)
                                    .toList(),
                            RevenueLine::taxTypeCode));
            var old = now.get(r.taxType());
            List<FieldChange> fields = new ArrayList<>();
            diff(fields, "Target", old == null ? null : num(old.target()), num(r.target()));
            diff(fields, "Realisasi Setahun", old == null ? null : num(old.realization()), num(r.realization()));
            if (fields.isEmpty()) {
                lineSheet.unchanged++;
                continue;
            }
            if (!run.mayChange(REVENUE, r.row(), r.unitCode())) {
                continue;
            }
            lineSheet.add(r.row(), old == null, r.unitCode(), year + " " + r.taxType(), fields);
            run.writes.revenue.add(
                    new Writes.RevenueWrite(r.unitCode(), year, r.taxType(), r.target(), r.realization()));
            run.audit(
                    lines,
                    r.unitCode(),
                    year + "/" + r.taxType(),
                    old == null ? "-" : num(old.target()) + " / " + num(old.realization()),
                    num(r.target()) + " / " + num(r.realization()));
        }
        run.flush(lines, REVENUE);
        lineSheet.done(null);
        return taxTypes;
    }
}
