package id.kinerja.exchange;

import static id.kinerja.exchange.PlanValues.byKey;
import static id.kinerja.exchange.WorkbookLayout.*;

import id.kinerja.budget.BudgetLine;
import id.kinerja.budget.BudgetService;
import id.kinerja.organisation.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DIPA lines of the units of one planning run, stored and after the Anggaran sheet: read by the Anggaran sheet
 * and by the Anggaran Bulanan sheet (whose rows must name a line that exists after the import).
 */
final class BudgetLines {

    private final int year;
    private final Map<String, Unit> existing;
    private final BudgetService budget;
    private final Map<String, Map<String, BudgetLine>> current = new HashMap<>();
    /** Per unit: the line codes after the import. */
    final Map<String, Set<String>> codesAfter = new HashMap<>();

    private final Map<String, Map<String, Integer>> orders = new HashMap<>();

    BudgetLines(PlanningContext run, BudgetService budget) {
        this.year = run.year;
        this.existing = run.existing;
        this.budget = budget;
    }

    /** A unit's stored lines by code (none for a new unit), read once. */
    Map<String, BudgetLine> current(String unitCode) {
        return current.computeIfAbsent(unitCode, c -> {
            Unit u = existing.get(c);
            List<BudgetLine> list = u == null ? List.of() : budget.findLines(u.id(), year);
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                order.put(list.get(i).code(), i);
            }
            orders.put(c, order);
            return byKey(list, BudgetLine::code);
        });
    }

    int sortOrder(String unitCode, String code) {
        return orders.getOrDefault(unitCode, Map.of()).getOrDefault(code, 0);
    }

    int maxOrder(String unitCode) {
        return orders.getOrDefault(unitCode, Map.of()).values().stream()
                .mapToInt(i -> i)
                .max()
                .orElse(-1);
    }
}
